import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
const server = spawn('node', ['serve.mjs', '--prefix', '/best-offer/', '--port', '8131'], { stdio: 'inherit' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
for (const width of [1280, 375]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto('http://127.0.0.1:8131/best-offer/');
  await page.waitForSelector('#workspace[data-ready="true"]');
  const t = async (s, v) => { await page.fill(s, ''); await page.locator(s).pressSequentially(v); };
  await t('#customer', 'Northwind'); await t('#line-1-name', 'Licence'); await t('#line-1-qty', '25'); await t('#line-1-price', '1,200');
  await t('#line-1-cost', '180');
  await page.screenshot({ path: `/tmp/shots/nofloor-${width}.png`, fullPage: true });
  await t('#min-margin', '55');
  await page.getByRole('button', { name: '+ Add line' }).click();
  await t('#line-2-name', 'Onboarding'); await t('#line-2-price', '4 800'); await t('#line-2-cost', '2.880,00');
  await page.screenshot({ path: `/tmp/shots/stale-${width}.png`, fullPage: true });
  await page.locator('#tab-offer').click();
  await page.screenshot({ path: `/tmp/shots/offer-notready-${width}.png`, fullPage: true });
  await page.close();
}
await browser.close(); server.kill();
