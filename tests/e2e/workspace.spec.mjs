// The rep's workspace: the worked example end to end, invalid input in every kind
// of field, keyboard-only use, accessibility and narrow screens.
import { test, expect, openApp } from './fixtures.mjs';
import { enterWorkedExample, figure, type, axeViolations } from './helpers.mjs';

test('the worked example, entered through the UI, gives the best offer and the good deal', async ({ page, watched }) => {
  await openApp(page);
  await enterWorkedExample(page);
  await expect(figure(page, 'best', 'net')).toHaveText('$38,900.00');
  await expect(figure(page, 'best', 'floor-status')).toHaveText(/Keeps floor/);
  await expect(figure(page, 'best', 'list')).toHaveText('$62,000.00');
  await expect(figure(page, 'best', 'cost')).toHaveText('$17,500.00');
  await expect(page.locator('[data-figure="floor-price"]')).toHaveText('$38,888.89');
  await expect(page.locator('[data-figure="floor-max-discount"]')).toHaveText('37.28%');
  // A new proposal's columns are named after their levers until renamed.
  await expect(page.locator('#scenario-2-name')).toHaveValue('');
  await expect(page.locator('#scenario-2-name')).toHaveAttribute('placeholder', '10\u00a0% off');
  await type(page, '#scenario-2-value', '15');
  await expect(page.locator('#scenario-2-name')).toHaveAttribute('placeholder', '15\u00a0% off');
  await expect(page.locator('th[data-column="2"]').getByRole('button', { name: /Use in the offer: 15\s%\soff/ })).toBeVisible();
  // Renamed, it keeps its name: the 15 % "good deal" of the story.
  await type(page, '#scenario-2-name', 'Good deal');
  await type(page, '#scenario-2-value', '15.0');
  await expect(page.locator('#scenario-2-name')).toHaveValue('Good deal');
  await expect(figure(page, '2', 'net')).toHaveText('$52,700.00');
  await expect(figure(page, '2', 'margin')).toHaveText('66.79%');
  await expect(figure(page, '2', 'headroom')).toHaveText('+$13,811.11');
  await expect(figure(page, '2', 'approval')).toHaveText('Sales manager');
  await expect(figure(page, '1', 'net')).toHaveText('$62,000.00');
  // The chart marks the floor and the best offer, with a text alternative.
  await expect(page.locator('.chart-floor-label')).toHaveText('Floor $38,888.89');
  await expect(page.locator('#chart-desc')).toContainText('Best offer: $38,900.00');
});

test('a scenario below the floor is unmistakable, in colour and in words', async ({ page, watched }) => {
  await openApp(page);
  await enterWorkedExample(page);
  await type(page, '#scenario-2-value', '45');
  await expect(figure(page, '2', 'floor-status')).toHaveText(/Below floor/);
  await expect(page.locator('th[data-column="2"]')).toContainText('Below floor');
  await expect(figure(page, '2', 'net')).toHaveClass(/below-floor/);
  await expect(figure(page, '2', 'headroom')).toHaveText('-$4,788.89');
  await expect(figure(page, '2', 'approval')).toHaveText('Sales director');
});

test('scenarios: add up to eight, rename, switch levers, remove', async ({ page, watched }) => {
  await openApp(page);
  await enterWorkedExample(page);
  const add = page.getByRole('button', { name: '+ Add scenario' });
  for (let i = 0; i < 5; i++) await add.click();
  await expect(page.locator('th[data-column]')).toHaveCount(9); // best + 8
  await expect(add).toHaveCount(0);
  await type(page, '#scenario-4-name', 'Opening offer');
  await page.selectOption('#scenario-4-lever', 'target-price');
  // Each new column starts one step beyond the last: 25 %, 30 %, … off.
  await expect(page.locator('#scenario-5-name')).toHaveAttribute('placeholder', '30\u00a0% off');
  await expect(page.locator('#scenario-4-value')).toHaveValue('46,500.00'); // 25 % kept
  await type(page, '#scenario-4-value', '40,000');
  await expect(figure(page, '4', 'net')).toHaveText('$40,000.00');
  await page.selectOption('#scenario-3-lever', 'target-margin');
  await type(page, '#scenario-3-value', '60');
  await expect(figure(page, '3', 'net')).toHaveText('$43,750.00');
  await expect(figure(page, '3', 'margin')).toHaveText('60.00%');
  await page.getByRole('button', { name: 'Remove Opening offer' }).click();
  await expect(page.locator('th[data-column]')).toHaveCount(8);
  // A per-line discount overrides the lever for that line.
  await page.getByRole('button', { name: 'Set per-line discounts…' }).click();
  await type(page, '#override-1-3', '10');
  await expect(figure(page, '1', 'net')).toHaveText('$60,600.00');
});

test('lines: duplicate, reorder, remove; a new line takes the cursor', async ({ page, watched }) => {
  await openApp(page);
  await expect(page.locator('#line-1-name')).toBeFocused();
  await type(page, '#line-1-name', 'Licence');
  await type(page, '#line-1-price', '1000');
  await page.getByRole('button', { name: 'Copy line 1 (Licence)' }).click();
  await expect(page.locator('#line-2-name')).toHaveValue('Licence (copy)');
  await expect(page.locator('#line-2-name')).toBeFocused();
  await expect(figure(page, '1', 'net')).toHaveText('$2,000.00');
  await page.getByRole('button', { name: 'Move line 2 (Licence (copy)) up' }).click();
  await expect(page.locator('tr.line-row').first()).toHaveAttribute('data-line', '2');
  await page.getByRole('button', { name: 'Remove line 1 (Licence (copy))' }).click();
  await expect(page.locator('tr.line-row')).toHaveCount(1);
  await expect(figure(page, '1', 'net')).toHaveText('$1,000.00');
  await expect(page.getByRole('button', { name: 'Remove line 1 (Licence)' })).toBeDisabled();
});

