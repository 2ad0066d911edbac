// A repeat deal in ten actions: from "New proposal" to the printed offer, for a
// customer offered to before — two catalogue lines with new quantities — counted
// action by action with the mouse (a click, typing into one field, a key that
// picks), and key by key by keyboard alone (besides the typing). The print goes
// straight to the browser's dialog when nothing needs approval; the PDF holds the
// new quantities' figures.
import { mkdirSync } from 'node:fs';
import { test, expect, openApp } from './fixtures.mjs';
import { printPdf, type } from './helpers.mjs';

mkdirSync('artifacts', { recursive: true });

/** Your details, a two-item catalogue and a past proposal for Northwind Traders
 * (25 licences, 2 workshops): what a rep has before a repeat deal. Not counted. */
async function deskWithAPastDeal(page) {
  await page.addInitScript(() => {
    window.__printed = 0;
    window.print = () => { window.__printed += 1; };
  });
  await openApp(page);
  await page.locator('#tab-profile').click();
  await type(page, '#profile-company', 'Contoso Software');
  await type(page, '#profile-rep-name', 'Alex Rep');
  await type(page, '#profile-rep-email', 'alex@contoso.example');
  await type(page, '#profile-min-margin', '30');
  await page.locator('#tab-catalogue').click();
  for (const [name, price, cost] of [['Onboarding workshop', '1 500', '1 000'], ['Analytics Suite licence', '1 200', '800']]) {
    await page.locator('#add-item').click();
    const item = page.locator('.catalogue-item').first();
    await item.locator('input[id$="-name"]').pressSequentially(name);
    await item.locator('input[id$="-price"]').pressSequentially(price);
    await item.locator('input[id$="-cost"]').pressSequentially(cost);
  }
  await page.locator('#tab-proposals').click();
  await page.locator('#new-proposal').click();
  await page.keyboard.type('Northwind Traders');
  await page.locator('#line-1-name').pressSequentially('suite');
  await page.locator('#line-1-name').press('Enter');
  await page.keyboard.type('25');
  await page.keyboard.press('Enter');
  await page.locator('#line-2-name').pressSequentially('work');
  await page.locator('#line-2-name').press('Enter');
  await page.keyboard.type('2');
  await expect(page.locator('#line-2-qty')).toHaveValue('2');
  await page.locator('#tab-proposals').click();
}

/** What the new offer must say: 30 licences and 3 workshops, above the floor. */
async function expectThePrintedRepeat(page, name) {
  expect(await page.evaluate(() => window.__printed)).toBe(1);
  await expect(page.locator('.confirm-print')).toHaveCount(0);
  const { text, pages } = await printPdf(page, `artifacts/${name}-A4.pdf`);
  expect(pages).toBe(1);
  expect(text).toContain('Northwind Traders');
  expect(text).toMatch(/Analytics Suite licence\s+30\s/);
  expect(text).toMatch(/Onboarding workshop\s+3\s/);
}

test('a repeat deal takes at most 10 actions from New proposal to the printed offer', async ({ page, watched }) => {
  await deskWithAPastDeal(page);
  let actions = 0;
  const act = async (step) => { actions += 1; await step(); };

  await act(() => page.locator('#new-proposal').click());
  await expect(page.locator('#customer')).toBeFocused();
  await act(() => page.keyboard.type('Northwind Traders'));
  await expect(page.locator('#repeat-offer')).toContainText('Northwind Traders was offered');
  await act(() => page.locator('#start-from-past').click());
  // The past deal's lines, the cursor in the first quantity, selected.
  await expect(page.locator('#line-1-qty')).toBeFocused();
  await expect(page.locator('#line-2-name')).toHaveValue('Onboarding workshop');
  await act(() => page.keyboard.type('30'));
  await act(() => page.keyboard.press('Enter'));
  await expect(page.locator('#line-2-qty')).toBeFocused();
  await act(() => page.keyboard.type('3'));
  // The net of each line in the offer's figures, in the table.
  await expect(page.locator('[data-line-net="2"] .amount')).toHaveText(/^\$[\d,]+\.\d\d$/);
  await act(() => page.locator('#to-offer').click());
  await expect(page.locator('#print-offer')).toBeFocused();
  await act(() => page.locator('#print-offer').click());

  console.log(`BENCH repeat deal, mouse: ${actions} actions from New proposal to the print dialog (budget 10)`);
  expect(actions).toBeLessThanOrEqual(10);
  await expectThePrintedRepeat(page, 'repeat-mouse');
});

test('by keyboard alone the repeat deal takes under 25 key presses besides the typing', async ({ page, watched }) => {
  await deskWithAPastDeal(page);
  let keys = 0;
  const press = async (key) => { keys += 1; await page.keyboard.press(key); };

  await page.locator('#new-proposal').focus();
  await press('Enter');
  await expect(page.locator('#customer')).toBeFocused();
  await page.keyboard.type('Northwind Traders');
  await expect(page.locator('#start-from-past')).toBeVisible();
  await press('Tab');
  await expect(page.locator('#start-from-past')).toBeFocused();
  await press('Enter');
  await expect(page.locator('#line-1-qty')).toBeFocused();
  await page.keyboard.type('30');
  await press('Enter');
  await expect(page.locator('#line-2-qty')).toBeFocused();
  await page.keyboard.type('3');
  // Tab on to "Written offer →", counting each press.
  for (let i = 0; i < 30 && (await page.evaluate(() => document.activeElement?.id)) !== 'to-offer'; i += 1) {
    await press('Tab');
  }
  await expect(page.locator('#to-offer')).toBeFocused();
  await press('Enter');
  await expect(page.locator('#print-offer')).toBeFocused();
  await press('Enter');

  console.log(`BENCH repeat deal, keyboard: ${keys} key presses besides the typing (budget under 25)`);
  expect(keys).toBeLessThan(25);
  await expectThePrintedRepeat(page, 'repeat-keyboard');
});
