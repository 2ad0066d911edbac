// Helpers that drive the workspace the way a rep does: by labels and ids of real
// controls, typing into real inputs.
import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';

/** Replaces a field's text as if typed. */
export async function type(page, selector, text) {
  const field = page.locator(selector);
  await field.fill('');
  await field.pressSequentially(text);
}

/** A figure of a board column ('best' or a scenario id): a cell of the board, or a
 * figure of a scenario card on a phone. */
export function figure(page, column, name) {
  return page.locator(`[data-column="${column}"][data-figure="${name}"]`);
}

/** Builds the worked example (best offer 38,900.00) through the UI, from a new proposal. */
export async function enterWorkedExample(page) {
  await type(page, '#customer', 'Northwind Traders');
  await type(page, '#deal-name', 'Analytics rollout');
  // Line 1: licence, 25 seats × 1,200.00 at 85 % margin at list.
  await type(page, '#line-1-name', 'Analytics Suite licence');
  await type(page, '#line-1-qty', '25');
  await type(page, '#line-1-price', '1,200.00');
  await page.selectOption('#line-1-cost-mode', 'margin');
  await type(page, '#line-1-margin', '85');
  // Line 2: maintenance, 20 % of net licence per year at 70 % margin.
  await page.getByRole('button', { name: '+ Add line' }).click();
  await type(page, '#line-2-name', 'Maintenance and support');
  await page.selectOption('#line-2-kind', 'maintenance');
  await type(page, '#line-2-rate', '20');
  await page.selectOption('#line-2-cost-mode', 'margin');
  await type(page, '#line-2-margin', '70');
  // Line 3: implementation, 80 h × 175.00 at 95.00 per hour.
  await page.getByRole('button', { name: '+ Add line' }).click();
  await type(page, '#line-3-name', 'Implementation');
  await page.selectOption('#line-3-kind', 'service');
  await type(page, '#line-3-qty', '80');
  await type(page, '#line-3-price', '175');
  await type(page, '#line-3-cost', '95');
  // Three years, minimum margin 55 %, round up to 100.
  await type(page, '#term-months', '36');
  await type(page, '#min-margin', '55');
  await page.selectOption('#nice-step', '100');
  await expect(figure(page, 'best', 'net')).toHaveText('$38,900.00');
}

/** Reads a printed PDF back with poppler: its text (`pdftotext -layout`, pages
 * separated by form feeds), its page count and first page's size in points
 * (`pdfinfo`), and how many images it holds (`pdfimages -list`). */
export function readPdf(path) {
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? [];
  const images = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((line) => line.trim()).length;
  return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)[1]), width: Number(width), height: Number(height), images, path };
}

/** Prints the page to PDF as Chromium's print does (`options` as `page.pdf`'s,
 * A4 unless said), and reads it back (see `readPdf`). */
export async function printPdf(page, path, options = {}) {
  await page.pdf({ path, format: 'A4', printBackground: true, ...options });
  return readPdf(path);
}

/** axe-core's violations on the page, each with the first elements it names and
 * why, so a failure reads at once; `[]` when there is none. */
export async function axeViolations(page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1] ?? ''}`).join('; ')}`,
  );
}

/** The proposal file the app keeps in browser storage as records (index, desk, one
 *  record per proposal: src/storage.rs), read back as one file; null before the
 *  first save. */
export async function storedFile(page) {
  return page.evaluate(() => {
    const index = JSON.parse(localStorage.getItem('best-offer.store') ?? 'null');
    if (!index) return null;
    return {
      format: 'best-offer',
      schema_version: index.schema_version,
      notice: 'INTERNAL: contains costs, margins and floors. Do not send to customers.',
      desk: JSON.parse(localStorage.getItem('best-offer.desk')),
      proposals: index.proposals.map((id) => JSON.parse(localStorage.getItem(`best-offer.p.${id}`))),
      current: index.current,
    };
  });
}

/** Writes `file` into browser storage as the app keeps it (its records, the index
 *  last), in place of what was kept. */
export async function storeFile(page, file) {
  await page.evaluate((file) => {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith('best-offer.p.')) localStorage.removeItem(key);
    }
    for (const stored of file.proposals) localStorage.setItem(`best-offer.p.${stored.id}`, JSON.stringify(stored));
    localStorage.setItem('best-offer.desk', JSON.stringify(file.desk));
    const index = { format: 'best-offer-store', schema_version: file.schema_version, proposals: file.proposals.map((p) => p.id), current: file.current };
    localStorage.setItem('best-offer.store', JSON.stringify(index));
  }, file);
}

/** The characters the app's records take in browser storage. */
export async function storedChars(page) {
  return page.evaluate(() => Object.keys(localStorage)
    .filter((key) => key === 'best-offer.store' || key === 'best-offer.desk' || key.startsWith('best-offer.p.'))
    .reduce((sum, key) => sum + localStorage.getItem(key).length, 0));
}

/** FNV-1a, 32 bit, as the link's checksum. */
export function fnv1a32(bytes) {
  let hash = 0x811c9dc5;
  for (const byte of bytes) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * Every control and figure on screen that lies outside the window sideways (or
 * makes the page wider than the window), described for the failure message.
 */
export async function outsideTheScreen(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = [];
    if (document.documentElement.scrollWidth > width) {
      out.push(`page is ${document.documentElement.scrollWidth} px wide in a ${width} px window`);
    }
    const selector = 'input, select, textarea, button, a[href], [data-figure], [data-offer], [data-summary], td, th, dd, h1, h2, h3, label';
    for (const element of document.querySelectorAll(selector)) {
      if (element.closest('.visually-hidden, .print-only')) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden') continue;
      if (rect.left < -0.5 || rect.right > width + 0.5) {
        const name = element.id ? `#${element.id}` : `${element.tagName.toLowerCase()}.${element.className}`;
        out.push(`${name} "${(element.textContent ?? '').trim().slice(0, 30)}" spans ${Math.round(rect.left)}–${Math.round(rect.right)} px`);
      }
    }
    return out;
  });
}

/** Controls smaller than 44 × 44 px (a checkbox counts with its label). */
export async function smallTargets(page) {
  return page.evaluate(() => {
    const small = [];
    const box = (element) => element.getBoundingClientRect();
    for (const element of document.querySelectorAll('main input, main select, main textarea, main button, main a[href], nav a[href], .notice-banner button')) {
      if (element.closest('.visually-hidden, .print-only')) continue;
      let rect = box(element);
      if (rect.width === 0 || rect.height === 0) continue;
      if (element.type === 'checkbox' || element.type === 'radio' || element.type === 'file') {
        const label = element.id && document.querySelector(`label[for="${element.id}"]`);
        const labelRect = label && box(label);
        if (labelRect && labelRect.height >= rect.height) rect = { width: labelRect.width + rect.width, height: labelRect.height };
        if (element.type === 'file') rect = box(element);
      }
      if (rect.height < 43.5 || rect.width < 43.5) {
        small.push(`${element.id ? `#${element.id}` : element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 20)}" ${Math.round(rect.width)}×${Math.round(rect.height)}`);
      }
    }
    return small;
  });
}
