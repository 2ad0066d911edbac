// Helpers that drive the workspace the way a rep does: by labels and ids of real
// controls, typing into real inputs.
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
