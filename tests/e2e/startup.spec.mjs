// Startup benchmark (reported, not pass/fail on time): median time from navigation
// to the workspace being on screen and interactive, over 9 fresh loads, next to a
// static HTML page of the same first screen served the same way in the same run.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test, expect } from '@playwright/test';

const LOADS = 9;

/** Records when the workspace first appears, from inside the page. */
const marker = () => {
  const observer = new MutationObserver(() => {
    if (!window.__readyAt && document.querySelector('#workspace[data-ready="true"]')) {
      window.__readyAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
};

async function timeLoads(browser, url) {
  const times = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript(marker);
    await page.goto(url);
    await page.waitForFunction(() => window.__readyAt !== undefined);
    times.push(await page.evaluate(() => window.__readyAt));
    await context.close();
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

test('startup: the app against a static page of the same first screen', async ({ browser }) => {
  test.setTimeout(120_000);
  const dist = resolve(process.env.E2E_DIST ?? '../../dist-e2e');
  const site = mkdtempSync(join(tmpdir(), 'best-offer-startup-'));
  cpSync(dist, site, { recursive: true });
  const port = 4198;
  // Served gzip-compressed, as a production host would.
  const server = spawn('node', ['serve.mjs', '--dir', site, '--prefix', '/best-offer/', '--port', String(port), '--gzip'], { stdio: 'ignore' });
  try {
    const base = `http://127.0.0.1:${port}/best-offer/`;
    // The static twin: the app's first screen as rendered, without any script.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    for (let i = 0; i < 50; i++) {
      try { await page.goto(base); break; } catch { await new Promise((r) => setTimeout(r, 100)); }
    }
    await expect(page.locator('#workspace[data-ready="true"]')).toBeVisible();
    const html = await page.evaluate(() => {
      const copy = document.documentElement.cloneNode(true);
      copy.querySelectorAll('script, link[rel="modulepreload"], link[rel="preload"]').forEach((el) => el.remove());
      return `<!doctype html>\n${copy.outerHTML}`;
    });
    await context.close();
    writeFileSync(join(site, 'static-first-screen.html'), html);

    const app = await timeLoads(browser, base);
    const staticPage = await timeLoads(browser, `${base}static-first-screen.html`);
    const round = (x) => Math.round(x * 10) / 10;
    const line = `startup, median of ${LOADS} fresh loads: app ${round(app)} ms, static page ${round(staticPage)} ms, ratio ${round(app / staticPage)}×`;
    console.log(`BENCH ${line}`);
    mkdirSync('artifacts', { recursive: true });
    const file = 'artifacts/bench.json';
    const results = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
    results.startup = { appMs: round(app), staticMs: round(staticPage), ratio: round(app / staticPage), loads: LOADS };
    writeFileSync(file, JSON.stringify(results, null, 2));
    expect(app).toBeGreaterThan(0);
    expect(staticPage).toBeGreaterThan(0);
  } finally {
    server.kill();
  }
});
