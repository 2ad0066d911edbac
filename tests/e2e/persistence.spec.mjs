// Nothing typed is lost: autosave and reload, closing mid-edit, corrupt or newer
// stored data, full or missing storage, several proposals, export and import.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { test, expect, openApp } from './fixtures.mjs';
import { enterWorkedExample, figure, type, axeViolations, storedFile } from './helpers.mjs';
mkdirSync('artifacts', { recursive: true });

/** Everything a rep sees in the workspace: every field's text, choice and check. */
async function snapshot(page) {
  // Leaving a field tidies a valid number ("175" becomes "175.00"); compare tidy.
  await page.evaluate(() => document.activeElement?.blur?.());
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
  return page.evaluate(() => {
    const fields = {};
    for (const el of document.querySelectorAll('main input, main select, main textarea')) {
      if (!el.id) continue;
      fields[el.id] = el.type === 'checkbox' ? el.checked : el.value;
    }
    const figures = [...document.querySelectorAll('td[data-figure]')].map((td) => td.textContent);
    const errors = [...document.querySelectorAll('.field-error')].map((p) => p.textContent);
    return { fields, figures, errors, stale: !!document.querySelector('.stale-notice') };
  });
}

/** The worked example and a second proposal (Fabrikam, best offer 1,250.00), then the list. */
async function twoProposals(page) {
  await openApp(page);
  await enterWorkedExample(page);
  await page.locator('#tab-proposals').click();
  await page.locator('#new-proposal').click();
  // A new proposal starts with whom it is for: the cursor is in Customer.
  await expect(page.locator('#customer')).toBeFocused();
  await type(page, '#customer', 'Fabrikam');
  await type(page, '#line-1-price', '2500');
  await type(page, '#line-1-cost', '1000');
  await type(page, '#min-margin', '20');
  await page.locator('#tab-proposals').click();
}

async function reload(page) {
  await page.reload();
  await expect(page.locator('main[data-ready="true"]')).toBeVisible();
}

// 50 edits of every kind; after each the page is reloaded at once (inside the
// autosave delay) and must show exactly the same.
const edits = [
  (p) => type(p, '#customer', 'Northwind Traders'),
  (p) => type(p, '#deal-name', 'Analytics rollout'),
  (p) => type(p, '#line-1-name', 'Analytics Suite licence'),
  (p) => type(p, '#line-1-qty', '25'),
  (p) => type(p, '#line-1-price', '1,200.00'),
  (p) => p.selectOption('#line-1-cost-mode', 'margin'),
  (p) => type(p, '#line-1-margin', '85'),
  (p) => p.getByRole('button', { name: '+ Add line' }).click(),
  (p) => type(p, '#line-2-name', 'Maintenance'),
  (p) => p.selectOption('#line-2-kind', 'maintenance'),
  (p) => type(p, '#line-2-rate', '20'),
  (p) => p.selectOption('#line-2-cost-mode', 'margin'),
  (p) => type(p, '#line-2-margin', '70'),
  (p) => p.getByRole('button', { name: '+ Add line' }).click(),
  (p) => type(p, '#line-3-name', 'Implementation'),
  (p) => p.selectOption('#line-3-kind', 'service'),
  (p) => type(p, '#line-3-qty', '80'),
  (p) => type(p, '#line-3-price', '175'),
  (p) => type(p, '#line-3-cost', '95'),
  (p) => type(p, '#term-months', '36'),
  (p) => type(p, '#min-margin', '55'),
  (p) => p.selectOption('#nice-step', '100'),
  (p) => p.locator('#line-3-price').fill('17.555'), // half-typed, invalid: kept as typed
  (p) => type(p, '#walk-away', '30,000'),
  (p) => p.locator('#line-3-price').fill('175'),
  (p) => type(p, '#tax-rate', '8.25'),
  (p) => type(p, '#scenario-2-value', '12.5'),
  (p) => type(p, '#scenario-1-name', 'Opening'),
  (p) => p.selectOption('#scenario-3-lever', 'target-price'),
  (p) => type(p, '#scenario-3-value', '45,000'),
  (p) => p.getByRole('button', { name: '+ Add scenario' }).click(),
  (p) => type(p, '#scenario-4-name', 'Stretch'),
  (p) => type(p, '#scenario-4-value', '30'),
  (p) => p.locator('#line-1-discountable').uncheck(),
  (p) => p.locator('#line-1-discountable').check(),
  (p) => type(p, '#line-1-max-discount', '40'),
  (p) => type(p, '#line-1-description', '25 named users'),
  (p) => p.getByRole('button', { name: 'Copy line 3 (Implementation)' }).click(),
  (p) => type(p, '#line-4-qty', '8'),
  (p) => p.getByRole('button', { name: 'Move line 4 (Implementation (copy)) up' }).click(),
  (p) => p.getByRole('button', { name: 'Remove line 3 (Implementation (copy))' }).click(),
  (p) => type(p, '#band-1-limit', '12'),
  (p) => type(p, '#band-2-approver', 'Regional manager'),
  (p) => type(p, '#band-above', 'VP Sales'),
  (p) => p.selectOption('#number-format', 'dot-comma'),
  (p) => type(p, '#line-1-price', '1.250,00'),
  (p) => p.selectOption('#number-format', 'comma-dot'),
  (p) => p.locator('#min-margin').fill('100'), // invalid again: half-typed margin
  (p) => type(p, '#min-margin', '50'),
  (p) => p.selectOption('#currency', 'EUR'),
];

