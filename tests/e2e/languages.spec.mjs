// The written offer in the customer's language: the worked example printed in
// German, French, Spanish and Dutch is one A4 page with no English fixed text left
// (a list of English words that must not appear, less the words each language
// shares), its numbers and dates in that language's format, its page margins in that
// language; the text version and the customer link's page too. The workspace stays
// in English, and the profile's language is the one new proposals start with.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { test, expect, openApp } from './fixtures.mjs';
import { enterWorkedExample, type, printPdf } from './helpers.mjs';

mkdirSync('artifacts', { recursive: true });

/** English words of the offer's fixed texts that must not appear in another language. */
const ENGLISH = [
  'offer', 'valid', 'through', 'issued', 'prepared', 'subject', 'term', 'prices', 'item',
  'qty', 'unit', 'list', 'price', 'discount', 'net', 'amount', 'total', 'one-time', 'year',
  'years', 'month', 'months', 'recurring', 'first-year', 'tax', 'with', 'payment', 'terms',
  'included', 'not', 'assumptions', 'best', 'final', 'acceptance', 'accepted', 'signature',
  'title', 'name', 'fingerprint', 'end', 'day', 'december', 'january', 'march', 'print',
  'save', 'email', 'seller', 'expired', 'written', 'hello', 'accept', 'link', 'shows', 'from',
  'days', 'invoice', 'date', 'page', 'of',
];

/** What each language writes: words it shares with English, its total, months and pages. */
const LANGUAGES = {
  de: {
    name: 'German', shares: ['name', 'link'], total: /38\.900,00\s\$/, page: 'Seite 1 von 1', title: 'Angebot',
    months: ['Januar', 'Dezember'], tax: /MwSt\. \(19,00\s%\)/, included: 'Einführungsworkshop',
    accept: 'Per E-Mail annehmen', subject: 'Annahme des Angebots',
  },
  fr: {
    name: 'French', shares: ['total', 'net', 'signature', 'date', 'page'], total: /38\s900,00\s\$/, page: 'Page 1 sur 1', title: 'Offre',
    months: ['janvier', 'décembre'], tax: /TVA \(19,00\s%\)/, included: 'Atelier de démarrage',
    accept: 'Accepter par e-mail', subject: 'Acceptation de l’offre',
  },
  es: {
    name: 'Spanish', shares: ['total'], total: /38\.900,00\s\$/, page: 'Página 1 de 1', title: 'Oferta',
    months: ['enero', 'diciembre'], tax: /IVA \(19,00\s%\)/, included: 'Taller de puesta en marcha',
    accept: 'Aceptar por correo electrónico', subject: 'Aceptación de la oferta',
  },
  nl: {
    name: 'Dutch', shares: ['december', 'link', 'of'], total: /38\.900,00\s\$/, page: 'Pagina 1 van 1', title: 'Offerte',
    months: ['januari', 'december'], tax: /Btw \(19,00%\)/, included: 'Startworkshop',
    accept: 'Akkoord geven per e-mail', subject: 'Akkoord op offerte',
  },
};

/** What the rep typed: the customer's and the seller's own words, not fixed text. */
const TYPED = ['Northwind Traders', 'Analytics rollout', 'Analytics Suite licence', 'Maintenance and support',
  'Implementation', 'Contoso Software', 'Alex Rep', 'alex@contoso.example', 'Best Offer'];

/** The English words left in `text`, with the rep's own texts taken out. */
function englishLeft(text, code) {
  let rest = text;
  for (const typed of [...TYPED, ...Object.values(LANGUAGES).map((l) => l.included)]) rest = rest.split(typed).join(' ');
  const words = rest.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  return [...new Set(words.filter((w) => ENGLISH.includes(w) && !LANGUAGES[code].shares.includes(w)))];
}

async function printToPdf(page, name) {
  return printPdf(page, `artifacts/${name}-A4.pdf`);
}

