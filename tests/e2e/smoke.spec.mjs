// Foundation checks: the built site loads under its sub-path, the Wasm app replaces
// the static shell, and nothing is logged as an error or fetched from elsewhere.
import { test, expect, openApp } from './fixtures.mjs';

test('renders its first screen under the sub-path', async ({ page, watched, baseURL }) => {
  await openApp(page);
  await expect(page).toHaveTitle(/Best Offer/);
  await expect(page.getByRole('heading', { level: 1, name: 'Best Offer' })).toBeVisible();
  // The static "loading" shell is gone once the app runs.
  await expect(page.getByText('Loading the calculator')).toHaveCount(0);
  // Every asset came from under the sub-path.
  const assets = watched.requests.filter((u) => /\.(js|wasm|css)$/.test(new URL(u).pathname));
  expect(assets.length).toBeGreaterThanOrEqual(3);
  for (const url of assets) {
    expect(url.startsWith(baseURL), `${url} is under ${baseURL}`).toBe(true);
  }
});

test('the site root outside the sub-path is not where the app lives', async ({ request, baseURL }) => {
  const root = new URL('/', baseURL).href;
  const response = await request.get(root);
  expect(response.status()).toBe(404);
});

test('the static shell says something useful before the Wasm runs', async ({ browser, baseURL, request }) => {
  // With scripts off, the shell (title, tagline, loading line) still paints.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(baseURL);
  await expect(page.getByRole('heading', { level: 1, name: 'Best Offer' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(/Loading the calculator/);
  // Read from the DOM, not the text: the release build's HTML is minified.
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /proposal calculator/);
  await expect(page.locator('link[rel="icon"]')).toHaveCount(1);
  await context.close();
  // The page carries a <noscript> explanation for browsers without JavaScript.
  const html = await (await request.get(baseURL)).text();
  expect(html).toMatch(/<noscript>[\s\S]*needs JavaScript and WebAssembly[\s\S]*<\/noscript>/);
});

test('the built page carries a strict content security policy', async ({ request, baseURL }) => {
  const html = await (await request.get(baseURL)).text();
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  expect(policy).toBeTruthy();
  for (const directive of ["default-src 'none'", "'wasm-unsafe-eval'", "base-uri 'none'", "form-action 'none'", "object-src 'none'"]) {
    expect(policy).toContain(directive);
  }
  expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]{44}'/);
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain("'unsafe-eval'");
  expect(html).toContain('<meta name="referrer" content="no-referrer" />');
});
