// The rep's desk: "Your details" filled once reaches every new proposal's printed
// offer (logo included) and a later change leaves those proposals alone; offer
// numbers follow the pattern; bad logos are refused; half-typed details stop new
// proposals; the catalogue is kept, searched and edited with undo.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, openApp } from './fixtures.mjs';
import { type } from './helpers.mjs';

mkdirSync('artifacts', { recursive: true });

/** A 4 × 4 PNG (blue), a real image the browser decodes. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGMQsemBIwbiOABeQw3BFt1k5gAAAABJRU5ErkJggg==',
  'base64',
);

/** Prints the page to PDF; returns its text and how many images it holds. */
function pdfFacts(path) {
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  const images = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((line) => line.trim()).length;
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
  await fillProfile(page);
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

  // Everything is still there after a reload.
  await page.reload();
  await expect(page.locator('#workspace[data-ready="true"]')).toBeVisible();
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
  await expect(page.locator('[data-offer="number"]')).toHaveText('BO-1');
});

async function newProposalRefused(page, says) {
  await page.locator('#tab-proposals').click();
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
  await expect(page.locator('#workspace[data-ready="true"]')).toBeVisible();
  await page.locator('#tab-catalogue').click();
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
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    }
  });
}
