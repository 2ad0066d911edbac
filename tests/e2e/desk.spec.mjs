// The rep's desk: "Your details" filled once reaches every new proposal's printed
// offer (logo included) and a later change leaves those proposals alone; offer
// numbers follow the pattern; bad logos are refused; half-typed details stop new
// proposals; the catalogue is kept, searched and edited with undo.
import { mkdirSync } from 'node:fs';
import { test, expect, openApp } from './fixtures.mjs';
import { type, axeViolations, readPdf, storedFile, storeFile, storedChars } from './helpers.mjs';

mkdirSync('artifacts', { recursive: true });

/** A 4 × 4 PNG (blue), a real image the browser decodes. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGMQsemBIwbiOABeQw3BFt1k5gAAAABJRU5ErkJggg==',
  'base64',
);

/** Prints the page to PDF; returns its text and how many images it holds. */
function pdfFacts(path) {
  const { text, images } = readPdf(path);
  return { text: text.replace(/\s+/g, ' '), images };
}

async function fillProfile(page) {
  await page.locator('#tab-profile').click();
  await expect(page.locator('#profile[data-ready="true"]')).toBeVisible();
  await type(page, '#profile-company', 'Contoso Software');
  await type(page, '#profile-rep-name', 'Alex Rep');
  await type(page, '#profile-rep-title', 'Account executive');
  await type(page, '#profile-rep-email', 'alex@contoso.example');
  await type(page, '#profile-rep-phone', '+1 555 0100');
  await page.locator('#profile-address').fill('1 Harbour Street\nSpringfield');
  await page.locator('#profile-logo').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.locator('.logo-preview')).toBeVisible();
  await type(page, '#profile-min-margin', '30');
  await type(page, '#profile-validity-days', '14');
  await page.getByRole('button', { name: '+ Add to included' }).click();
  await type(page, '#profile-included-1', 'Onboarding workshop');
  await type(page, '#profile-number-pattern', 'Q{YYYY}-{SEQ:3}');
  await type(page, '#profile-next-sequence', '7');
  const year = new Date().getFullYear();
  await expect(page.locator('#profile-next-number')).toContainText(`Q${year}-007`);
}

async function newProposal(page) {
  await page.locator('#tab-proposals').click();
  await page.locator('#new-proposal').click();
  await expect(page.locator('#workspace[data-ready="true"]')).toBeVisible();
}

/** Prices line 1 so the offer has figures, and prints it. */
async function priceAndPrint(page, name) {
  await type(page, '#line-1-name', 'Analytics Suite');
  await type(page, '#line-1-price', '1000');
  await type(page, '#line-1-cost', '400');
  await page.locator('#tab-offer').click();
  await expect(page.locator('#offer-document')).toBeVisible();
  const path = `artifacts/desk-${name}.pdf`;
  await page.pdf({ path, format: 'A4', printBackground: true });
  return pdfFacts(path);
}

