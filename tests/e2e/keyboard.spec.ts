/**
 * WCAG 2.1.1 / 2.1.3 / 2.1.2: every function of the site by keyboard alone, in scripted walks
 * that use only Tab, Shift+Tab, arrow keys, Space, Enter and typing; and focus always moves on
 * (no trap) to the end of the page.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './page-per-worker.ts';
import { shown } from './words.ts';

const KEYBOARD = { tag: ['@sc-2.1.1', '@sc-2.1.3', '@sc-2.1.2'] };

/** Presses Tab until `predicate` holds for the focused element; fails after `limit` presses. */
async function tabTo(page: Page, predicate: (element: Element) => boolean, limit = 80): Promise<void> {
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press('Tab');
    // The predicate runs in the page, on whatever element has focus now.
    if (await page.evaluate(`(${predicate.toString()})(document.activeElement ?? document.body)`)) return;
  }
  throw new Error('the element was not reached by Tab');
}

test('表示設定: choose 黒地に黄 with arrow keys and reset with the keyboard', KEYBOARD, async ({ page }) => {
  await page.goto('/settings/');
  await tabTo(page, (element) => (element as HTMLInputElement).name === 'theme');
  // Radio groups move with the arrow keys: 標準 → 白地に黒 → 黒地に白 → 黒地に黄.
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowDown');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'yellow');
  await tabTo(page, (element) => (element as HTMLElement).innerText === '設定を元に戻す');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
});

test('procedure finder: filter by document and by words with the keyboard', KEYBOARD, async ({ page }) => {
  await page.goto('/linkage/documents/');
  await tabTo(page, (element) => element.id === 'finder-q');
  await page.keyboard.type('ねんきん');
  await page.keyboard.press('Enter');
  await expect(page.locator('.finder__status[role=status]')).toContainText('件の手続きが見つかりました', shown);
  const visibleRows = page.locator('[data-finder-results] tbody tr:visible');
  expect(await visibleRows.count()).toBeGreaterThan(0);
});

test('focus is never trapped: Tab goes from the top to the footer on every tool page', KEYBOARD, async ({ page }) => {
  for (const path of ['/settings/', '/linkage/documents/', '/glossary/']) {
    await page.goto(path);
    await tabTo(page, (element) => element.closest('footer') !== null, 400);
  }
});
