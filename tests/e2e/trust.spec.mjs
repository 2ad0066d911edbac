// What is written is what was meant: a field whose text does not read blocks the
// written offer (print, copy, send) and says which field; typed numbers read the
// way people type them; no best offer without a floor set on purpose; no two
// proposals share an offer number.
import { mkdirSync } from 'node:fs';
import { test, expect, openApp } from './fixtures.mjs';
import { enterWorkedExample, figure, type, printPdf, readPdf } from './helpers.mjs';

mkdirSync('artifacts', { recursive: true });

/** Prints the current page to PDF as the browser's own print would, returns its text. */
async function printedText(page, name) {
  const path = `artifacts/${name}.pdf`;
  return (await printPdf(page, path)).text;
}

const money = /\$[\d,]+\.\d\d/g;

test('a mistyped figure blocks print, copy and send, names the field, and never prints', async ({ page, watched }) => {
  await openApp(page);
  await enterWorkedExample(page);
  await type(page, '#line-3-name', 'Onboarding');
  // Typed key by key the German way: "2", "2.8", "2.88" read on the way, "2.880" does not.
  await type(page, '#line-3-cost', '2.880,00');
  await expect(page.locator('#line-3-cost')).toHaveAttribute('aria-invalid', 'true');
  // Every block of figures says it is out of date, in words.
  for (const block of ['.floor', '.chart', '.board']) {
    await expect(page.locator(`${block} .stale-notice`), block).toContainText('Out of date');
  }

  await page.locator('#tab-offer').click();
  const notReady = page.locator('.offer-not-ready');
  await expect(notReady).toContainText('Not ready to send');
  await expect(notReady).toContainText(
    'line 3 “Onboarding”, unit cost: “2.880,00” — In the 1,234.56 format, 2.880,00 is written 2,880.00.',
  );
  for (const id of ['#print-offer', '#copy-offer', '#mark-sent']) {
    await expect(page.locator(id), id).toBeDisabled();
    await expect(page.locator(id), id).toHaveAttribute('aria-describedby', 'offer-not-ready-reason');
  }
  await expect(page.locator('#offer-not-ready-reason')).toContainText('Printing, copying and sending are off');
  await expect(page.locator('.preview-not-ready')).toBeVisible();

  // The browser's own print (Ctrl+P) gives a page that says so, and no figure at all.
  const text = await printedText(page, 'not-ready');
  expect(text).toContain('This offer is not ready');
  expect(text).toContain('line 3 “Onboarding”, unit cost');
  expect(text.match(money) ?? []).toEqual([]);

  // A reload keeps the view, the block and the text.
  await page.reload();
  await expect(page.locator('.offer-not-ready')).toBeVisible();
  await page.locator('#tab-workspace').click();
  await expect(page.locator('#line-3-cost')).toHaveValue('2.880,00');
  await page.locator('#tab-offer').click();
  await expect(page.locator('.offer-not-ready')).toBeVisible();

  // "Fix this field" puts the cursor in it, text as typed.
  await page.getByRole('button', { name: 'Fix line 3 “Onboarding”, unit cost' }).click();
  await expect(page.locator('#line-3-cost')).toBeFocused();
  await expect(page.locator('#line-3-cost')).toHaveValue('2.880,00');
  await type(page, '#line-3-cost', '95');
  await expect(page.locator('#line-3-cost')).toHaveAttribute('aria-invalid', 'false');
  await expect(page.locator('.stale-notice')).toHaveCount(0);
  await page.locator('#tab-offer').click();
  await expect(page.locator('.offer-not-ready')).toHaveCount(0);
  await expect(page.locator('#print-offer')).toBeEnabled();
  await expect(page.locator('#mark-sent')).toBeEnabled();
  const ready = await printedText(page, 'ready-again');
  expect(ready).toContain('$38,900.00');

  // A per-line discount out of sight (its panel closed) is reached the same way.
  await page.locator('#tab-workspace').click();
  await page.getByRole('button', { name: 'Set per-line discounts…' }).click();
  await page.locator('#override-2-1').fill('1O');
  await page.getByRole('button', { name: 'Hide per-line discounts' }).click();
  await page.locator('#tab-offer').click();
  await page.getByRole('button', { name: /^Fix line 1 “Analytics Suite licence”, own discount/ }).click();
  await expect(page.locator('#override-2-1')).toBeFocused();
  await expect(page.locator('#override-2-1')).toHaveValue('1O');
});