test('50 edits, each followed by a reload: the screen is restored exactly', async ({ page, watched }) => {
  test.setTimeout(240_000);
  expect(edits.length).toBe(50);
  await openApp(page);
  for (const [i, edit] of edits.entries()) {
    await edit(page);
    const before = await snapshot(page);
    await reload(page);
    const after = await snapshot(page);
    expect(after, `after edit ${i + 1}`).toEqual(before);
  }
  // The half-typed price came back as typed, with its message, in the run above;
  // here the final state still prices the deal in euros.
  await expect(figure(page, 'best', 'list')).toContainText('€');
});

test('closing the page inside the autosave delay loses nothing', async ({ context, baseURL }) => {
  const page = await context.newPage();
  await page.goto(baseURL);
  await expect(page.locator('#workspace[data-ready="true"]')).toBeVisible();
  await type(page, '#customer', 'Contoso');
  await page.locator('#line-1-price').fill('1234.56');
  await page.locator('#line-1-qty').fill('7.5.'); // half-typed
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto(baseURL);
  await expect(again.locator('#workspace[data-ready="true"]')).toBeVisible();
  await expect(again.locator('#customer')).toHaveValue('Contoso');
  await expect(again.locator('#line-1-price')).toHaveValue('1,234.56');
  await expect(again.locator('#line-1-qty')).toHaveValue('7.5.');
  await expect(again.locator('#line-1-qty')).toHaveAttribute('aria-invalid', 'true');
});

test('corrupt, truncated or newer stored data: the app starts, keeps the original untouched', async ({ page, watched }) => {
  await openApp(page);
  await type(page, '#customer', 'First');
  await expect.poll(async () => (await storedFile(page))?.proposals?.[0]?.proposal?.customer).toBe('First');
  // What each case leaves in storage, and what the kept copy holds: what did not
  // read, byte for byte (the one key of earlier versions, an index that is not one);
  // or, when the records' file does not read, that file — each record's bytes as
  // they are.
  const cases = [
    ['legacy', '{"format":"best-offer","schema_version":1,"proposals":[{"id":"p-1","crea', 'not readable JSON', 'as is'],
    ['legacy', '{"format":"best-offer","schema_version":8,"notice":"","proposals":[]}', 'newer version', 'as is'],
    ['legacy', 'not json at all', 'not readable JSON', 'as is'],
    ['index', '{"format":"best-offer-sto', 'not readable JSON', 'as is'],
    ['index', '{"format":"best-offer-store","schema_version":8,"proposals":[],"current":null}', 'newer version', '"schema_version":8'],
    ['record', '{"id":"p-1","created_ms":1,"upd', 'not readable JSON', '{"id":"p-1","created_ms":1,"upd'],
  ];
  const keptTexts = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('best-offer.kept.')).map((k) => localStorage.getItem(k)));
  for (const [where, bad, reason, holds] of cases) {
    const before = await keptTexts();
    await page.evaluate(([where, bad]) => {
      if (where === 'legacy') {
        // An earlier version's storage: the one key, no records.
        for (const key of Object.keys(localStorage)) if (!key.startsWith('best-offer.kept.')) localStorage.removeItem(key);
        localStorage.setItem('best-offer.proposals', bad);
      } else if (where === 'index') {
        localStorage.setItem('best-offer.store', bad);
      } else {
        // The open proposal's record.
        const index = JSON.parse(localStorage.getItem('best-offer.store'));
        localStorage.setItem(`best-offer.p.${index.proposals[0]}`, bad);
      }
    }, [where, bad]);
    await reload(page);
    const banner = page.getByRole('alert').filter({ hasText: 'could not be read' });
    await expect(banner, `${where}: ${bad}`).toContainText(reason);
    await expect(page.getByRole('button', { name: 'Download the kept data' })).toBeVisible();
    const fresh = (await keptTexts()).filter((text) => !before.includes(text));
    expect(fresh, `${where}: ${bad}`).toHaveLength(1);
    const [copy] = fresh;
    if (holds === 'as is') expect(copy).toBe(bad);
    else expect(copy.startsWith('{"format":"best-offer",') && copy.includes(holds), copy).toBe(true);
    // Keep editing: autosave writes the records, never the kept copy.
    await type(page, '#customer', `After the crash (${where})`);
    await expect.poll(async () => {
      try {
        return (await storedFile(page))?.proposals?.[0]?.proposal?.customer;
      } catch {
        return null;
      }
    }).toBe(`After the crash (${where})`);
    expect(await keptTexts()).toContain(copy);
    // The kept bytes download as they are.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the kept data' }).click();
    const file = await (await download).path();
    expect(readFileSync(file, 'utf8')).toBe(copy);
  }
});