test('your details reach every new proposal and its printed offer; a later change leaves them alone', async ({ page, watched }) => {
  await openApp(page);
  // A first visit offers to start with your details.
  await page.locator('#first-visit-details').click();
  await expect(page.locator('#profile[data-ready="true"]')).toBeVisible();
  await fillProfile(page);
  await page.locator('#tab-workspace').click();
  await expect(page.locator('#workspace[data-ready="true"]')).toBeVisible();
  await expect(page.locator('#first-visit')).toHaveCount(0);
  const year = new Date().getFullYear();
  const printed = [];
  for (const name of ['first', 'second']) {
    await newProposal(page);
    // The profile's minimum margin is a floor set on purpose: a best offer at once.
    await expect(page.locator('#min-margin')).toHaveValue('30');
    printed.push(await priceAndPrint(page, name));
  }
  const [first, second] = printed;
  for (const [index, facts] of printed.entries()) {
    expect(facts.text).toContain(`Q${year}-00${7 + index}`);
    for (const text of ['Contoso Software', 'Alex Rep, Account executive', 'alex@contoso.example', '1 Harbour Street', 'Springfield', 'Onboarding workshop']) {
      expect(facts.text, text).toContain(text);
    }
    expect(facts.images, 'the logo is printed').toBe(1);
  }
  expect(first.text).not.toContain(`Q${year}-008`);
  expect(second.text).not.toContain(`Q${year}-007`);
  // 14 days of validity from today.
  const validThrough = await page.locator('[data-offer="valid-through"]').innerText();
  const expected = new Date(Date.now() + 14 * 86_400_000);
  expect(validThrough).toContain(String(expected.getDate()));

  // A later change of the profile: the proposals already made keep their copy.
  await page.locator('#tab-profile').click();
  await type(page, '#profile-company', 'Contoso Holdings');
  await page.locator('#tab-offer').click();
  await expect(page.locator('#offer-document')).toContainText('Contoso Software');
  await expect(page.locator('#offer-document')).not.toContainText('Contoso Holdings');
  // …until the rep asks for the new details.
  await page.locator('#use-my-details').click();
  await expect(page.locator('#offer-document')).toContainText('Contoso Holdings');

  // Everything is still there after a reload, which keeps the view.
  await page.reload();
  await expect(page.locator('#offer-page[data-ready="true"]')).toBeVisible();
  await page.locator('#tab-profile').click();
  await expect(page.locator('#profile-company')).toHaveValue('Contoso Holdings');
  await expect(page.locator('.logo-preview')).toBeVisible();
  await expect(page.locator('#profile-next-sequence')).toHaveValue('9');
});

test('a logo that is not an image, or too large, is refused with a message', async ({ page, watched }) => {
  await openApp(page);
  await page.locator('#tab-profile').click();
  const logo = page.locator('#profile-logo');
  await logo.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('<svg onload="alert(1)"></svg>') });
  await expect(page.locator('#profile-logo-error')).toHaveText('“logo.png”: This is not a PNG, JPEG or WebP image.');
  await expect(logo).toHaveAttribute('aria-invalid', 'true');
  // PNG bytes at the start, garbage after: the browser cannot draw it.
  await logo.setInputFiles({ name: 'broken.png', mimeType: 'image/png', buffer: Buffer.concat([PNG.subarray(0, 16), Buffer.alloc(64, 7)]) });
  await expect(page.locator('#profile-logo-error')).toHaveText('“broken.png” could not be read as an image (it may be damaged).');
  const big = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]);
  await logo.setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: big });
  await expect(page.locator('#profile-logo-error')).toHaveText('“huge.png” is too large for a logo (at most 256 KB).');
  await expect(page.locator('.logo-preview')).toHaveCount(0);
  await logo.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.locator('.logo-preview')).toBeVisible();
  await expect(page.locator('#profile-logo-error')).toHaveCount(0);
});

test('half-typed details or a broken number pattern stop a new proposal, and say what to fix', async ({ page, watched }) => {
  await openApp(page);
  await page.locator('#tab-profile').click();
  await type(page, '#profile-min-margin', '3O');
  await expect(page.locator('#profile-min-margin-error')).toBeVisible();
  await newProposalRefused(page, 'Your details: minimum margin');
  await page.locator('#tab-profile').click();
  await type(page, '#profile-min-margin', '30');
  await type(page, '#profile-number-pattern', 'BO-{YEAR}');
  await expect(page.locator('#profile-number-pattern-error')).toContainText('{YEAR} is not a known part');
  await newProposalRefused(page, 'offer number pattern');
  await page.locator('#tab-profile').click();
  await type(page, '#profile-number-pattern', 'BO-{SEQ}');
  await newProposal(page);
  await page.locator('#tab-offer').click();
  // The first proposal took sequence number 1.
  await expect(page.locator('#offer-number')).toHaveValue('BO-2');
});

async function newProposalRefused(page, says) {
  await page.locator('#tab-proposals').click();
  // The list is built on demand: counted once it is on screen.
  await expect(page.locator('#proposals[data-ready="true"]')).toBeVisible();
  const before = await page.locator('tr[data-proposal]').count();
  await page.locator('#new-proposal').click();
  await expect(page.getByRole('alert')).toContainText(says);
  await expect(page.locator('tr[data-proposal]')).toHaveCount(before);
}

