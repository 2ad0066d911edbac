// The customer link: the written offer travels inside the link's fragment. Opened in
// a fresh browser it shows the same offer as the printed one, writes nothing to that
// browser, carries nothing internal, and "Accept by email" is a plain mailto. A link
// cut anywhere, damaged, foreign, newer or hostile gives its message and nothing
// else. The link's length is reported for 1, 10 and 40 lines.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { test, expect, openApp } from './fixtures.mjs';
import { enterWorkedExample, type, printPdf, fnv1a32 } from './helpers.mjs';

mkdirSync('artifacts', { recursive: true });

/** A link payload for raw (already compressed) bytes, as the app seals one. */
function seal(compressed, version = 2) {
  return `${version}.${fnv1a32(compressed).toString(16).padStart(8, '0')}.${Buffer.from(compressed).toString('base64url')}`;
}

/** The JSON a link carries. */
function unseal(address) {
  const payload = address.split('#/o/')[1];
  const data = payload.split('.')[2];
  return JSON.parse(inflateRawSync(Buffer.from(data, 'base64url')).toString('utf8'));
}

/** Makes the customer link of the offer on screen; returns the address. */
async function copyLink(page) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.locator('#tab-offer').click();
  await page.locator('#copy-link').click();
  await expect(page.locator('[data-link-length]')).toContainText('Customer link copied');
  const address = await page.evaluate(() => navigator.clipboard.readText());
  expect(await page.locator('#customer-link').inputValue()).toBe(address);
  return address;
}

/** Opens an address in a fresh browser profile. */
async function freshPage(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    return dialog.dismiss();
  });
  return { context, page, errors };
}

async function storageOf(page) {
  return page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    caches: (await caches.keys()).length,
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
}