test('a library kept under the one key of earlier versions becomes records, and nothing is lost', async ({ page, watched }) => {
  await openApp(page);
  for (const version of [1, 2, 3, 4, 5, 6, 7]) {
    const text = readFileSync(`../../crates/domain/tests/fixtures/proposals-v${version}.json`, 'utf8');
    await page.evaluate((text) => {
      localStorage.clear();
      localStorage.setItem('best-offer.proposals', text);
    }, text);
    await reload(page);
    // At start: the records written, the one key gone, the same proposals kept.
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys, `v${version}`).not.toContain('best-offer.proposals');
    const file = await storedFile(page);
    const original = JSON.parse(text);
    expect(file.proposals.map((p) => p.id)).toEqual(original.proposals.map((p) => p.id));
    expect(file.proposals.map((p) => p.proposal.customer)).toEqual(original.proposals.map((p) => p.proposal.customer));
    await page.locator('#tab-proposals').click();
    await expect(page.locator("tr[data-proposal]")).toHaveCount(original.proposals.length);
  }
});

test('storage full: a visible warning, editing goes on', async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (window.__full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.call(this, key, value);
    };
  });
  const page = await context.newPage();
  await page.goto(baseURL);
  await expect(page.locator('#workspace[data-ready="true"]')).toBeVisible();
  await page.evaluate(() => { window.__full = true; });
  await type(page, '#line-1-price', '1000');
  await expect(page.getByRole('alert')).toContainText('Browser storage is full');
  await type(page, '#line-1-qty', '3');
  await expect(figure(page, '1', 'net')).toHaveText('$3,000.00');
  await page.evaluate(() => { window.__full = false; });
  await type(page, '#line-1-qty', '4');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await context.close();
});

test('storage unavailable: no crash, a warning, and export still works', async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('Storage is disabled', 'SecurityError'); },
    });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(baseURL);
  await expect(page.locator('#workspace[data-ready="true"]')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Browser storage is unavailable');
  await type(page, '#line-1-price', '500');
  await expect(figure(page, '1', 'net')).toHaveText('$500.00');
  await page.locator('#tab-proposals').click();
  const download = page.waitForEvent('download');
  await page.locator('#export-all').click();
  const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(saved.proposals[0].proposal.deal.lines[0].terms.unit_list_price).toBe('500');
  expect(errors).toEqual([]);
  await context.close();
});

test('several proposals: list, search, rename, duplicate, delete with undo', async ({ page, watched }) => {
  await twoProposals(page);
  const rows = page.locator('tr[data-proposal]');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Northwind Traders' })).toContainText('$38,900.00');
  await type(page, '#search-customer', 'north');
  await expect(rows).toHaveCount(1);
  await type(page, '#search-customer', '');
  await page.getByRole('button', { name: 'Copy Northwind Traders — Analytics rollout' }).click();
  await page.locator('#tab-proposals').click();
  await expect(rows).toHaveCount(3);
  const names = page.locator('tr[data-proposal] input[id^="rename-"]');
  const values = await names.evaluateAll((inputs) => inputs.map((i) => i.value));
  const copyIndex = values.indexOf('Analytics rollout (copy)');
  expect(copyIndex).toBeGreaterThanOrEqual(0);
  await names.nth(copyIndex).fill('Analytics phase 2');
  await reload(page);
  await page.locator('#tab-proposals').click();
  await expect(rows).toHaveCount(3);
  expect(await names.evaluateAll((inputs) => inputs.map((i) => i.value))).toContain('Analytics phase 2');
  await page.getByRole('button', { name: 'Delete Fabrikam' }).click();
  await expect(rows).toHaveCount(2);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(rows).toHaveCount(3);
  await page.getByRole('link', { name: 'Open Fabrikam' }).click();
  await expect(page.locator('#customer')).toHaveValue('Fabrikam');
  await expect(figure(page, '1', 'net')).toHaveText('$2,500.00');
  await expect(figure(page, 'best', 'net')).toHaveText('$1,250.00');
});