test('the catalogue: add, edit, search, copy, delete and undo, kept across a reload', async ({ page, watched }) => {
  await openApp(page);
  await page.locator('#tab-catalogue').click();
  await expect(page.locator('#catalogue-count')).toHaveText('No items yet.');
  await page.locator('#add-item').click();
  const first = page.locator('.catalogue-item').first();
  const name = first.locator('input[id$="-name"]');
  await expect(name).toBeFocused();
  await name.pressSequentially('Analytics Suite licence');
  await first.locator('input[id$="-price"]').pressSequentially('1 200');
  await first.locator('select[id$="-cost-mode"]').selectOption('margin');
  await first.locator('input[id$="-margin"]').fill('85');
  await page.locator('#add-item').click();
  await page.locator('.catalogue-item').first().locator('input[id$="-name"]').pressSequentially('Onboarding workshop');
  await expect(page.locator('#catalogue-count')).toHaveText('2 items.');
  await page.locator('#catalogue-search').fill('suite');
  await expect(page.locator('#catalogue-count')).toHaveText('1 of 2 items match.');
  await page.getByRole('button', { name: 'Copy item “Analytics Suite licence”' }).click();
  await page.locator('#catalogue-search').fill('');
  await expect(page.locator('#catalogue-count')).toHaveText('3 items.');
  await page.getByRole('button', { name: 'Delete item “Onboarding workshop”' }).click();
  await expect(page.locator('#catalogue-count')).toHaveText('2 items.');
  await page.locator('#undo-remove-item').click();
  await expect(page.locator('#catalogue-count')).toHaveText('3 items.');
  // A half-typed price is kept as typed, with its message.
  const price = page.locator('.catalogue-item').nth(1).locator('input[id$="-price"]');
  await price.fill('12,3,4');
  await expect(price).toHaveAttribute('aria-invalid', 'true');
  await page.reload();
  await expect(page.locator('#catalogue[data-ready="true"]')).toBeVisible();
  await expect(page.locator('#catalogue-count')).toHaveText('3 items.');
  await expect(page.locator('.catalogue-item input[id$="-name"]').nth(0)).toHaveValue('Onboarding workshop');
  await expect(page.locator('.catalogue-item').nth(1).locator('input[id$="-price"]')).toHaveValue('12,3,4');
  await expect(page.locator('.catalogue-item').nth(2).locator('input[id$="-price"]')).toHaveValue('1,200.00');
  await expect(page.locator('.catalogue-item').nth(2).locator('input[id$="-margin"]')).toHaveValue('85');
});

for (const scheme of ['light', 'dark']) {
  test(`your details and the catalogue pass axe (${scheme})`, async ({ page, watched }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openApp(page);
    await page.locator('#tab-catalogue').click();
    await page.locator('#add-item').click();
    for (const tab of ['#tab-profile', '#tab-catalogue']) {
      await page.locator(tab).click();
      await page.screenshot({ path: `artifacts/desk-${tab.slice(5)}-${scheme}.png`, fullPage: true });
      expect(await axeViolations(page), tab).toEqual([]);
    }
  });
}

/** Adds a catalogue item through the Catalogue view (it goes to the top). */
async function addItem(page, { name, kind, price, cost, margin }) {
  await page.locator('#tab-catalogue').click();
  await page.locator('#add-item').click();
  const item = page.locator('.catalogue-item').first();
  await item.locator('input[id$="-name"]').pressSequentially(name);
  if (kind) await item.locator('select[id$="-kind"]').selectOption(kind);
  await item.locator('input[id$="-price"]').pressSequentially(price);
  if (margin) {
    await item.locator('select[id$="-cost-mode"]').selectOption('margin');
    await item.locator('input[id$="-margin"]').fill(margin);
  } else {
    await item.locator('input[id$="-cost"]').pressSequentially(cost);
  }
}

