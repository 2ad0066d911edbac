// Browser benchmark (reported, not pass/fail on time): median time from a keystroke
// in a price field to the updated best-offer figure in the DOM, for a 1-line and a
// 50-line deal with 6 scenarios. Figures go to the console and to
// tests/e2e/artifacts/bench.json; the README quotes them.
import { mkdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { test, expect, openApp } from './fixtures.mjs';
import { figure } from './helpers.mjs';

const ITERATIONS = 41;
const results = existsSync('artifacts/bench.json') ? JSON.parse(readFileSync('artifacts/bench.json', 'utf8')) : {};

async function buildDeal(page, lines) {
  for (let i = 1; i <= lines; i++) {
    if (i > 1) await page.getByRole('button', { name: '+ Add line' }).click();
    await page.fill(`#line-${i}-name`, `Item ${i}`);
    await page.fill(`#line-${i}-qty`, String(1 + (i % 9)));
    await page.fill(`#line-${i}-price`, String(1000 + i * 37));
    await page.selectOption(`#line-${i}-cost-mode`, 'margin');
    await page.fill(`#line-${i}-margin`, String(60 + (i % 30)));
  }
  await page.fill('#min-margin', '45');
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: '+ Add scenario' }).click();
  await expect(page.locator('th[data-column]')).toHaveCount(7); // best + 6 scenarios
}

/** Median keystroke → best-offer update, measured inside the page. */
async function measure(page) {
  return page.evaluate(async (iterations) => {
    const input = document.querySelector('#line-1-price');
    const cell = () => document.querySelector('td[data-column="best"][data-figure="net"]');
    const times = [];
    for (let i = 0; i < iterations; i++) {
      const before = cell().textContent;
      const updated = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (cell().textContent !== before) {
            observer.disconnect();
            resolve(performance.now());
          }
        });
        observer.observe(document.querySelector('.board-table'), { subtree: true, childList: true, characterData: true });
      });
      const start = performance.now();
      input.value = String(2000 + (i % 2) * 500 + i);
      input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: '1' }));
      const end = await updated;
      times.push(end - start);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    times.sort((a, b) => a - b);
    return { median: times[Math.floor(times.length / 2)], p90: times[Math.floor(times.length * 0.9)], min: times[0], max: times[times.length - 1] };
  }, ITERATIONS);
}

for (const lines of [1, 50]) {
  test(`benchmark: keystroke to best offer, ${lines}-line deal, 6 scenarios`, async ({ page, watched }) => {
    test.setTimeout(180_000);
    await openApp(page);
    await buildDeal(page, lines);
    await expect(figure(page, 'best', 'net')).not.toHaveText('—');
    const stats = await measure(page);
    const round = (x) => Math.round(x * 100) / 100;
    const line = `keystroke → best offer, ${lines} line(s), 6 scenarios: median ${round(stats.median)} ms, p90 ${round(stats.p90)} ms (min ${round(stats.min)}, max ${round(stats.max)}, n=${ITERATIONS})`;
    console.log(`BENCH ${line}`);
    results[`${lines}-lines`] = { ...Object.fromEntries(Object.entries(stats).map(([k, v]) => [k, round(v)])), iterations: ITERATIONS };
    mkdirSync('artifacts', { recursive: true });
    writeFileSync('artifacts/bench.json', JSON.stringify(results, null, 2));
    expect(stats.median).toBeGreaterThan(0);
  });
}