test('a customer link opens the same offer in a fresh browser, writes nothing there and carries nothing internal', async ({ page, browser, watched }) => {
  await openApp(page);
  await enterWorkedExample(page);
  await page.locator('#tab-offer').click();
  await type(page, '#seller-company', 'Contoso Software');
  await type(page, '#rep-email', 'alex@contoso.example');
  const address = await copyLink(page);
  const preview = await page.locator('#offer-document').innerText();
  const number = await page.locator('[data-offer="number"]').innerText();
  const fingerprint = await page.locator('[data-offer="fingerprint"]').innerText();
  expect(fingerprint).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
  // The text version carries the same fingerprint.
  await page.getByRole('button', { name: 'Show the text version' }).click();
  await expect(page.locator('#offer-text')).toHaveValue(new RegExp(`Offer fingerprint: ${fingerprint}`));

  // What travels: the customer-facing offer, nothing internal.
  expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/best-offer\/viewer\.html#\/o\/4\.[0-9a-f]{8}\.[A-Za-z0-9_-]+$/);
  const carried = unseal(address);
  const text = JSON.stringify(carried).toLowerCase();
  for (const word of ['cost', 'margin', 'markup', 'floor', 'headroom', 'approv', '17500', '38888']) {
    expect(text, word).not.toContain(word);
  }
  expect(carried.term_total).toBe('38900.00');

  // The link of this offer, for the audits of the customer's viewer (lighthouse.mjs).
  writeFileSync('artifacts/customer-link.txt', address);

  const { context, page: customer, errors } = await freshPage(browser);
  const requested = [];
  customer.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await customer.goto(address);
  await expect(customer.locator('#link-page[data-ready="true"]')).toBeVisible();
  await expect(customer.locator('[data-offer="total"]')).toHaveText('$38,900.00');
  expect(await customer.locator('#offer-document').innerText()).toBe(preview);
  // The customer's viewer, not the rep's app: its own Wasm, and none of the desk.
  expect(requested.filter((path) => /\/best-offer-viewer-[0-9a-f]+_bg\.wasm$/.test(path))).toHaveLength(1);
  expect(requested.filter((path) => /\/best-offer-[0-9a-f]+(_bg\.wasm|\.js)$/.test(path))).toEqual([]);
  expect(requested.filter((path) => /\/desk-[0-9a-f]+\.css$/.test(path))).toEqual([]);
  // An offer without options or requirements fetches no part built on demand.
  expect(requested.filter((path) => /\/(split|chunk)_\w+-[0-9a-f]+\.wasm$/.test(path))).toEqual([]);
  await expect(customer.locator('[data-link="fingerprint"]')).toHaveText(fingerprint);
  await expect(customer.locator('.link-notice')).toContainText('came to you as a link');
  // The offer comes first, under what the customer can do; the note on what a link
  // is below it.
  expect(await customer.locator('#link-page > *').evaluateAll((els) => els.map((el) => el.classList[0]))).toEqual(['link-actions', 'offer-document', 'link-notice']);
  // The header's words for the rep are not shown to the customer.
  await expect(customer.locator('.app-intro')).toBeHidden();
  await expect(customer.locator('.app-tagline')).toBeHidden();
  await expect(customer.locator('.app-title')).toBeVisible();
  // Nothing of that browser's own: no views, no proposals.
  await expect(customer.locator('nav[aria-label="Views"]')).toHaveCount(0);
  await expect(customer.locator('#tab-proposals')).toHaveCount(0);
  // "Accept by email": a mailto to the seller with the number, revision and total.
  const mailto = await customer.locator('#link-accept').getAttribute('href');
  expect(mailto.startsWith('mailto:alex@contoso.example?subject=')).toBe(true);
  const decoded = decodeURIComponent(mailto);
  expect(decoded).toContain(`Acceptance of offer ${number}, revision 1`);
  expect(decoded).toContain('$38,900.00');
  expect(decoded).toContain(fingerprint);
  // Printed from the link: one A4 page, the same total and fingerprint.
  await customer.emulateMedia({ media: 'print' });
  const { text: pdf } = await printPdf(customer, 'artifacts/link-offer.pdf', { preferCSSPageSize: true });
  expect(pdf.split('\f').filter((p) => p.trim()).length).toBe(1);
  expect(pdf).toContain('$38,900.00');
  expect(pdf).toContain(fingerprint);
  await customer.emulateMedia({ media: 'screen' });
  await customer.screenshot({ path: 'artifacts/link-page.png', fullPage: true });
  // Past the app's service-worker delay (3 s from its start), by the page's own clock.
  await customer.waitForFunction(() => performance.now() > 3_500, null, { polling: 250 });
  expect(await storageOf(customer)).toEqual({ local: 0, session: 0, caches: 0, workers: 0 });
  expect(errors).toEqual([]);
  await context.close();
});

test('a link opens on the viewer’s own page, an older link on the app’s address too, and leaving the link for the app starts the app', async ({ page, browser, baseURL, watched }) => {
  await openApp(page);
  await enterWorkedExample(page);
  const address = await copyLink(page);
  const preview = await page.locator('#offer-document').innerText();

  const { context, page: customer, errors } = await freshPage(browser);
  // A link points to the viewer's page, beside the app's.
  expect(address.startsWith(`${baseURL}viewer.html#/o/`), address).toBe(true);
  await customer.goto(address);
  await expect(customer.locator('#link-page[data-ready="true"]')).toBeVisible();
  expect(await customer.locator('#offer-document').innerText()).toBe(preview);
  await expect(customer.locator('.app-intro')).toHaveCount(0);
  // Without a link it says so.
  await customer.goto(`${baseURL}viewer.html`);
  await expect(customer.locator('.link-refused')).toContainText('does not hold a Best Offer offer');
  // A link made before links pointed to viewer.html (on the app's address) opens
  // the same offer; then an address of the app: the app starts.
  await customer.goto(address.replace('/best-offer/viewer.html#/o/', '/best-offer/#/o/'));
  await expect(customer.locator('#link-page[data-ready="true"]')).toBeVisible();
  expect(await customer.locator('#offer-document').innerText()).toBe(preview);
  await expect(customer.locator('#link-page[data-ready="true"]')).toBeVisible();
  await customer.evaluate(() => { location.hash = '#/proposals'; });
  await expect(customer.locator('nav[aria-label="Views"]')).toBeVisible();
  await expect(customer.locator('#link-page')).toHaveCount(0);
  expect(errors).toEqual([]);
  await context.close();
});