test('a product picked while typing fills the line; a catalogue change waits for "Update from catalogue"', async ({ page, watched }) => {
  await openApp(page);
  await addItem(page, { name: 'Analytics Suite licence', price: '1 200', margin: '85' });
  await addItem(page, { name: 'Onboarding workshop', kind: 'service', price: '175', cost: '95' });
  await page.locator('#tab-workspace').click();

  // Keyboard: type, arrow down, Enter.
  const name = page.locator('#line-1-name');
  await expect(name).toHaveAttribute('role', 'combobox');
  await name.pressSequentially('suite');
  await expect(name).toHaveAttribute('aria-expanded', 'true');
  const options = page.locator('#line-1-suggestions [role="option"]');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toContainText('Analytics Suite licence');
  await expect(options.first()).toContainText('$1,200.00');
  await name.press('ArrowDown');
  await expect(name).toHaveAttribute('aria-activedescendant', 'line-1-option-0');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await name.press('Enter');
  await expect(name).toHaveValue('Analytics Suite licence');
  await expect(name).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('#line-1-price')).toHaveValue('1,200.00');
  await expect(page.locator('#line-1-margin')).toHaveValue('85');
  await page.locator('#line-1-qty').fill('25');

  // Mouse: type, click.
  await page.getByRole('button', { name: '+ Add line' }).click();
  await page.locator('#line-2-name').pressSequentially('work');
  await page.locator('#line-2-suggestions [role="option"]').first().click();
  await expect(page.locator('#line-2-name')).toHaveValue('Onboarding workshop');
  await expect(page.locator('#line-2-kind')).toHaveValue('service');
  await expect(page.locator('#line-2-price')).toHaveValue('175.00');
  await expect(page.locator('#line-2-cost')).toHaveValue('95.00');
  // Escape closes the suggestions and keeps what was typed.
  await page.getByRole('button', { name: '+ Add line' }).click();
  await page.locator('#line-3-name').pressSequentially('Onb');
  await expect(page.locator('#line-3-name')).toHaveAttribute('aria-expanded', 'true');
  await page.locator('#line-3-name').press('Escape');
  await expect(page.locator('#line-3-name')).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('#line-3-name')).toHaveValue('Onb');

  // Enter alone picks the first suggestion; the quantity then takes the cursor,
  // selected, so typing replaces its 1.
  await page.getByRole('button', { name: '+ Add line' }).click();
  await page.locator('#line-4-name').pressSequentially('work');
  await expect(page.locator('#line-4-name')).toHaveAttribute('aria-expanded', 'true');
  await page.locator('#line-4-name').press('Enter');
  await expect(page.locator('#line-4-name')).toHaveValue('Onboarding workshop');
  await expect(page.locator('#line-4-qty')).toBeFocused();
  await page.keyboard.type('3');
  await expect(page.locator('#line-4-qty')).toHaveValue('3');
  await page.locator('#line-4-qty').press('Tab');
  await page.getByRole('button', { name: /^Remove line 4/ }).click();

  // The catalogue changes: the line does not, until the rep confirms.
  await page.locator('#tab-catalogue').click();
  await page.locator('#catalogue-search').fill('suite');
  const suite = page.locator('.catalogue-item').first();
  await suite.locator('input[id$="-price"]').fill('1,300');
  await page.locator('#tab-workspace').click();
  await expect(page.locator('#line-1-price')).toHaveValue('1,200.00');
  const update = page.locator('#line-1-update-from-item');
  await expect(update).toHaveText('Update from catalogue (1 change)');
  await update.click();
  const changes = page.locator('#line-1-catalogue-changes');
  await expect(changes).toContainText('Unit list price: $1,200.00 → $1,300.00');
  await changes.getByRole('button', { name: 'Keep the line as it is' }).click();
  await expect(page.locator('#line-1-price')).toHaveValue('1,200.00');
  await update.click();
  await page.locator('#line-1-confirm-update').click();
  await expect(page.locator('#line-1-price')).toHaveValue('1,300.00');
  await expect(page.locator('#line-1-qty')).toHaveValue('25');
  await expect(page.locator('#line-1-update-from-item')).toHaveCount(0);

  // "Save to catalogue" updates the item the line came from.
  await page.locator('#line-2-price').fill('180');
  await page.locator('#line-2-save-item').click();
  await expect(page.getByRole('alert')).toContainText('Updated “Onboarding workshop” in the catalogue.');
  await page.locator('#tab-catalogue').click();
  await page.locator('#catalogue-search').fill('workshop');
  await expect(page.locator('.catalogue-item').first().locator('input[id$="-price"]')).toHaveValue('180.00');
  // …and adds a new item for a line typed by hand.
  await page.locator('#tab-workspace').click();
  await page.locator('#line-3-save-item').click();
  await expect(page.getByRole('alert')).toContainText('Added “Onb” to the catalogue.');
});

