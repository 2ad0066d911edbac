// What the customer asked for, answered in writing: a requirement typed in the
// customer's words reaches the printed PDF in each of the five languages with its
// answer and the lines that meet it, never the rep's internal note; one still to
// confirm prints as an open question, and marking the offer best and final or as
// sent lists the open ones first. The text version, the customer link's page and
// the acceptance email carry them; the catalogue suggests the lines that meet one.
import { mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { test, expect, openApp } from './fixtures.mjs';
import { axeViolations, enterWorkedExample, printPdf, type } from './helpers.mjs';

mkdirSync('artifacts', { recursive: true });

/** Each language's word for "met", for an open question and its section's title. */
const WORDS = {
  en: { met: 'Met', open: 'Open question', title: 'Your requirements and how this offer meets them', metBy: 'Met by:' },
  de: { met: 'Erfüllt', open: 'Offene Frage', title: 'Ihre Anforderungen und wie dieses Angebot sie erfüllt', metBy: 'Erfüllt durch:' },
  fr: { met: 'Satisfait', open: 'Question ouverte', title: 'Vos besoins et la réponse de cette offre', metBy: 'Couvert par :' },
  es: { met: 'Cumplido', open: 'Pregunta abierta', title: 'Sus requisitos y cómo los cumple esta oferta', metBy: 'Cubierto por:' },
  nl: { met: 'Voldaan', open: 'Open vraag', title: 'Uw eisen en hoe deze offerte daaraan voldoet', metBy: 'Voldaan door:' },
};

/** Adds a requirement on the offer view: the cursor lands in it; returns its id. */
async function addRequirement(page, text) {
  await page.locator('#add-requirement').click();
  const field = page.locator('.requirement-list .requirement').last().locator('input[id$="-text"]');
  await expect(field).toBeFocused();
  await page.keyboard.type(text);
  return (await field.getAttribute('id')).replace(/^requirement-(\d+)-text$/, '$1');
}

/** pdftotext's layout joins words with runs of spaces and breaks long cells: one
 * space between words, so a phrase can be looked for. */
const flat = (text) => text.replace(/\s+/g, ' ');

test('a typed requirement reaches the printed offer in each language with its answer, never the internal note', async ({ page, watched }) => {
  await openApp(page);
  await enterWorkedExample(page);
  await page.locator('#tab-offer').click();
  await type(page, '#rep-email', 'alex@contoso.example');
  const sap = await addRequirement(page, 'Integrates with SAP S/4HANA');
  await page.selectOption(`#requirement-${sap}-answer`, 'met');
  await page.locator(`#requirement-${sap}-line-1`).check();
  await type(page, `#requirement-${sap}-response`, 'Through the standard connector.');
  await type(page, `#requirement-${sap}-note`, 'Connector is bundled CANARY-NOTE');
  const golive = await addRequirement(page, 'Go-live by 1 March');
  await type(page, `#requirement-${golive}-response`, 'Which environment goes live first?');
  await expect(page.locator('#open-questions-count')).toHaveText('1 requirement is still to confirm.');

  const doc = page.locator('#offer-document');
  await expect(doc.locator('[data-offer-requirement]')).toHaveCount(2);
  await expect(doc.locator('[data-offer="open-questions"]')).toContainText('One requirement is still to be confirmed');
  await expect(doc).not.toContainText('CANARY');

  for (const [code, words] of Object.entries(WORDS)) {
    await page.selectOption('#offer-language', code);
    await expect(doc).toHaveAttribute('lang', code);
    const { text, pages } = await printPdf(page, `artifacts/requirements-${code}-A4.pdf`);
    const printed = flat(text);
    expect(pages, code).toBeLessThanOrEqual(2);
    for (const expected of [words.title, 'Integrates with SAP S/4HANA', words.met, 'Through the standard connector.',
      `${words.metBy} Analytics Suite licence`.replace(/\s+/g, ' '), 'Go-live by 1 March', words.open, 'Which environment goes live first?']) {
      // Headings print in capitals (CSS): compared without case.
      expect(printed.toLowerCase(), `${code}: ${expected}`).toContain(expected.toLowerCase());
    }
    expect(printed).not.toContain('CANARY');
    if (code === 'de') execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', `artifacts/requirements-de-A4.pdf`, 'artifacts/requirements-de-A4']);
  }
  await page.selectOption('#offer-language', 'en');

  // The text version says them too, and the acceptance confirms that understanding.
  await page.getByRole('button', { name: 'Show the text version' }).click();
  const plain = await page.locator('#offer-text').inputValue();
  expect(plain).toContain('  1. Integrates with SAP S/4HANA\n     Met — Through the standard connector. — Met by: Analytics Suite licence');
  expect(plain).toContain('  2. Go-live by 1 March\n     Open question — Which environment goes live first?');
  expect(plain).toContain('By accepting, you confirm that your requirements are listed above as you meant them.');
  expect(plain).not.toContain('CANARY');

  // Best and final lists the open question first; the rep may go on with it open.
  // (a click: the box stays clear until the rep decides)
  await page.locator('#best-and-final').click();
  const final = page.locator('#open-questions-final');
  await expect(final).toBeVisible();
  await expect(final).toContainText('Go-live by 1 March — Which environment goes live first?');
  await expect(page.locator('#best-and-final')).not.toBeChecked();
  await final.getByRole('button', { name: 'Best and final with 1 open question' }).click();
  await expect(page.locator('#best-and-final')).toBeChecked();
  await expect(doc.locator('.doc-final')).toBeVisible();

  // Mark as sent lists it too: "Answer them first" takes the cursor to its answer.
  await page.locator('#mark-sent').click();
  const sent = page.locator('#open-questions-sent');
  await expect(sent).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'artifacts/requirements-open-questions.png', fullPage: false });
  await sent.getByRole('button', { name: 'Answer them first' }).click();
  await expect(page.locator(`#requirement-${golive}-answer`)).toBeFocused();
  await expect(page.locator('#offer-status')).toHaveText('Draft');
  await page.locator('#mark-sent').click();
  await page.locator('#open-questions-sent').getByRole('button', { name: 'Mark as sent with 1 open question' }).click();
  await expect(page.locator('#offer-status')).toHaveText('Sent');

  // The customer's link carries them, and so does the acceptance email.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.locator('#copy-link').click();
  await expect(page.locator('[data-link-length]')).toContainText('Customer link copied');
  const address = await page.evaluate(() => navigator.clipboard.readText());
  const customer = await page.context().newPage();
  await customer.goto(address);
  await expect(customer.locator('#link-page')).toHaveAttribute('data-ready', 'true');
  const linked = customer.locator('#offer-document');
  await expect(linked.locator('[data-offer-requirement]')).toHaveCount(2);
  await expect(linked).toContainText('Integrates with SAP S/4HANA');
  await expect(linked).not.toContainText('CANARY');
  const mailto = decodeURIComponent(await customer.locator('#link-accept').getAttribute('href'));
  expect(mailto).toContain('1. Integrates with SAP S/4HANA — Met\n2. Go-live by 1 March — Open question\n');
  expect(mailto).toContain('you confirm that your requirements are listed above');
  await customer.setViewportSize({ width: 375, height: 800 });
  await customer.screenshot({ path: 'artifacts/requirements-link-375.png', fullPage: true });
  await customer.close();
});