test('sent revisions: a snapshot is kept and the next change starts revision 2', async ({ page, watched }) => {
  await openApp(page);
  await enterWorkedExample(page);
  await page.locator('#tab-offer').click();
  await page.locator('#mark-sent').click();
  await expect(page.locator('#offer-status')).toHaveText('Sent');
  await page.locator('#tab-workspace').click();
  await type(page, '#line-1-price', '1,100.00');
  await page.locator('#tab-offer').click();
  await expect(page.locator('[data-offer="revision"]')).toHaveText('2');
  await expect(page.locator('#offer-status')).toHaveText('Draft');
  await page.getByRole('button', { name: 'View as sent' }).click();
  await expect(page.locator('.sent-snapshot [data-offer="total"]')).toHaveText('$38,900.00');
  await expect(page.locator('.sent-snapshot [data-offer="revision"]')).toHaveText('1');
  // The snapshot beside the preview takes no id: the preview's stays unique.
  await expect(page.locator('[id="offer-document"]')).toHaveCount(1);
  await reload(page);
  await page.locator('#tab-offer').click();
  await expect(page.locator('.sent-list li')).toHaveCount(1);
});

test('export, then import in a fresh browser profile, reproduces every proposal', async ({ page, browser, baseURL }) => {
  await twoProposals(page);
  const download = page.waitForEvent('download');
  await page.locator('#export-all').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^best-offer-INTERNAL-all-proposals-\d{4}-\d\d-\d\d\.json$/);
  const path = 'artifacts/export-all.json';
  await file.saveAs(path);
  const exported = JSON.parse(readFileSync(path, 'utf8'));
  expect(exported.notice).toContain('INTERNAL');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(baseURL);
  await other.locator('#tab-proposals').click();
  await other.locator('#import-file').setInputFiles(path);
  await expect(other.getByRole('alert')).toContainText('Imported: 2 added, 0 replaced.');
  const rows = other.locator('tr[data-proposal]');
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: 'Northwind Traders' })).toContainText('$38,900.00');
  await expect(rows.filter({ hasText: 'Fabrikam' })).toContainText('$1,250.00');
  // Every exported proposal is there, field for field.
  const reExport = other.waitForEvent('download');
  await other.locator('#export-all').click();
  const again = JSON.parse(readFileSync(await (await reExport).path(), 'utf8'));
  for (const original of exported.proposals) {
    expect(again.proposals.find((p) => p.id === original.id)).toEqual(original);
  }
  // Dropping the same file on the page asks: replace, or keep both.
  const dropped = await other.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'export.json', { type: 'application/json' }));
    return transfer;
  }, readFileSync(path, 'utf8'));
  await other.dispatchEvent('.drop-zone', 'drop', { dataTransfer: dropped });
  await other.getByRole('alertdialog').getByRole('button', { name: 'Keep both' }).click();
  await expect(rows).toHaveCount(5);
  // A file from a newer version is refused and nothing changes.
  const future = { ...exported, schema_version: 99 };
  writeFileSync('artifacts/future.json', JSON.stringify(future));
  await other.locator('#import-file').setInputFiles('artifacts/future.json');
  await expect(other.getByRole('alert')).toContainText('newer version of Best Offer');
  await expect(rows).toHaveCount(5);
  // A file with a bad figure names the field, and nothing changes.
  const bad = structuredClone(exported);
  bad.proposals[0].proposal.deal.lines[0].terms.unit_list_price = '-5';
  writeFileSync('artifacts/bad.json', JSON.stringify(bad));
  await other.locator('#import-file').setInputFiles('artifacts/bad.json');
  await expect(other.getByRole('alert')).toContainText('proposals[0].proposal.deal.lines[0].terms.unit_list_price: can\'t be negative');
  await expect(rows).toHaveCount(5);
  await fresh.close();
});

test('axe-core finds no accessibility violation on the proposal list', async ({ page, watched }) => {
  await openApp(page);
  await enterWorkedExample(page);
  await page.locator('#tab-proposals').click();
  await page.locator('#new-proposal').click();
  await page.locator('#tab-proposals').click();
  await page.getByRole('button', { name: 'Delete Northwind Traders — Analytics rollout' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
