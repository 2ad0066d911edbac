// Offline and installable: a second visit works with the network cut, and a new
// build is picked up in the background and announced.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test, expect } from '@playwright/test';

const ready = (page) => expect(page.locator('main[data-ready="true"]')).toBeVisible();

async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('a second visit works with the network cut', async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(baseURL);
  await ready(page);
  await controlled(page);
  await page.locator('#line-1-price').fill('1000');
  await context.setOffline(true);
  await page.reload();
  await ready(page);
  await expect(page.locator('#line-1-price')).toHaveValue('1,000.00');
  await page.locator('#line-1-qty').fill('3');
  await expect(page.locator('td[data-column="1"][data-figure="net"]')).toHaveText('$3,000.00');
  // Addresses work offline too: a view's address reloads into that view.
  await page.locator('#tab-offer').click();
  await expect(page).toHaveURL(/#\/p\/[A-Za-z0-9_-]+\/offer$/);
  await page.reload();
  await expect(page.locator('#offer-page[data-ready="true"]')).toBeVisible();
  await page.goBack();
  await ready(page);
  await expect(page.locator('#line-1-qty')).toHaveValue('3');
  expect(errors).toEqual([]);
  await context.close();
});

test('the app is installable: a manifest with icons', async ({ page, request, baseURL }) => {
  await page.goto(baseURL);
  expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe('manifest.webmanifest');
  const manifest = await (await request.get(new URL('manifest.webmanifest', baseURL).href)).json();
  expect(manifest.name).toContain('Best Offer');
  expect(manifest.start_url).toBe('./');
  for (const icon of manifest.icons) {
    const response = await request.get(new URL(icon.src, baseURL).href);
    expect(response.status(), icon.src).toBe(200);
  }
});

test('a new build is picked up on the next visit and announced', async ({ browser }) => {
  // A copy of the site on its own server, so it can be "redeployed" mid-test.
  const dist = resolve(process.env.E2E_DIST ?? '../../dist-e2e');
  const copy = mkdtempSync(join(tmpdir(), 'best-offer-site-'));
  cpSync(dist, copy, { recursive: true });
  const port = 4199;
  const server = spawn('node', ['serve.mjs', '--dir', copy, '--prefix', '/best-offer/', '--port', String(port)], { stdio: 'ignore' });
  try {
    const url = `http://127.0.0.1:${port}/best-offer/`;
    const context = await browser.newContext();
    const page = await context.newPage();
    for (let i = 0; i < 50; i++) {
      try { await page.goto(url); break; } catch { await new Promise((r) => setTimeout(r, 100)); }
    }
    await ready(page);
    await controlled(page);
    // Redeploy: a new build means a new service worker version.
    const sw = join(copy, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/const VERSION = "[^"]+"/, 'const VERSION = "next-build"'));
    await page.reload();
    await ready(page);
    // The app registers its worker 3 s after it starts; the new one then installs
    // (every file of both entries) before it takes over.
    await expect(page.getByRole('alert')).toContainText('Best Offer has been updated', { timeout: 20_000 });
    await context.close();
  } finally {
    server.kill();
  }
});
