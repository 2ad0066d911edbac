// The sale that comes back: a sent offer is marked lost with the competitor's price
// (a mistyped price is refused and kept as typed), the call 30 days later shows in
// the follow-ups due with its count beside the Proposals tab, Add to calendar
// downloads an iCalendar file that reads back by RFC 5545's rules, the thank-you
// note quotes the offer and asks for nothing, the history view says where the loss
// stood against the floor, and Reopen makes revision 2 with the loss beside the
// board — all of it still there after a reload.
import { readFileSync } from 'node:fs';
import { test, expect, openApp } from './fixtures.mjs';
import { axeViolations, enterWorkedExample, figure, type } from './helpers.mjs';

/** The browser's calendar day, `days` later, as iCalendar writes it (20270101). */
async function dayAfter(page, days) {
  return page.evaluate((days) => {
    const d = new Date();
    d.setDate(d.getDate() + days);
    const two = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}${two(d.getMonth() + 1)}${two(d.getDate())}`;
  }, days);
}

/** An .ics file's properties, unfolded and unescaped (RFC 5545 §3.1, §3.3.11). */
function readIcs(text) {
  const unfolded = text.replace(/\r\n /g, '');
  const props = {};
  for (const line of unfolded.split('\r\n').filter(Boolean)) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon);
    const value = line.slice(colon + 1).replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1');
    (props[name] ??= []).push(value);
  }
  return props;
}

test('a loss with the competitor’s price goes to the follow-ups, the calendar and the history, and comes back as revision 2', async ({ page, watched }) => {
  await openApp(page);
  await enterWorkedExample(page);
  await page.locator('#tab-offer').click();
  await page.locator('#mark-sent').click();
  await expect(page.locator('#offer-status')).toHaveText('Sent');
  await expect(page.locator('#reopen')).toHaveCount(0);

  // Mark as lost: the form takes the cursor at the reason.
  await page.locator('#mark-lost').click();
  await expect(page.locator('#outcome-reason')).toBeFocused();
  await page.selectOption('#outcome-reason', 'price');
  await type(page, '#outcome-competitor', 'Fabrikam');
  await type(page, '#outcome-competitor-price', '36.500,00');
  await type(page, '#outcome-promise', 'An SAP connector by March');
  await type(page, '#outcome-follow-up-reason', 'their go-live date');
  expect(await axeViolations(page)).toEqual([]);
  // A price in another number format does not read: nothing is recorded, and the
  // text stays as typed with its error under it.
  await page.locator('#outcome-save').click();
  await expect(page.locator('#outcome-competitor-price')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#outcome-competitor-price')).toBeFocused();
  await expect(page.locator('#outcome-competitor-price')).toHaveValue('36.500,00');
  await expect(page.locator('#offer-status')).toHaveText('Sent');
  await type(page, '#outcome-competitor-price', '36 500');
  await page.locator('#outcome-save').click();
  await expect(page.locator('#offer-status')).toHaveText('Lost');
  await expect(page.locator('#outcome-line')).toContainText('(price) to Fabrikam at $36,500.00');
  const inThirty = await dayAfter(page, 30);
  await expect(page.locator('#follow-up')).toContainText('(in 30 days) — their go-live date');

  // Add to calendar: one all-day event, 30 days after the loss.
  const download = page.waitForEvent('download');
  await page.locator('#add-to-calendar').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^follow-up-northwind-traders-\d{4}-\d{2}-\d{2}\.ics$/);
  const ics = readFileSync(await file.path(), 'utf8');
  expect(ics.endsWith('\r\n')).toBe(true);
  for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  const event = readIcs(ics);
  expect(event.BEGIN).toEqual(['VCALENDAR', 'VEVENT']);
  expect(event['DTSTART;VALUE=DATE']).toEqual([inThirty]);
  expect(event.SUMMARY[0]).toMatch(/^Follow up: Northwind Traders, offer BO-/);
  expect(event.DESCRIPTION[0]).toContain('to Fabrikam at $36,500.00');
  expect(event.DESCRIPTION[0]).toContain('They promised: An SAP connector by March');
  expect(event.DESCRIPTION[0]).toContain('Reason to call: their go-live date');
  expect(event.UID[0]).toMatch(/@best-offer$/);

  // The thank-you note: the offer as sent, the door open, nothing asked.
  const note = await page.locator('#thank-you-text').inputValue();
  expect(note).toContain('Thank you for the opportunity to compete for Analytics rollout');
  expect(note).toContain('$38,900.00 over 3 years');
  expect(note).not.toMatch(/%|discount|36,500/i);

  // The rep moves the call: ten days from now.
  const inTen = await dayAfter(page, 10);
  await page.locator('#follow-up-on').fill(`${inTen.slice(0, 4)}-${inTen.slice(4, 6)}-${inTen.slice(6)}`);
  await expect(page.locator('#follow-up')).toContainText('(in 10 days) — their go-live date');

  // The follow-ups due, with their count beside the view's name; the list filters
  // by outcome.
  await expect(page.locator('#tab-proposals-count')).toHaveText('1 follow-up');
  await page.locator('#tab-proposals').click();
  const due = page.locator('#follow-ups .follow-up-row');
  await expect(due).toHaveCount(1);
  await expect(due).toContainText('Northwind Traders — Analytics rollout');
  await expect(due).toContainText('Lost to Fabrikam');
  await expect(due).toContainText('(in 10 days) — their go-live date');
  await page.selectOption('#filter-status', 'Lost');
  await expect(page.locator('.proposal-table tbody tr')).toHaveCount(1);
  await page.selectOption('#filter-status', 'Won');
  await expect(page.locator('.proposal-table tbody tr')).toHaveCount(0);
  await page.selectOption('#filter-status', '');

  // What the history says: 38,900 against 36,500 is 6.2 % below the floor.
  await page.locator('#to-history').click();
  await expect(page.locator('#price-losses')).toHaveText('1 deal lost on price with the competitor\'s price known: 0 at or above your floor (your best offer would have matched them), 0 within 5 % below it, 1 further below.');
  const row = page.locator('#decided-table tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Lost: price');
  await expect(row).toContainText('$36,500.00');
  await expect(row).toContainText('6.2%');
  await expect(page.locator('#table-discount tbody tr').nth(4)).toContainText('30%+');
  expect(await axeViolations(page)).toEqual([]);

  // It came back: open it from the follow-up, reopen as revision 2.
  await page.locator('#tab-proposals').click();
  await page.getByRole('link', { name: 'Open Northwind Traders — Analytics rollout' }).first().click();
  await expect(page.locator('#reopen')).toHaveText('Reopen as revision 2');
  await page.locator('#reopen').click();
  await expect(page.locator('#offer-status')).toHaveText('Draft');
  await expect(page.locator('[data-offer="revision"]')).toHaveText('2');
  await expect(page.locator('.sent-list li')).toContainText('Revision 1');
  await expect(page.locator('.sent-list li')).toContainText('to Fabrikam at $36,500.00');
  await expect(page.locator('#tab-proposals-count')).toHaveCount(0);
  await page.locator('#tab-workspace').click();
  await expect(page.locator('#lost-before')).toHaveText('Revision 1 was lost at $38,900.00 to Fabrikam at $36,500.00. Your best offer today, $38,900.00, is 6.2% above their price: your floor does not reach it.');
  await expect(figure(page, 'best', 'net')).toHaveText('$38,900.00');
  // Priced afresh: a lower floor reaches their price, and the line says so.
  await type(page, '#min-margin', '45');
  await expect(page.locator('#lost-before')).toContainText('reaches their price');
  await type(page, '#min-margin', '55');

  // Kept in browser storage: a reload shows the same.
  await page.reload();
  await expect(page.locator('#lost-before')).toContainText('Revision 1 was lost at $38,900.00 to Fabrikam at $36,500.00.');
  await page.locator('#tab-offer').click();
  await expect(page.locator('[data-offer="revision"]')).toHaveText('2');
});