/** A 4 × 4 PNG, and one of the same header made 20 KB long: too large for a link. */
const SMALL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGMQsemBIwbiOABeQw3BFt1k5gAAAABJRU5ErkJggg==',
  'base64',
);
const LARGE_PNG = Buffer.concat([SMALL_PNG, Buffer.alloc(20 * 1024)]);

test('the seller’s logo travels with a link when it is small; a larger one leaves a small mark', async ({ page, browser, watched }) => {
  await openApp(page);
  await page.locator('#tab-profile').click();
  await type(page, '#profile-company', 'Contoso Software');
  await type(page, '#profile-rep-email', 'alex@contoso.example');
  await page.locator('#profile-logo').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: SMALL_PNG });
  await expect(page.locator('.logo-preview')).toBeVisible();
  await page.locator('#tab-proposals').click();
  await page.locator('#new-proposal').click();
  await enterWorkedExample(page);
  const small = await copyLink(page);
  const first = await freshPage(browser);
  await first.page.goto(small);
  await expect(first.page.locator('#link-page')).toHaveAttribute('data-ready', 'true');
  const logo = first.page.locator('#offer-document img.doc-logo');
  await expect(logo).toHaveAttribute('src', /^data:image\/png;base64,iVBORw0KGgo/);
  await expect(logo).toHaveAttribute('alt', 'Contoso Software logo');
  await expect(first.page.locator('.doc-mark')).toHaveCount(0);
  // The same fingerprint as the offer at home: the logo's image is aside.
  const fingerprint = await page.locator('[data-offer="fingerprint"]').textContent();
  await expect(first.page.locator('[data-link="fingerprint"]')).toHaveText(fingerprint);
  expect(first.errors).toEqual([]);
  await first.context.close();

  // A logo too large for a link stays home; the page shows the company's initials.
  await page.locator('#tab-profile').click();
  await page.locator('#profile-logo').setInputFiles({ name: 'large.png', mimeType: 'image/png', buffer: LARGE_PNG });
  await expect(page.locator('#profile-logo-error')).toHaveCount(0);
  await page.locator('#tab-offer').click();
  await page.locator('#use-my-details').click();
  const large = await copyLink(page);
  expect(large.endsWith('.0')).toBe(true);
  const second = await freshPage(browser);
  await second.page.goto(large);
  await expect(second.page.locator('#link-page')).toHaveAttribute('data-ready', 'true');
  await expect(second.page.locator('#offer-document img')).toHaveCount(0);
  await expect(second.page.locator('.doc-mark')).toHaveText('CS');
  expect(second.errors).toEqual([]);
  await second.context.close();
});