test('the catalogue suggests the line that meets a requirement; requirements move and come back after removal', async ({ page, watched }) => {
  await openApp(page);
  await page.locator('#tab-catalogue').click();
  await page.locator('#add-item').click();
  const item = page.locator('.catalogue-item').first();
  await item.locator('input[id$="-name"]').pressSequentially('Integration pack');
  await item.locator('input[id$="-provides"]').pressSequentially('SAP connector, single sign-on');
  await item.locator('input[id$="-price"]').pressSequentially('5 000');
  await item.locator('input[id$="-cost"]').pressSequentially('1 000');
  await page.locator('#tab-workspace').click();
  await page.locator('#line-1-name').pressSequentially('integ');
  await page.locator('#line-1-name').press('Enter');
  await expect(page.locator('#line-1-name')).toHaveValue('Integration pack');
  await type(page, '#min-margin', '20');

  await page.locator('#tab-offer').click();
  const sso = await addRequirement(page, 'Single sign-on with Azure AD');
  const row = page.locator(`[data-requirement="${sso}"]`);
  await expect(row.locator('.suggestion')).toContainText('The catalogue says “Integration pack” may meet this.');
  await row.getByRole('button', { name: 'Mark as met by it' }).click();
  await expect(page.locator(`#requirement-${sso}-answer`)).toHaveValue('met');
  await expect(page.locator(`#requirement-${sso}-line-1`)).toBeChecked();
  await expect(page.locator('#offer-document [data-offer-requirement="0"]')).toContainText('Met by: Integration pack');

  // Reorder and remove with undo, the order kept in the printed table.
  const users = await addRequirement(page, '50 named users');
  await page.getByRole('button', { name: 'Move Requirement 2 up' }).click();
  await expect(page.locator('#offer-document [data-offer-requirement="0"]')).toContainText('50 named users');
  await page.getByRole('button', { name: 'Remove Requirement 1' }).click();
  await expect(page.locator('#undo-remove-requirement')).toBeVisible();
  await expect(page.locator('#requirements')).toContainText('Removed requirement 1 “50 named users”');
  await expect(page.locator(`[data-requirement="${users}"]`)).toHaveCount(0);
  await page.locator('#undo-remove-requirement').click();
  await expect(page.locator(`#requirement-${users}-text`)).toHaveValue('50 named users');

  // Kept across a reload.
  await page.reload();
  await page.locator('#tab-offer').click();
  await expect(page.locator(`#requirement-${sso}-text`)).toHaveValue('Single sign-on with Azure AD');
  await expect(page.locator(`#requirement-${sso}-answer`)).toHaveValue('met');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.locator('#requirements').screenshot({ path: 'artifacts/requirements-editor-1280.png' });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.locator('#requirements').screenshot({ path: 'artifacts/requirements-editor-375.png' });
  expect(await axeViolations(page)).toEqual([]);
});
