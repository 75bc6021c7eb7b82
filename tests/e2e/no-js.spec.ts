/**
 * Without JavaScript every page is readable, and every tool is either usable or replaced by
 * its static equivalent (issue 10, part 3).
 */
import { expect, test } from './page-per-worker.ts';
import { sitemapPaths } from './checks.ts';
import { words } from './words.ts';

test.use({ javaScriptEnabled: false });

const paths = sitemapPaths();

test('every page shows its heading and its text without JavaScript', async ({ page }) => {
  for (const path of paths) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
    const text = (await page.locator('main').innerText()).replace(/\s+/g, '');
    expect(text.length, `${path} main text`).toBeGreaterThan(60);
  }
});

test('the tools are replaced by their static equivalents', async ({ page }) => {
  // Procedure finder → the full table and the document index.
  await page.goto('/linkage/documents/');
  expect(await page.locator('main table tbody tr:visible').count()).toBeGreaterThanOrEqual(19);
  await expect(page.locator('main a[href^="#doc-"]').first()).toBeVisible();
  // Municipality finder → the index of the 47 prefecture pages.
  await page.goto('/disability-id/municipalities/');
  expect(await page.locator('main a[href^="/disability-id/municipalities/"]:visible').count()).toBeGreaterThanOrEqual(47);
  // Display settings → an explanation of browser and OS settings.
  await page.goto('/settings/');
  await expect(page.getByRole('heading', { name: words('ブラウザーや端末の設定で変える') })).toBeVisible();
});