test('a link cut anywhere, damaged, foreign, newer or hostile gives its message and nothing else', async ({ page, browser, baseURL, watched }) => {
  await openApp(page);
  await enterWorkedExample(page);
  // Every text of the offer hostile, the email too.
  const script = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
  await type(page, '#customer', `Northwind ${script}`);
  await type(page, '#deal-name', `javascript:window.__pwned = 3`);
  await type(page, '#line-1-name', `Suite ${script}`);
  await page.locator('#tab-offer').click();
  await type(page, '#seller-company', `Contoso ${script}`);
  await type(page, '#rep-email', 'javascript:alert(1)//@contoso.example?bcc=x@evil.example');
  const address = await copyLink(page);

  const { context, page: customer, errors } = await freshPage(browser);
  const messages = {};
  async function opened(payload) {
    await customer.goto(`${baseURL}#/o/${payload}`);
    await customer.reload();
    await expect(customer.locator('#link-page[data-ready="true"]')).toBeVisible();
  }
  async function refused(payload, words) {
    await opened(payload);
    const alert = customer.locator('.link-refused');
    await expect(alert).toContainText(words);
    await expect(customer.locator('#offer-document')).toHaveCount(0);
    await expect(customer.locator('nav[aria-label="Views"]')).toHaveCount(0);
    return alert.innerText();
  }

  // Hostile texts are shown as text; nothing runs; no mailto from that email.
  await opened(address.split('#/o/')[1]);
  await expect(customer.locator('[data-offer="buyer"]')).toHaveText(`Northwind ${script}`);
  await expect(customer.locator('#link-accept')).toHaveCount(0);
  await expect(customer.locator('#link-no-accept')).toBeVisible();
  expect(await customer.evaluate(() => window.__pwned)).toBeUndefined();

  const payload = address.split('#/o/')[1];
  // Cut anywhere.
  for (const end of [1, 2, 5, 11, 12, 20, Math.floor(payload.length / 2), payload.length - 2, payload.length - 1]) {
    messages.cut = await refused(payload.slice(0, end), /damaged or cut off|does not hold a Best Offer offer/);
  }
  // Wrong checksum, non-base64 characters, a newer format, a foreign payload.
  const [, checksum, data] = payload.split('.');
  const other = (checksum[0] === '0' ? '1' : '0') + checksum.slice(1);
  messages.checksum = await refused(`4.${other}.${data}`, 'damaged or cut off');
  messages.characters = await refused(`4.${checksum}.${data.slice(0, 10)}%3Cscript%3E${data.slice(10)}`, 'damaged or cut off');
  messages.newer = await refused(`5.${checksum}.${data}`, 'made by a newer version of Best Offer');
  messages.foreign = await refused('hello-world', 'does not hold a Best Offer offer');
  // A decompression bomb: 20 MB of spaces in a short link.
  const bomb = deflateRawSync(Buffer.alloc(20 * 1024 * 1024, 0x20), { level: 9 });
  expect(seal(bomb).length).toBeLessThan(40_000);
  messages.bomb = await refused(seal(bomb), 'more than 256 KB');
  // Deep nesting, a foreign JSON, figures that do not add up.
  const deep = deflateRawSync(Buffer.from(`${'['.repeat(50_000)}${']'.repeat(50_000)}`));
  messages.deep = await refused(seal(deep), 'not an offer Best Offer can read');
  messages.json = await refused(seal(deflateRawSync(Buffer.from('{"hello":"world"}'))), 'not an offer Best Offer can read');
  const forged = unseal(address);
  forged.term_total = '1.00';
  messages.sums = await refused(seal(deflateRawSync(Buffer.from(JSON.stringify(forged)))), 'do not add up');
  console.log(`LINK messages: ${JSON.stringify(messages)}`);
  expect(await customer.evaluate(() => window.__pwned)).toBeUndefined();
  expect(await storageOf(customer)).toMatchObject({ local: 0, session: 0 });
  expect(errors).toEqual([]);
  await context.close();
});

test('the link’s length for 1, 10 and 40 lines (at most 2,000 characters for 10)', async ({ page, watched }) => {
  await openApp(page);
  await type(page, '#customer', 'Fabrikam');
  const lengths = {};
  let lines = 0;
  for (const target of [1, 10, 40]) {
    await page.locator('#tab-workspace').click();
    for (let i = lines + 1; i <= target; i++) {
      if (i > 1) await page.getByRole('button', { name: '+ Add line' }).click();
      await page.fill(`#line-${i}-name`, `Module ${i}`);
      await page.fill(`#line-${i}-description`, `Component ${i} of the platform, with its documentation`);
      await page.fill(`#line-${i}-price`, String(1000 + i));
    }
    lines = target;
    await type(page, '#walk-away', String(500 * target));
    const address = await copyLink(page);
    lengths[target] = address.length;
    expect(unseal(address).lines.length).toBe(target);
  }
  console.log(`BENCH customer link length: 1 line ${lengths[1]}, 10 lines ${lengths[10]}, 40 lines ${lengths[40]} characters`);
  expect(lengths[10]).toBeLessThanOrEqual(2000);
});
