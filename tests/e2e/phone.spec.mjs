// On a phone: at 375 × 812 and 390 × 844 a rep enters a deal, reads the floor and
// the best offer, compares scenarios, reads the written offer and finds a proposal
// without scrolling sideways; targets are 44 px, fields 16 px with a decimal
// keyboard; axe finds nothing in light or dark. The desktop layout is checked at
// 1280 and 1440 px. Screenshots of every view are kept in tests/e2e/artifacts/.
import { mkdirSync } from 'node:fs';
import { test, expect, openApp } from './fixtures.mjs';
import { enterWorkedExample, figure, type, axeViolations, printPdf, outsideTheScreen, smallTargets } from './helpers.mjs';

mkdirSync('artifacts', { recursive: true });

const PHONES = [
  { width: 375, height: 812 },
  { width: 390, height: 844 },
];

for (const phone of PHONES) {
  const size = `${phone.width}×${phone.height}`;
  test.describe(`on a ${phone.width} px phone`, () => {
    test.use({ viewport: phone, hasTouch: true, isMobile: true });

    test(`a deal is entered, compared and offered without scrolling sideways (${size})`, async ({ page, watched }) => {
      await openApp(page);
      // No jump on load: the title stays in view, and the first field has the cursor.
      await expect(page.locator('#line-1-name')).toBeFocused();
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await expect(page.locator('.app-title')).toBeInViewport();

      await enterWorkedExample(page);
      // A second scenario, entered on its card.
      await page.getByRole('button', { name: '+ Add scenario' }).click();
      await expect(page.locator('.scenario-card')).toHaveCount(5);
      // The best offer comes first, each card with price, discount, margin and floor.
      await expect(page.locator('.scenario-card').first()).toHaveAttribute('data-column', 'best');
      for (const name of ['net', 'discount', 'margin', 'headroom', 'floor-status']) {
        await expect(figure(page, 'best', name)).toBeVisible();
      }
      await expect(figure(page, 'best', 'net')).toHaveText('$38,900.00');
      await expect(figure(page, 'best', 'floor-status')).toHaveText('✓ Keeps floor');
      // A scenario's lever is set on its card.
      await type(page, '#scenario-2-value', '15');
      await expect(figure(page, '2', 'net')).toHaveText('$52,700.00');
      await expect(figure(page, '2', 'margin')).toHaveText('66.79%');
      await expect(page.locator('[data-figure="floor-status"]')).toHaveCount(5);

      expect(await outsideTheScreen(page)).toEqual([]);
      await page.screenshot({ path: `artifacts/phone-${phone.width}-workspace.png`, fullPage: true });

      // The summary bar stays in view at the bottom of the workspace.
      await page.locator('.scenario-card').last().scrollIntoViewIfNeeded();
      const bar = page.locator('.summary-bar');
      await expect(bar).toBeInViewport();
      expect((await bar.boundingBox()).y).toBeLessThan(1);
      await expect(bar.locator('[data-summary="floor"]')).toHaveText('$38,888.89');
      await expect(bar.locator('[data-summary="best"]')).toHaveText('$38,900.00');
      await expect(bar.locator('[data-summary="best-discount"]')).toHaveText('37.26% off');
      await page.screenshot({ path: `artifacts/phone-${phone.width}-scrolled.png` });
      // While a field does not read, the bar's figures say they are out of date.
      await type(page, '#line-3-price', '175,50');
      await expect(bar.locator('[data-summary="stale"]')).toHaveText('out of date: a field does not read');
      await type(page, '#line-3-price', '175');
      await expect(bar.locator('[data-summary="stale"]')).toHaveCount(0);

      // Every figure is one tap away, read down the page.
      const compare = page.getByRole('button', { name: 'Compare every figure…' });
      await compare.click();
      await expect(page.locator('[data-compare-column="best"][data-compare-figure="cost"]')).toHaveText('$17,500.00');
      await expect(page.locator('[data-compare-column="2"][data-compare-figure="approval"]')).toBeVisible();
      // Per-line discounts: one block per line.
      await page.getByRole('button', { name: 'Set per-line discounts…' }).click();
      await expect(page.locator('#override-1-1')).toBeVisible();
      expect(await outsideTheScreen(page)).toEqual([]);
      await page.screenshot({ path: `artifacts/phone-${phone.width}-comparison.png`, fullPage: true });

      // A line's rarer options fold away on its card, and unfold with their labels.
      await expect(page.locator('#line-1-description')).toBeHidden();
      await expect(page.locator('#line-1-max-discount')).toBeHidden();
      const more = page.getByRole('button', { name: /More options, line 1/ });
      await expect(more).toHaveAttribute('aria-expanded', 'false');
      await more.click();
      await expect(more).toHaveAttribute('aria-expanded', 'true');
      await expect(page.locator('#line-1-description')).toBeVisible();
      await type(page, '#line-1-max-discount', '10');
      await expect(page.getByRole('checkbox', { name: /Discountable, line 1/ })).toBeChecked();
      await expect(page.getByRole('button', { name: /Move line 2 .* up/ })).toBeHidden();
      expect(await outsideTheScreen(page)).toEqual([]);

      const best = await figure(page, 'best', 'net').textContent();

      // The written offer reflows: one block per item, each figure titled.
      await page.locator('#tab-offer').click();
      await expect(page.locator('#offer-document')).toBeVisible();
      // The form comes first; one tap brings the document into view, with the focus.
      await expect(page.locator('#offer-document')).not.toBeInViewport();
      await page.locator('#go-to-preview').click();
      await expect(page.locator('#offer-document')).toBeInViewport();
      await expect(page.locator('#offer-document')).toBeFocused();
      // Its top, with the offer's title, is what comes into view.
      await expect(page.locator('.doc-title')).toBeInViewport();
      const firstLine = page.locator('[data-offer-line="0"]');
      await expect(firstLine).toContainText('Analytics Suite licence');
      expect(await outsideTheScreen(page)).toEqual([]);
      await expect(page.locator('[data-offer="total"]')).toBeInViewport({ ratio: 1 }).catch(async () => {
        await page.locator('[data-offer="total"]').scrollIntoViewIfNeeded();
        await expect(page.locator('[data-offer="total"]')).toBeInViewport({ ratio: 1 });
      });
      const titles = await firstLine.locator('td[data-label]').evaluateAll((cells) =>
        cells.map((cell) => getComputedStyle(cell, '::before').content),
      );
      expect(titles).toContain('"Unit net price"');
      await page.screenshot({ path: `artifacts/phone-${phone.width}-offer.png`, fullPage: true });

      // Proposals as cards with their actions in reach.
      await page.locator('#tab-proposals').click();
      await page.locator('#new-proposal').click();
      await expect(page.locator('#workspace[data-ready="true"]')).toBeVisible();
      await page.locator('#tab-proposals').click();
      await expect(page.locator('tr[data-proposal]')).toHaveCount(2);
      const card = page.locator('tr[data-proposal]').first();
      await expect(card.getByRole('link', { name: /^Open / })).toBeVisible();
      for (const name of ['Copy', 'Export', 'Delete']) {
        await expect(card.getByRole('button', { name: new RegExp(`^${name} `) })).toBeVisible();
      }
      expect(await outsideTheScreen(page)).toEqual([]);
      await page.screenshot({ path: `artifacts/phone-${phone.width}-proposals.png`, fullPage: true });
      await page.getByRole('link', { name: /^Open .*Northwind/ }).click();
      await expect(figure(page, 'best', 'net')).toHaveText(best);
    });

    test(`targets are 44 px, fields 16 px with a number keyboard (${size})`, async ({ page, watched }) => {
      await openApp(page);
      await enterWorkedExample(page);
      await page.getByRole('button', { name: /More options, line 1/ }).click();
      expect(await smallTargets(page)).toEqual([]);
      const fields = await page.evaluate(() =>
        [...document.querySelectorAll('main input:not([type="checkbox"]):not([type="file"]), main select, main textarea')]
          .filter((field) => field.getBoundingClientRect().height > 0)
          .map((field) => ({ id: field.id, size: parseFloat(getComputedStyle(field).fontSize), mode: field.inputMode, number: !!field.closest('.number-field') })),
      );
      expect(fields.length).toBeGreaterThan(20);
      expect(fields.filter((f) => f.size < 16).map((f) => `${f.id} ${f.size}px`)).toEqual([]);
      expect(fields.filter((f) => f.number && !['decimal', 'numeric'].includes(f.mode)).map((f) => f.id)).toEqual([]);
      for (const tab of ['#tab-offer', '#tab-proposals', '#tab-catalogue', '#tab-profile']) {
        await page.locator(tab).click();
        expect(await smallTargets(page), tab).toEqual([]);
        expect(await outsideTheScreen(page), tab).toEqual([]);
        await page.screenshot({ path: `artifacts/phone-${phone.width}-${tab.slice(5)}.png`, fullPage: true });
      }
      // A loss recorded on a phone: the form, the follow-up and the note, the
      // follow-ups in the list, and the history view.
      await page.locator('#tab-offer').click();
      await page.locator('#mark-sent').click();
      await page.locator('#mark-lost').click();
      expect(await smallTargets(page), 'outcome form').toEqual([]);
      expect(await outsideTheScreen(page), 'outcome form').toEqual([]);
      await page.locator('#outcome-save').click();
      await expect(page.locator('#follow-up')).toBeVisible();
      expect(await smallTargets(page), 'lost').toEqual([]);
      expect(await outsideTheScreen(page), 'lost').toEqual([]);
      await page.locator('#tab-proposals').click();
      await expect(page.locator('#follow-ups')).toBeVisible();
      expect(await smallTargets(page), 'follow-ups').toEqual([]);
      await page.locator('#to-history').click();
      await expect(page.locator('#decided-table')).toBeVisible();
      expect(await smallTargets(page), 'history').toEqual([]);
      expect(await outsideTheScreen(page), 'history').toEqual([]);
      await page.screenshot({ path: `artifacts/phone-${phone.width}-history.png`, fullPage: true });
    });

    for (const scheme of ['light', 'dark']) {
      test(`axe finds no violation in any view (${size}, ${scheme})`, async ({ page, watched }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await openApp(page);
        await enterWorkedExample(page);
        await page.getByRole('button', { name: /More options, line 1/ }).click();
        await page.getByRole('button', { name: 'Compare every figure…' }).click();
        expect(await axeViolations(page)).toEqual([]);
        await page.screenshot({ path: `artifacts/phone-${phone.width}-workspace-${scheme}.png`, fullPage: true });
        for (const tab of ['#tab-offer', '#tab-proposals', '#tab-catalogue', '#tab-profile']) {
          await page.locator(tab).click();
          expect(await axeViolations(page), tab).toEqual([]);
        }
      });
    }
  });
}