test('a 1,000-row price list with 20 bad rows: the preview names exactly those 20, and nothing changes until confirmed', async ({ page, watched }) => {
  await openApp(page);
  await page.locator('#tab-catalogue').click();
  // Semicolons and the 1.234,56 format, as a German spreadsheet exports them.
  const rows = ['Name;Description;Kind;List price;Cost;Margin'];
  const bad = new Map();
  for (let i = 1; i <= 1000; i++) {
    const row = i + 1; // the header is row 1
    if (i % 50 === 7) {
      const kinds = [
        [`Item ${i};;one-time;12,3,4;5;`, 'list price:'],
        [`;no name;one-time;10;5;`, 'the name is empty'],
        [`Item ${i};;gadget;10;5;`, 'kind: “gadget”'],
        [`Item ${i};;one-time;10;5;50`, 'both a cost and a margin'],
      ];
      const [text, reason] = kinds[bad.size % kinds.length];
      rows.push(text);
      bad.set(row, reason);
    } else {
      rows.push(`Item ${i};Seat licence ${i};per year;${1000 + i},50;;${60 + (i % 30)}`);
    }
  }
  expect(bad.size).toBe(20);
  await page.locator('#price-list-file').setInputFiles({ name: 'prices.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\r\n')) });
  await expect(page.locator('#price-list-summary')).toHaveText('1000 rows: 980 items can be imported (980 new, 0 already in the catalogue, updated).');
  await expect(page.locator('#price-list-format')).toContainText('as detected (1.234.567,89)');
  await expect(page.locator('#price-list-problems-summary')).toHaveText('20 rows cannot be read and will be left out:');
  const listed = await page.locator('#price-list-problems tbody tr').evaluateAll((trs) => trs.map((tr) => [Number(tr.cells[0].textContent), tr.cells[2].textContent]));
  expect(listed.map(([row]) => row)).toEqual([...bad.keys()]);
  for (const [row, reason] of listed) expect(reason, `row ${row}`).toContain(bad.get(row));
  // Nothing is in the catalogue yet; Cancel leaves it so.
  await expect(page.locator('#catalogue-count')).toHaveText('No items yet.');
  await page.locator('#price-list-cancel').click();
  await expect(page.locator('#catalogue-count')).toHaveText('No items yet.');
  // Again, and confirmed.
  await page.locator('#price-list-file').setInputFiles({ name: 'prices.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\r\n')) });
  await page.locator('#price-list-confirm').click();
  await expect(page.getByRole('alert')).toContainText('Price list imported: 980 items added, 0 updated.');
  await expect(page.locator('#catalogue-count')).toHaveText('980 items.');
  await page.locator('#catalogue-search').fill('Item 999');
  const item = page.locator('.catalogue-item').first();
  await expect(item.locator('input[id$="-price"]')).toHaveValue('1,999.50');
  await expect(item.locator('input[id$="-margin"]')).toHaveValue('69');
  await expect(item.locator('select[id$="-kind"]')).toHaveValue('recurring-yearly');

  // Exported and imported again: every item updates itself, none is added.
  const download = page.waitForEvent('download');
  await page.locator('#export-catalogue').click();
  const file = await download;
  const path = await file.path();
  await page.locator('#price-list-file').setInputFiles(path);
  await expect(page.locator('#price-list-summary')).toHaveText('980 rows: 980 items can be imported (0 new, 980 already in the catalogue, updated).');
  await expect(page.locator('#price-list-problems')).toHaveCount(0);
});

