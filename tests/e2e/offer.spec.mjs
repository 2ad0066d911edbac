// The written offer: printed to PDF (A4 and Letter) and read back with pdftotext,
// checked for content, for internal figures that must never appear, for literal
// user text, page counts and page numbers; the text copy; expiry and warnings.
import { mkdirSync } from 'node:fs';
import { test, expect, openApp } from './fixtures.mjs';
import { enterWorkedExample, figure, type, axeViolations, printPdf } from './helpers.mjs';

mkdirSync('artifacts', { recursive: true });

/** Prints the page to PDF and returns its text (pdftotext -layout) and page count. */
async function printToPdf(page, name, format) {
  return printPdf(page, `artifacts/${name}-${format}.pdf`, { format });
}

/** Fills the offer details the way a rep would. */
async function fillOfferDetails(page) {
  await page.locator('#tab-offer').click();
  await expect(page.locator('#offer-document')).toBeVisible();
  await type(page, '#seller-company', 'Contoso Software');
  await type(page, '#rep-name', 'Alex Rep');
  await type(page, '#rep-email', 'alex@contoso.example');
  await type(page, '#rep-phone', '+1 555 0100');
  await type(page, '#buyer-contact', 'Jordan Buyer');
  for (const [list, items] of [
    ['included', ['Onboarding workshop for 10 people', 'Standard support, business hours']],
    ['not-included', ['Data migration from the legacy system']],
    ['assumptions', ['Customer provides a test environment by 15 January']],
  ]) {
    for (const [i, item] of items.entries()) {
      await page.getByRole('button', { name: `+ Add to ${list.replace('-', ' ')}` }).click();
      await type(page, `#${list}-${i + 1}`, item);
    }
  }
  await page.locator('#best-and-final').check();
  await type(page, '#offer-note', 'All prices exclude travel.');
}

const amounts = (text) => new Set(text.match(/\$[\d,]+\.\d\d/g) ?? []);