/** The printed offer's text, printed from a window `width` px wide. */
async function printedText(page, width, path) {
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ media: 'print' });
  const { text } = await printPdf(page, path, { preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  return text;
}

test('the printed offer is the same whether printed from a phone or a desktop', async ({ page, watched }) => {
  await openApp(page);
  await enterWorkedExample(page);
  await page.locator('#tab-offer').click();
  await expect(page.locator('#offer-document')).toBeVisible();
  const desktop = await printedText(page, 1280, 'artifacts/print-from-1280.pdf');
  const phone = await printedText(page, 375, 'artifacts/print-from-375.pdf');
  expect(phone).toBe(desktop);
  // Columns on paper: the line's figures sit on the item's row.
  expect(desktop).toMatch(/Analytics Suite licence\s+25\s+\$1,200\.00/);
});

for (const width of [1280, 1440]) {
  test(`the desktop layout at ${width} px: tables, not cards, and nothing wider than the window`, async ({ page, watched }) => {
    await page.setViewportSize({ width, height: 900 });
    await openApp(page);
    await enterWorkedExample(page);
    await expect(page.locator('.summary-bar')).toHaveCount(0);
    await expect(page.locator('.scenario-card')).toHaveCount(0);
    await expect(page.locator('table.board-table')).toBeVisible();
    await expect(page.locator('.line-table thead')).toBeVisible();
    // The line table fits the window, actions included.
    const lines = await page.locator('.lines .table-scroll').evaluate((box) => ({ scroll: box.scrollWidth, client: box.clientWidth }));
    expect(lines.scroll).toBeLessThanOrEqual(lines.client);
    await expect(page.locator('#line-1-description')).toBeVisible();
    await expect(page.locator('.more-options').first()).toBeHidden();
    expect(await outsideTheScreen(page)).toEqual([]);
    await page.screenshot({ path: `artifacts/desktop-${width}-workspace.png`, fullPage: true });
    for (const tab of ['#tab-offer', '#tab-proposals']) {
      await page.locator(tab).click();
      expect(await outsideTheScreen(page), tab).toEqual([]);
      await page.screenshot({ path: `artifacts/desktop-${width}-${tab.slice(5)}.png`, fullPage: true });
    }
  });
}