test('a price list exported from a German spreadsheet imports its four rows', async ({ page, watched }) => {
  await openApp(page);
  await page.locator('#tab-catalogue').click();
  const csv = [
    'Name;Beschreibung;Art;Listenpreis;Kosten',
    'Analytics Suite;Lizenz je Nutzer;einmalig;1.200,00;180,00',
    'Cloud-Speicher;1 TB;jährlich;480,00;120,00',
    'Support;Telefon und E-Mail;monatlich;99,00;30,00',
    'Einführung;Workshop, 2 Tage;Dienstleistung;2.400,00;1.100,00',
  ].join('\r\n');
  await page.locator('#price-list-file').setInputFiles({ name: 'Preisliste.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.locator('#price-list-summary')).toHaveText('4 rows: 4 items can be imported (4 new, 0 already in the catalogue, updated).');
  await expect(page.locator('#price-list-problems')).toHaveCount(0);
  await page.locator('#price-list-confirm').click();
  await expect(page.locator('#catalogue-count')).toHaveText('4 items.');
  await page.locator('#catalogue-search').fill('Einführung');
  const item = page.locator('.catalogue-item').first();
  await expect(item.locator('input[id$="-price"]')).toHaveValue('2,400.00');
  await expect(item.locator('select[id$="-kind"]')).toHaveValue('service');
});

test('a price list too large is refused; one whose headers do not say its columns gets a column-matching step', async ({ page, watched }) => {
  await openApp(page);
  await page.locator('#tab-catalogue').click();
  const big = Buffer.concat([Buffer.from('name,list price,cost\n'), Buffer.alloc(5 * 1024 * 1024, 'a')]);
  await page.locator('#price-list-file').setInputFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer: big });
  await expect(page.locator('#price-list-refused')).toHaveText('“huge.csv” is too large to be a price list (at most 2 MB).');
  // Headers no name says: each is shown with a choice and its first rows.
  const csv = 'Artikeltext;VK netto;EK;Farbe\nAnalytics Suite;1.200,00;300,00;blau\nWorkshop;1.500,00;900,00;rot\n';
  await page.locator('#price-list-file').setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const matching = page.locator('.column-matching');
  await expect(matching).toBeVisible();
  await expect(page.locator('#column-matching-problem')).toContainText('The header row needs the columns name, list price, cost or margin; it has: Artikeltext, VK netto, EK, Farbe.');
  await expect(matching.locator('.sample-row').first()).toContainText('Analytics Suite');
  await expect(page.locator('#price-list-confirm')).toBeDisabled();
  await page.selectOption('#price-list-column-0', { label: 'Name' });
  await page.selectOption('#price-list-column-1', { label: 'List price' });
  await expect(page.locator('#column-matching-problem')).toContainText('cost or margin');
  await page.selectOption('#price-list-column-2', { label: 'Cost' });
  // Read with those columns: the first rows as they will be imported.
  await expect(page.locator('#column-matching-problem')).toHaveCount(0);
  await expect(page.locator('#price-list-summary')).toContainText('2 rows: 2 items can be imported');
  const first = page.locator('#price-list-first-rows');
  await expect(first.locator('tbody tr')).toHaveCount(2);
  await expect(first.locator('tbody tr').first()).toContainText('Analytics Suite');
  await expect(first.locator('tbody tr').first()).toContainText('$1,200.00');
  await expect(first.locator('tbody tr').first()).toContainText('$300.00');
  expect(await axeViolations(page)).toEqual([]);
  await page.locator('.price-list-preview').screenshot({ path: 'artifacts/price-list-matching.png' });
  await expect(page.locator('#catalogue-count')).toHaveText('No items yet.');
  await page.locator('#price-list-confirm').click();
  await expect(page.locator('#catalogue-count')).toHaveText('2 items.');
});

