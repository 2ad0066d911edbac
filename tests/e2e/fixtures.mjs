// Shared test fixture: every page records console errors, uncaught exceptions and
// every request, and each test fails if the app logged an error or tried to reach
// anything but its own origin. Requests to other origins are also blocked, so a
// leak can never succeed during a test run.
import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  watched: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL).origin;
    const record = { consoleErrors: [], pageErrors: [], foreignRequests: [], requests: [] };
    page.on('console', (msg) => {
      if (msg.type() === 'error') record.consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => record.pageErrors.push(String(err)));
    // Any content-security-policy violation fails the test.
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await page.route('**/*', (route) => {
      const url = route.request().url();
      record.requests.push(url);
      if (url.startsWith('data:') || new URL(url).origin === origin) return route.continue();
      record.foreignRequests.push(url);
      return route.abort();
    });
    await use(record);
    if (!page.isClosed()) {
      const violations = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
      expect(violations, 'content security policy violations').toEqual([]);
    }
    expect(record.pageErrors, 'uncaught exceptions').toEqual([]);
    expect(record.consoleErrors, 'console errors').toEqual([]);
    expect(record.foreignRequests, 'requests leaving the app').toEqual([]);
  },
});

export { expect };

/** Opens the app and waits until the Wasm app has replaced the static shell. */
export async function openApp(page) {
  await page.goto('./');
  await expect(page.locator('#workspace[data-ready="true"]')).toBeVisible();
}