test('the worked example prints as a complete offer on A4 and Letter, with no internal figure', async ({ page, watched }) => {
  await openApp(page);
  await enterWorkedExample(page);
  // Canary internal values: odd enough to appear nowhere by chance.
  await type(page, '#line-1-margin', '85.37'); // unit cost 175.56
  await type(page, '#line-3-cost', '95.13');
  await type(page, '#min-margin', '55.17');
  const internal = [
    '175.56', '95.13', '85.37', '55.17',
    await page.locator('[data-figure="floor-price"]').innerText(),
    await figure(page, 'best', 'headroom').innerText(),
    await figure(page, 'best', 'cost').innerText(),
    await figure(page, 'best', 'gross-profit').innerText(),
    await figure(page, 'best', 'margin').innerText(),
    await figure(page, 'best', 'markup').innerText(),
  ];
  const total = await figure(page, 'best', 'net').innerText();
  await type(page, '#customer', '<script>alert(1)</script> &amp; Sons');
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  await fillOfferDetails(page);
  const document = page.locator('#offer-document');
  await expect(page.locator('[data-offer="total"]')).toHaveText(total);
  const validThrough = (await page.locator('[data-offer="valid-through"]').innerText()).replace(' (end of day)', '');
  const number = await page.locator('[data-offer="number"]').innerText();
  const domText = await document.innerText();
  for (const value of internal) {
    expect(domText, `internal figure ${value} in the offer view`).not.toContain(value.replace('+', ''));
  }

  for (const format of ['A4', 'Letter']) {
    const { text, pages } = await printToPdf(page, 'worked-example', format);
    const flat = text.replace(/\s+/g, ' ');
    for (const expected of [
      total, 'Contoso Software', 'Alex Rep', 'alex@contoso.example', '+1 555 0100',
      '<script>alert(1)</script> &amp; Sons', 'Attention: Jordan Buyer', number,
      'Analytics Suite licence', 'Maintenance and support', 'Implementation',
      '$1,200.00', '$175.00', `Valid through ${validThrough} (end of day)`,
      'Payment terms', 'Net 30 days from invoice date.',
      'Included', 'Onboarding workshop for 10 people', 'Standard support, business hours',
      'Not included', 'Data migration from the legacy system',
      'Assumptions', 'Customer provides a test environment by 15 January',
      'This is our best and final offer.', 'All prices exclude travel.',
      'Acceptance', 'Accepted for <script>alert(1)</script> &amp; Sons:', 'Name', 'Title', 'Signature', 'Date',
      `Offer ${number}, revision 1`, `Page 1 of ${pages}`,
    ]) {
      // Headings print in capitals (CSS), so compare without case.
      expect(flat.toLowerCase(), `${format}: ${expected}`).toContain(expected.toLowerCase());
    }
    for (const value of internal) {
      expect(flat, `${format}: internal figure ${value} printed`).not.toContain(value.replace('+', ''));
    }
    // The editor and buttons do not print.
    expect(flat).not.toContain('Print or save as PDF');
    expect(flat).not.toContain('Your company');
    expect(pages, `${format} pages`).toBe(1);
  }

  // The copied text carries the same figures and items as the print.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.locator('#copy-offer').click();
  await expect(page.locator('.copy-status')).toHaveText(/Copied/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const { text: printed } = await printToPdf(page, 'worked-example-copy', 'A4');
  expect([...amounts(copied)].sort()).toEqual([...amounts(printed)].sort());
  for (const item of ['Onboarding workshop for 10 people', 'Data migration from the legacy system',
    'Customer provides a test environment by 15 January', 'This is our best and final offer.',
    'All prices exclude travel.', `Valid through: ${validThrough}`, '<script>alert(1)</script> &amp; Sons']) {
    expect(copied).toContain(item);
  }
});

test('a 40-line offer runs over pages with the offer number and page numbers on each', async ({ page, watched }) => {
  await openApp(page);
  for (let i = 1; i <= 40; i++) {
    if (i > 1) await page.getByRole('button', { name: '+ Add line' }).click();
    await page.fill(`#line-${i}-name`, `Module ${i}`);
    await page.fill(`#line-${i}-description`, `Component ${i} of the platform, with its documentation`);
    await page.fill(`#line-${i}-price`, String(1000 + i));
  }
  await type(page, '#customer', 'Fabrikam');
  // Prices with no floor set: no best offer to print, but what to set.
  await page.locator('#tab-offer').click();
  await expect(page.locator('.offer-preview .notice')).toContainText('Floor not set');
  await expect(page.locator('[data-offer="number"]')).toHaveCount(0);
  await page.locator('#tab-workspace').click();
  await type(page, '#walk-away', '30,000');
  await page.locator('#tab-offer').click();
  const number = await page.locator('[data-offer="number"]').innerText();
  for (const format of ['A4', 'Letter']) {
    const { text, pages } = await printToPdf(page, 'forty-lines', format);
    expect(pages, format).toBeGreaterThanOrEqual(2);
    expect(pages, format).toBeLessThanOrEqual(4);
    const perPage = text.split('\f').filter((p) => p.trim());
    expect(perPage.length).toBe(pages);
    perPage.forEach((pageText, i) => {
      expect(pageText, `${format} page ${i + 1}`).toContain(`Page ${i + 1} of ${pages}`);
      expect(pageText, `${format} page ${i + 1}`).toContain(`Offer ${number}, revision 1`);
    });
    for (let i = 1; i <= 40; i++) expect(text).toContain(`Module ${i}`);
    // The acceptance block is on the last page, whole.
    expect(perPage.at(-1).toLowerCase()).toContain('acceptance');
    expect(perPage.at(-1)).toContain('Signature');
  }
});

test('an expired offer is marked, and printing asks to renew or confirm', async ({ page, watched }) => {
  await openApp(page);
  await enterWorkedExample(page);
  await page.locator('#tab-offer').click();
  await page.evaluate(() => {
    window.__prints = 0;
    window.print = () => { window.__prints += 1; };
  });
  const yesterday = new Date(Date.now() - 86_400_000);
  const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const lastMonth = new Date(Date.now() - 40 * 86_400_000);
  await page.fill('#issue-date', iso(lastMonth));
  await page.fill('#valid-through', iso(yesterday));
  await expect(page.locator('.expired-notice')).toContainText('This offer expired on');
  await page.locator('#print-offer').click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('The offer expired on');
  expect(await page.evaluate(() => window.__prints)).toBe(0);
  await dialog.getByRole('button', { name: /Renew from today/ }).click();
  await expect(page.locator('.expired-notice')).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => window.__prints)).toBe(1);
  const in30 = new Date(Date.now() + 30 * 86_400_000);
  await expect(page.locator('#valid-through')).toHaveValue(iso(in30));
});