const invalidInputs = [
  // [field, text, message it must show]
  ['#line-1-price', '12.345', 'USD amounts have at most 2 decimal places; this has 3.'],
  ['#line-1-price', '1e5', 'exponents like 1e5 are not accepted'],
  ['#line-1-price', '-10', "This can't be negative."],
  ['#line-1-price', '1,2', 'In the 1,234.56 format, 1,2 is written 1.2.'],
  ['#line-1-price', '2.880,00', 'In the 1,234.56 format, 2.880,00 is written 2,880.00.'],
  ['#line-1-price', '2,88,0', 'thousands separators are in the wrong places'],
  ['#line-1-qty', '0', 'The quantity must be more than 0.'],
  ['#line-1-qty', 'ten', '“t” can\'t be part of a number.'],
  ['#line-1-margin', '100', 'A margin must be below 100 %'],
  ['#line-1-max-discount', '101', "A discount can't be more than 100 %."],
  ['#term-months', '0', 'The term must be at least 1 month.'],
  ['#term-months', '2.5', 'whole number of months'],
  ['#tax-rate', '5..5', 'more than one decimal separator'],
  ['#min-margin', '100', 'A margin must be below 100 %'],
  ['#walk-away', '99999999999999999999', 'largest accepted value'],
  ['#scenario-2-value', '150', "A discount can't be more than 100 %."],
  ['#band-1-limit', '1 0', 'thousands separators are in the wrong places'],
];

test('invalid text in every kind of field: message, stale figures, nothing lost', async ({ page, watched }) => {
  await openApp(page);
  await type(page, '#line-1-price', '1000');
  await page.selectOption('#line-1-cost-mode', 'margin');
  await type(page, '#line-1-margin', '60');
  await expect(figure(page, '1', 'net')).toHaveText('$1,000.00');
  for (const [selector, text, message] of invalidInputs) {
    const field = page.locator(selector);
    const before = await field.inputValue();
    // Pasted in one go: typed character by character, a valid prefix ("12.34")
    // would rightly update the figures first.
    await field.fill(text);
    await expect(field, `${selector} ${text}`).toHaveAttribute('aria-invalid', 'true');
    const described = await field.getAttribute('aria-describedby');
    await expect(page.locator(`#${described}`)).toContainText(message);
    // The typed text stays as typed; the last valid figures stay, marked out of date.
    await expect(field).toHaveValue(text);
    await expect(page.locator('.board .stale-notice')).toBeVisible();
    await expect(page.locator('.floor .stale-notice')).toBeVisible();
    await expect(figure(page, '1', 'net')).toHaveText('$1,000.00');
    await type(page, selector, before);
    await expect(field).toHaveAttribute('aria-invalid', 'false');
    await expect(page.locator('.stale-notice')).toHaveCount(0);
  }
});

test('keyboard only: enter a deal, add a line, read the best offer', async ({ page, watched }) => {
  await openApp(page);
  // The cursor starts in the first line's name.
  await expect(page.locator('#line-1-name')).toBeFocused();
  await page.keyboard.type('Platform licence');
  await page.keyboard.press('Tab'); // description
  await page.keyboard.press('Tab'); // kind
  await expect(page.locator('#line-1-kind')).toBeFocused();
  await page.keyboard.press('Tab'); // quantity
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('10');
  await page.keyboard.press('Tab'); // price
  await page.keyboard.type('500');
  await page.keyboard.press('Tab'); // cost mode
  await expect(page.locator('#line-1-cost-mode')).toBeFocused();
  // Focus is visible.
  const outline = await page.locator('#line-1-cost-mode').evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Tab'); // cost
  await page.keyboard.type('200');
  // Tab to "+ Add line" and press Enter: the new line takes the cursor.
  const addLine = page.getByRole('button', { name: '+ Add line' });
  for (let i = 0; i < 12 && !(await addLine.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(addLine).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#line-2-name')).toBeFocused();
  await page.keyboard.type('Onboarding');
  // Floor: reach the minimum margin field by keyboard and set 40 %.
  await page.locator('#min-margin').focus();
  await page.keyboard.type('40');
  // 10 × 500 = 5,000 list, cost 2,000: floor 2,000 / 0.6 = 3,333.34.
  await expect(figure(page, 'best', 'net')).toHaveText('$3,333.34');
  await expect(page.locator('[data-figure="floor-price"]')).toHaveText('$3,333.34');
});

test('axe-core finds no accessibility violation on the workspace', async ({ page, watched }) => {
  await openApp(page);
  await enterWorkedExample(page);
  await page.getByRole('button', { name: 'Set per-line discounts…' }).click();
  await type(page, '#line-1-price', '12.345'); // an error message on screen too
  expect(await axeViolations(page)).toEqual([]);
});

test('axe-core: dark mode has no contrast violation either', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(baseURL);
  await expect(page.locator('#workspace[data-ready="true"]')).toBeVisible();
  await enterWorkedExample(page);
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});

for (const width of [375, 1440]) {
  test(`no horizontal page scroll at ${width} px, workspace and offer`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(baseURL);
    await expect(page.locator('#workspace[data-ready="true"]')).toBeVisible();
    await enterWorkedExample(page);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow(), 'workspace').toBeLessThanOrEqual(0);
    await page.locator('#tab-offer').click();
    await expect(page.locator('#offer-document')).toBeVisible();
    expect(await overflow(), 'written offer').toBeLessThanOrEqual(0);
    await context.close();
  });
}