test('numbers read the way people type and paste them', async ({ page, watched }) => {
  await openApp(page);
  await type(page, '#line-1-price', '4 800');
  await expect(page.locator('#line-1-price')).toHaveAttribute('aria-invalid', 'false');
  await expect(figure(page, '1', 'net')).toHaveText('$4,800.00');
  await type(page, '#line-1-cost', '2\u00a0880');
  await expect(page.locator('#line-1-cost')).toHaveAttribute('aria-invalid', 'false');
  await type(page, '#min-margin', '0');
  await expect(figure(page, 'best', 'net')).toHaveText('$2,880.00');
  // Pasted with the currency sign and spaces around it.
  await page.locator('#line-1-price').fill('  $ 5 000.00 ');
  await expect(figure(page, '1', 'net')).toHaveText('$5,000.00');
  // The other convention's marks: a message that shows the way to write it.
  await page.locator('#line-1-price').fill('5.000,00');
  await expect(page.locator('#line-1-price-error')).toHaveText(
    'In the 1,234.56 format, 5.000,00 is written 5,000.00.',
  );
  await expect(figure(page, '1', 'net')).toHaveText('$5,000.00');
});

test('no best offer until a floor is set on purpose', async ({ page, watched }) => {
  await openApp(page);
  await type(page, '#customer', 'Tailspin');
  await type(page, '#line-1-price', '1000');
  await type(page, '#line-1-cost', '400');
  // Cost alone is not a floor: no "best offer" at cost.
  await expect(figure(page, 'best', 'net')).toHaveText('—');
  await expect(page.locator('.best-note')).toContainText('Floor not set');
  await expect(page.locator('[data-figure="floor-not-set"]')).toContainText('minimum margin (0 % counts)');
  await expect(page.locator('[data-figure="list-margin"]')).toHaveText('margin 60.00%');
  await page.locator('#tab-offer').click();
  await expect(page.locator('.offer-preview .notice')).toContainText('Floor not set');
  await expect(page.locator('[data-offer="number"]')).toHaveCount(0);
  await expect(page.locator('#print-offer')).toBeDisabled();
  await page.locator('#tab-proposals').click();
  await expect(page.locator('[data-figure="list-best"]').first()).toHaveText('floor not set');
  // A typed 0 % minimum margin is a floor: never below cost.
  await page.locator('#tab-workspace').click();
  await type(page, '#min-margin', '0');
  await expect(figure(page, 'best', 'net')).toHaveText('$400.00');
  // So is a cap on every discountable line.
  await page.locator('#min-margin').fill('');
  await expect(figure(page, 'best', 'net')).toHaveText('—');
  await type(page, '#line-1-max-discount', '25');
  await expect(figure(page, 'best', 'net')).toHaveText('$750.00');
});

test('new and copied proposals never share an offer number', async ({ page, watched }) => {
  await openApp(page);
  const numberOf = async () => {
    await page.locator('#tab-offer').click();
    return page.locator('#offer-number').inputValue();
  };
  const first = await numberOf();
  await page.locator('#tab-proposals').click();
  await page.locator('#new-proposal').click();
  const second = await numberOf();
  await page.locator('#tab-proposals').click();
  await page.getByRole('button', { name: /^Copy / }).first().click();
  await expect(page.getByText(/The copy is a new offer: number BO-\d{4}-00\d, revision 1\./)).toBeVisible();
  const third = await numberOf();
  expect(new Set([first, second, third]).size, `${first} ${second} ${third}`).toBe(3);
  // Numbered by the profile's pattern (BO-{YYYY}-{SEQ:3}) and sequence.
  expect([first, second, third]).toEqual([1, 2, 3].map((n) => `BO-${new Date().getFullYear()}-00${n}`));
});