test('printing a scenario below the floor or above the rep band asks first', async ({ page, watched }) => {
  await openApp(page);
  await enterWorkedExample(page);
  await type(page, '#scenario-2-value', '45');
  await page.getByRole('button', { name: /Use in the offer: 45\s%\soff/ }).click();
  await expect(page.locator('th[data-column="2"] [data-offer-choice="chosen"]')).toBeVisible();
  await page.locator('#tab-offer').click();
  await expect(page.locator('[data-offer="total"]')).toHaveText('$34,100.00');
  await page.evaluate(() => {
    window.__prints = 0;
    window.print = () => { window.__prints += 1; };
  });
  await page.locator('#print-offer').click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('below your floor of $38,888.89');
  await expect(dialog).toContainText('needs approval by Sales director');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await page.evaluate(() => window.__prints)).toBe(0);
  await page.locator('#print-offer').click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Print anyway' }).click();
  expect(await page.evaluate(() => window.__prints)).toBe(1);
  // The best offer keeps the floor, but its 37.26 % discount still needs the director.
  await page.selectOption('#offer-choice', 'best');
  await page.locator('#print-offer').click();
  await expect(page.getByRole('alertdialog')).not.toContainText('below your floor');
  await expect(page.getByRole('alertdialog')).toContainText('needs approval by Sales director');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
  // The list price needs nobody's approval: it prints at once.
  await page.selectOption('#offer-choice', '1');
  await page.locator('#print-offer').click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  expect(await page.evaluate(() => window.__prints)).toBe(2);
});

test('axe-core finds no accessibility violation on the offer view', async ({ page, watched }) => {
  await openApp(page);
  await enterWorkedExample(page);
  await fillOfferDetails(page);
  await page.getByRole('button', { name: 'Show the text version' }).click();
  expect(await axeViolations(page)).toEqual([]);
});

test('tax said plainly: no rate says prices exclude tax (or include it), and per-line rounding follows to the cent', async ({ page, watched }) => {
  await openApp(page);
  await enterWorkedExample(page);
  await page.locator('#tab-offer').click();
  const notes = page.locator('#offer-document .doc-price-notes');
  await expect(notes).toContainText('All prices exclude tax.');
  await page.locator('#tab-workspace').click();
  await page.selectOption('#deal-tax-statement', { label: 'Prices include tax' });
  await page.locator('#tab-offer').click();
  await expect(notes).toContainText('All prices include tax.');
  await page.selectOption('#offer-language', 'de');
  await expect(notes).toContainText('Alle Preise inkl. der gesetzlichen MwSt.');
  await page.selectOption('#offer-language', 'en');

  // A rate of 19.6 %: 38,900.00 × 19.6 % = 7,624.40 on the total; line by line
  // 3,689.23 + 2,213.54 + 1,721.64 = 7,624.41.
  await page.locator('#tab-workspace').click();
  await type(page, '#tax-rate', '19.6');
  await expect(page.locator('#deal-tax-statement')).toHaveCount(0);
  await page.locator('#tab-offer').click();
  const doc = page.locator('#offer-document');
  await expect(doc).toContainText('Tax (19.60%)');
  await expect(doc.locator('.doc-totals')).toContainText('$46,524.40');
  await expect(notes).not.toContainText('tax');
  await page.locator('#tab-workspace').click();
  await page.selectOption('#deal-tax-rounding', { label: 'Per line, then summed' });
  await page.locator('#tab-offer').click();
  await expect(doc.locator('.doc-totals')).toContainText('$7,624.41');
  await expect(doc.locator('.doc-totals')).toContainText('$46,524.41');
  await expect(notes).toContainText('Tax is calculated and rounded line by line.');
  const { text } = await printPdf(page, 'artifacts/tax-per-line-A4.pdf');
  expect(text).toContain('Tax is calculated and rounded line by line.');
  expect(text).toMatch(/Total with tax\s+\$46,524\.41/);

  // Your details: the choice new proposals start with.
  await page.locator('#tab-profile').click();
  await page.selectOption('#profile-tax-statement', { label: 'Prices include tax' });
  await page.locator('#tab-proposals').click();
  await page.locator('#new-proposal').click();
  await expect(page.locator('#deal-tax-statement')).toHaveValue('Prices include tax');
});
