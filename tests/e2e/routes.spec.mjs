// Views are addresses: every view and every proposal has a fragment route under the
// site's sub-path; back and forward move between views and proposals; a reload
// keeps the view and the proposal; an address naming a proposal this browser does
// not keep says so; and the routes work offline.
import { test, expect, openApp } from './fixtures.mjs';
import { type } from './helpers.mjs';

/** The part of the address after `#`. */
async function route(page) {
  return page.evaluate(() => window.location.hash);
}

/** Names and prices the open proposal, so its written offer is ready. */
async function price(page, customer) {
  await type(page, '#customer', customer);
  await type(page, '#line-1-name', 'Licence');
  await type(page, '#line-1-price', '1000');
  await type(page, '#line-1-cost', '400');
  await type(page, '#min-margin', '20');
}

/** The open proposal's id, from the address. */
async function openId(page) {
  const hash = await route(page);
  const match = hash.match(/^#\/p\/([A-Za-z0-9_-]+)/);
  expect(match, hash).not.toBeNull();
  return match[1];
}

test('each view has an address; back, forward and reload keep view and proposal', async ({ page, watched, baseURL }) => {
  await openApp(page);
  // The start is the open proposal's workspace, made explicit in the address.
  await expect.poll(() => route(page)).toMatch(/^#\/p\/[A-Za-z0-9_-]+$/);
  const first = await openId(page);
  expect(new URL(page.url()).pathname).toBe(new URL(baseURL).pathname);
  await price(page, 'Northwind Traders');

  await page.locator('#tab-offer').click();
  await expect(page.locator('#offer-document')).toBeVisible();
  expect(await route(page)).toBe(`#/p/${first}/offer`);
  await expect(page.locator('#tab-offer')).toHaveAttribute('aria-current', 'page');

  await page.locator('#tab-catalogue').click();
  expect(await route(page)).toBe('#/catalogue');
  await page.locator('#tab-profile').click();
  expect(await route(page)).toBe('#/details');
  await expect(page.locator('#profile[data-ready="true"]')).toBeVisible();

  // Back through the views, then forward again.
  await page.goBack();
  expect(await route(page)).toBe('#/catalogue');
  await expect(page.locator('#catalogue-count')).toBeVisible();
  await page.goBack();
  await expect(page.locator('#offer-document')).toBeVisible();
  await page.goBack();
  await expect(page.locator('#workspace[data-ready="true"]')).toBeVisible();
  expect(await route(page)).toBe(`#/p/${first}`);
  await page.goForward();
  await expect(page.locator('#offer-document')).toBeVisible();

  // A reload keeps the view and the proposal.
  await page.reload();
  await expect(page.locator('#offer-document')).toBeVisible();
  expect(await route(page)).toBe(`#/p/${first}/offer`);
  await expect(page.locator('[data-offer="buyer"]')).toHaveText('Northwind Traders');

  // A second proposal: started from the list, its workspace has its own address.
  await page.locator('#tab-proposals').click();
  expect(await route(page)).toBe('#/proposals');
  await page.locator('#new-proposal').click();
  await expect(page.locator('#workspace[data-ready="true"]')).toBeVisible();
  const second = await openId(page);
  expect(second).not.toBe(first);
  await price(page, 'Contoso');
  await page.locator('#tab-offer').click();
  expect(await route(page)).toBe(`#/p/${second}/offer`);

  // Back returns to the list, then forward to the new proposal's workspace.
  await page.goBack();
  await expect(page.locator('#workspace[data-ready="true"]')).toBeVisible();
  await expect(page.locator('#customer')).toHaveValue('Contoso');
  await page.goBack();
  await expect(page.locator('#proposals')).toBeVisible();

  // Back again reaches the first proposal's workspace, which opens it.
  await page.goBack();
  await page.goBack();
  await expect(page.locator('#workspace[data-ready="true"]')).toBeVisible();
  expect(await route(page)).toBe(`#/p/${first}`);
  await expect(page.locator('#customer')).toHaveValue('Northwind Traders');

  // A proposal's address opens it directly, also in a reload.
  await page.goto(`./#/p/${second}/offer`);
  await expect(page.locator('[data-offer="buyer"]')).toHaveText('Contoso');
  await page.reload();
  await expect(page.locator('[data-offer="buyer"]')).toHaveText('Contoso');

  // "Open" in the list is a link to the proposal's address.
  await page.locator('#tab-proposals').click();
  const open = page.getByRole('link', { name: /^Open .*Northwind/ });
  await expect(open).toHaveAttribute('href', `#/p/${first}`);
  await open.click();
  await expect(page.locator('#customer')).toHaveValue('Northwind Traders');
  expect(await route(page)).toBe(`#/p/${first}`);
});

test('an address naming a proposal this browser does not keep says so and shows the list', async ({ page, watched }) => {
  await openApp(page);
  await expect.poll(() => route(page)).toMatch(/^#\/p\//);
  await page.goto('./#/p/p-from-another-browser/offer');
  await expect(page.locator('#proposals')).toBeVisible();
  await expect(page.locator('.notice-banner')).toContainText('This browser keeps no proposal “p-from-another-browser”');
  expect(await route(page)).toBe('#/proposals');
  // An address the app does not know is its start.
  await page.goto('./#/nowhere');
  await expect(page.locator('#workspace[data-ready="true"]')).toBeVisible();
  await expect.poll(() => route(page)).toMatch(/^#\/p\/[A-Za-z0-9_-]+$/);
});

test('in a browser that keeps nothing, another browser’s proposal address says so; a first visit’s own reload keeps its proposal', async ({ page, watched }) => {
  // A copied `#/p/…` address opened in a new browser (a bug: it started a blank
  // proposal under that id, saying nothing).
  await page.goto('./#/p/p-from-another-browser/offer');
  await expect(page.locator('#proposals')).toBeVisible();
  await expect(page.locator('.notice-banner')).toContainText('This browser keeps no proposal “p-from-another-browser”');
  // A first visit reloaded keeps its own untouched proposal, under its address.
  await page.locator('#tab-workspace').click();
  await expect.poll(() => route(page)).toMatch(/^#\/p\//);
  const own = await route(page);
  await page.reload();
  await expect(page.locator('#workspace[data-ready="true"]')).toBeVisible();
  expect(await route(page)).toBe(own);
  await expect(page.locator('.notice-banner')).toHaveCount(0);
});

test('a deleted proposal’s address, reached with back, says so', async ({ page, watched }) => {
  await openApp(page);
  await expect.poll(() => route(page)).toMatch(/^#\/p\//);
  await page.locator('#tab-proposals').click();
  await page.locator('#new-proposal').click();
  await expect(page.locator('#workspace[data-ready="true"]')).toBeVisible();
  const second = await openId(page);
  await type(page, '#customer', 'Gone Ltd');
  await page.locator('#tab-proposals').click();
  await page.getByRole('button', { name: /^Delete .*Gone Ltd/ }).click();
  await expect(page.locator('tr[data-proposal]')).toHaveCount(1);
  await page.goBack();
  await expect(page.locator('.notice-banner')).toContainText(`This browser keeps no proposal “${second}”`);
  await expect(page.locator('#proposals')).toBeVisible();
});