test('storage: how much fits, and a warning before it runs out', async ({ page, watched }) => {
  test.setTimeout(120_000);
  await openApp(page);
  // The browser's capacity for this site, in characters (one key, nothing else).
  const capacity = await page.evaluate(() => {
    const saved = Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)]));
    localStorage.clear();
    let lo = 0;
    let hi = 12 * 1024 * 1024;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      try {
        localStorage.setItem('p', 'a'.repeat(mid));
        lo = mid;
      } catch {
        hi = mid - 1;
      }
    }
    localStorage.clear();
    for (const [k, v] of Object.entries(saved)) localStorage.setItem(k, v);
    return lo + 1; // the key's one character
  });
  const file = () => storedFile(page);
  const stored = () => storedChars(page);
  // How much `action` adds to storage, once the file says it is done (`done` of the
  // stored file): a condition, not a pause.
  const saved = async (action, done) => {
    const before = await stored();
    await action();
    await expect.poll(async () => done(await file())).toBe(true);
    return (await stored()) - before;
  };
  // A typical proposal: the worked example, copied.
  const { enterWorkedExample } = await import('./helpers.mjs');
  await enterWorkedExample(page);
  await expect.poll(async () => (await file())?.proposals?.[0]?.proposal?.deal?.nice_step).toBe('100');
  await page.locator('#tab-proposals').click();
  const count = (await file()).proposals.length;
  const proposal = await saved(() => page.getByRole('button', { name: /^Copy / }).first().click(), (f) => f.proposals.length === count + 1);
  // A typical catalogue item, as a price list brings it.
  await page.locator('#tab-catalogue').click();
  const rows = ['name,description,kind,list price,cost'];
  for (let i = 1; i <= 100; i++) rows.push(`Analytics seat licence ${i},Named user (billed yearly),per year,${1000 + i}.50,${400 + i}`);
  await page.locator('#price-list-file').setInputFiles({ name: 'p.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
  const items = await saved(() => page.locator('#price-list-confirm').click(), (f) => f.desk.catalogue.length === 100);
  const item = items / 100;
  console.log(`BENCH storage: capacity ${capacity} characters; the worked-example proposal takes ${proposal}, a catalogue item ${Math.round(item)}: about ${Math.floor(capacity / proposal)} proposals, or ${Math.floor(capacity / item)} items, fit`);
  expect(capacity).toBe(5 * 1024 * 1024);

  // Nearly full: the rep is warned, with what to do.
  const full = await file();
  {
    const long = 'x'.repeat(900);
    full.desk.catalogue = Array.from({ length: 4300 }, (_, i) => ({
      id: `big-${i}`,
      terms: {
        name: `Item ${i}`, description: long, kind: 'one-time', unit_list_price: '10',
        cost: { basis: 'unit-cost', value: '5' }, discountable: true, max_discount: null, maintenance_rate: '0',
      },
    }));
  }
  await storeFile(page, full);
  await page.reload();
  await expect(page.locator('#catalogue[data-ready="true"]')).toBeVisible();
  await page.locator('#tab-workspace').click();
  await page.locator('#customer').fill('Fabrikam');
  await expect(page.getByRole('alert')).toContainText(/Browser storage is (8\d|9\d) % full\. Export your proposals now/);
});

test('export everything, import it in a fresh browser: your details, the logo and the catalogue come along', async ({ page, browser, baseURL, watched }) => {
  await openApp(page);
  await fillProfile(page);
  await addItem(page, { name: 'Analytics Suite licence', price: '1 200', margin: '85' });
  await page.locator('#tab-proposals').click();
  const download = page.waitForEvent('download');
  await page.locator('#export-all').click();
  const path = 'artifacts/export-desk.json';
  await (await download).saveAs(path);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(baseURL);
  await other.locator('#tab-proposals').click();
  await other.locator('#import-file').setInputFiles(path);
  await expect(other.getByRole('alert')).toContainText('Catalogue: 1 added, 0 updated. Your details were taken from the file.');
  await other.locator('#tab-profile').click();
  await expect(other.locator('#profile-company')).toHaveValue('Contoso Software');
  await expect(other.locator('.logo-preview')).toBeVisible();
  await other.locator('#tab-catalogue').click();
  await expect(other.locator('#catalogue-count')).toHaveText('1 item.');
  // Imported again over details of its own: they are kept.
  await other.locator('#tab-profile').click();
  await type(other, '#profile-company', 'Fabrikam');
  await other.locator('#tab-proposals').click();
  await other.locator('#import-file').setInputFiles(path);
  await other.getByRole('alertdialog').getByRole('button', { name: 'Replace' }).click();
  await expect(other.getByRole('alert')).toContainText('Your details were kept');
  await other.locator('#tab-profile').click();
  await expect(other.locator('#profile-company')).toHaveValue('Fabrikam');
  await fresh.close();
});