test('every "+ Add" puts the cursor in the new item; a removed line or column comes back', async ({ page, watched }) => {
  await openApp(page);
  // The page opens with the cursor in the first line, the title still in view.
  await expect(page.locator('#line-1-name')).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await page.getByRole('button', { name: '+ Add line' }).click();
  await expect(page.locator('#line-2-name')).toBeFocused();
  await page.getByRole('button', { name: '+ Add scenario' }).click();
  await expect(page.locator('#scenario-4-name')).toBeFocused();
  await page.getByRole('button', { name: '+ Add band' }).click();
  await expect(page.locator('#band-3-limit')).toBeFocused();
  await page.locator('#tab-offer').click();
  for (const [list, id] of [['included', 'included-1'], ['not included', 'not-included-1'], ['assumptions', 'assumptions-1']]) {
    await page.getByRole('button', { name: `+ Add to ${list}` }).click();
    await expect(page.locator(`#${id}`), list).toBeFocused();
  }

  // Remove a line with content, then undo: it comes back with its half-typed text.
  await page.locator('#tab-workspace').click();
  await type(page, '#line-2-name', 'Onboarding');
  await type(page, '#line-2-price', '4 8O0');
  await page.getByRole('button', { name: 'Remove line 2 (Onboarding)' }).click();
  await expect(page.locator('#line-2-name')).toHaveCount(0);
  await expect(page.locator('.undo-remove')).toHaveText('Removed line 2 “Onboarding”. Undo');
  await page.locator('#undo-remove').click();
  await expect(page.locator('#line-2-name')).toHaveValue('Onboarding');
  await expect(page.locator('#line-2-price')).toHaveValue('4 8O0');
  await expect(page.locator('#line-2-price')).toHaveAttribute('aria-invalid', 'true');

  // A removed scenario column too.
  await page.getByRole('button', { name: /^Remove 25\s%\soff$/ }).click();
  await expect(page.locator('th[data-column="4"]')).toHaveCount(0);
  await page.locator('#undo-remove').click();
  await expect(page.locator('th[data-column="4"]')).toHaveCount(1);
});

test('the line table fits a 1280 px window, actions included', async ({ browser, baseURL }) => {
  const page = await browser.newPage({ baseURL, viewport: { width: 1280, height: 800 } });
  await openApp(page);
  await page.getByRole('button', { name: '+ Add line' }).click();
  const [scrollWidth, clientWidth] = await page
    .locator('.lines .table-scroll')
    .evaluate((e) => [e.scrollWidth, e.clientWidth]);
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  const box = await page.getByRole('button', { name: 'Remove line 2' }).boundingBox();
  expect(box.x + box.width).toBeLessThanOrEqual(1280);
  await page.close();
});

test('the workspace prints as an internal sheet: every column, named, marked on every page', async ({ page, watched }) => {
  await openApp(page);
  await enterWorkedExample(page);
  await type(page, '#scenario-2-name', 'Good deal');
  await type(page, '#scenario-2-value', '15');
  for (let i = 0; i < 5; i++) await page.getByRole('button', { name: '+ Add scenario' }).click();
  await expect(page.locator('th[data-column]')).toHaveCount(9);
  const path = 'artifacts/internal-sheet.pdf';
  // As the browser's own print does: the page size and margins of print.css.
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  const { text, width, height } = readPdf(path);
  expect(width, 'landscape').toBeGreaterThan(height);
  const pages = text.split('\f').filter((p) => p.trim());
  expect(pages.length).toBeGreaterThan(0);
  pages.forEach((p, i) => expect(p, `page ${i + 1}`).toContain('Internal — not for the customer'));
  expect(text).toContain('Internal pricing sheet: Northwind Traders — Analytics rollout');
  const squeeze = text.replace(/\s+/g, ' ');
  for (const name of ['Best offer', 'List price', 'Good deal', '20 % off', '25 % off', '30 % off', '35 % off', '40 % off', '45 % off']) {
    expect(squeeze, name).toContain(name);
  }
  // Every column's total is on the sheet, the best offer's included.
  expect(squeeze).toContain('$38,900.00');
  expect(squeeze).toContain('$52,700.00');
});

test('a date or revision that does not read blocks the offer too', async ({ page, watched }) => {
  await openApp(page);
  await enterWorkedExample(page);
  await page.locator('#tab-offer').click();
  await expect(page.locator('#print-offer')).toBeEnabled();
  // A cleared (or half-typed) date reads as nothing: the offer would print the old one.
  await page.locator('#valid-through').fill('');
  await expect(page.locator('.offer-not-ready')).toContainText('Valid through: empty — Enter a complete date');
  await expect(page.locator('#print-offer')).toBeDisabled();
  await page.getByRole('button', { name: 'Fix Valid through' }).click();
  await expect(page.locator('#valid-through')).toBeFocused();
  await page.locator('#valid-through').fill('2027-01-15');
  await expect(page.locator('.offer-not-ready')).toHaveCount(0);
  await expect(page.locator('[data-offer="valid-through"]')).toContainText('15 January 2027');
  await page.locator('#offer-revision').fill('');
  await expect(page.locator('.offer-not-ready')).toContainText('Revision: empty — A revision is a whole number from 1 to 999.');
  await page.locator('#offer-revision').fill('2');
  await expect(page.locator('.offer-not-ready')).toHaveCount(0);
  await expect(page.locator('[data-offer="revision"]')).toHaveText('2');
});