for (const [code, language] of Object.entries(LANGUAGES)) {
  test(`the worked example printed in ${language.name} is one A4 page with no English fixed text and ${code} numbers`, async ({ page, watched }) => {
    await openApp(page);
    await enterWorkedExample(page);
    await type(page, '#tax-rate', '19');
    await page.locator('#tab-offer').click();
    await type(page, '#seller-company', 'Contoso Software');
    await type(page, '#rep-name', 'Alex Rep');
    await type(page, '#rep-email', 'alex@contoso.example');
    await page.selectOption('#offer-language', code);
    await expect(page.locator('#offer-number-format')).toHaveValue('language');
    await page.getByRole('button', { name: '+ Add to included' }).click();
    await type(page, '#included-1', language.included);
    await page.locator('#best-and-final').check();
    const doc = page.locator('#offer-document');
    await expect(doc).toHaveAttribute('lang', code);
    await expect(page.locator('.doc-title')).toHaveText(language.title);
    // The workspace stays in English.
    await expect(page.locator('#tab-offer')).toHaveText(/Written offer|Offer/);
    await expect(page.locator('#print-offer')).toContainText('Print');

    const { text, pages } = await printToPdf(page, `offer-${code}`);
    expect(pages).toBe(1);
    expect(englishLeft(text, code)).toEqual([]);
    expect(text).toMatch(language.total);
    expect(text).not.toContain('38,900.00');
    expect(text).toMatch(language.tax);
    expect(text).toContain(language.page);
    expect(text).toContain(language.months[1]);
    // Payment terms at the default follow the language; the typed item is printed as typed.
    expect(text).toContain(language.included);
    execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', `artifacts/offer-${code}-A4.pdf`, `artifacts/offer-${code}-A4`]);

    // The text version too.
    await page.getByRole('button', { name: 'Show the text version' }).click();
    const plain = await page.locator('#offer-text').inputValue();
    expect(englishLeft(plain, code)).toEqual([]);
    expect(plain).toMatch(language.total);

    // The preview on screen.
    expect(englishLeft(await doc.innerText(), code)).toEqual([]);
  });
}

test('a customer link carries the language: its page, print margins and acceptance email are in it', async ({ page, browser, watched }) => {
  await openApp(page);
  await enterWorkedExample(page);
  await page.locator('#tab-offer').click();
  await type(page, '#seller-company', 'Contoso Software');
  await type(page, '#rep-email', 'alex@contoso.example');
  await page.selectOption('#offer-language', 'de');
  // The rep may choose another number format than the language's.
  await page.selectOption('#offer-number-format', 'apostrophe-dot');
  await expect(page.locator('[data-offer="total"]')).toContainText('38’900.00');
  await page.selectOption('#offer-number-format', 'language');
  await expect(page.locator('[data-offer="total"]')).toContainText('38.900,00');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.locator('#copy-link').click();
  await expect(page.locator('[data-link-length]')).toContainText('Customer link copied');
  const address = await page.evaluate(() => navigator.clipboard.readText());
  // The history says a link was made, and marking as sent records it.
  await expect(page.locator('#links-pending')).toContainText('Customer link copied');
  await page.locator('#mark-sent').click();
  await expect(page.locator('.links-made')).toContainText('customer link made');
  await expect(page.locator('#links-pending')).toHaveCount(0);

  const context = await browser.newContext();
  const customer = await context.newPage();
  await customer.goto(address);
  await expect(customer.locator('#link-page')).toHaveAttribute('data-ready', 'true');
  await expect(customer.locator('.link-notice')).toHaveAttribute('lang', 'de');
  await expect(customer.locator('#offer-document')).toHaveAttribute('lang', 'de');
  await expect(customer.locator('#link-accept')).toHaveText('Per E-Mail annehmen');
  await expect(customer.locator('#link-print')).toHaveText('Drucken oder als PDF speichern');
  expect(englishLeft(await customer.locator('#link-page').innerText(), 'de')).toEqual([]);
  const mailto = decodeURIComponent(await customer.locator('#link-accept').getAttribute('href'));
  expect(mailto).toContain('Annahme des Angebots');
  expect(mailto).toMatch(/38\.900,00\s\$/);
  const { text, pages } = await printToPdf(customer, 'link-de');
  expect(pages).toBe(1);
  expect(text).toContain('Seite 1 von 1');
  expect(text).toContain('Prüfcode des Angebots');
  expect(englishLeft(text, 'de')).toEqual([]);
  await context.close();
});

test('new proposals start in the language of your details', async ({ page, watched }) => {
  await openApp(page);
  await page.locator('#tab-profile').click();
  await page.selectOption('#profile-offer-language', 'fr');
  await expect(page.locator('#profile-payment-terms')).toHaveValue('Paiement à 30 jours date de facture.');
  await page.locator('#tab-proposals').click();
  await page.locator('#new-proposal').click();
  await page.locator('#tab-offer').click();
  await expect(page.locator('#offer-language')).toHaveValue('fr');
  await expect(page.locator('#payment-terms')).toHaveValue('Paiement à 30 jours date de facture.');
  // Kept across a reload, as part of the proposal and the profile.
  await page.reload();
  await expect(page.locator('#offer-language')).toHaveValue('fr');
  await page.locator('#tab-profile').click();
  await expect(page.locator('#profile-offer-language')).toHaveValue('fr');
});
