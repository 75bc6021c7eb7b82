/**
 * The 404 page, as nginx serves it for an unknown address (status 404, at that address): the
 * same accessibility bar as every page in the sitemap (which it is not in), and it helps the
 * reader on with a search form, the topics and the site index.
 */
import { expect, test } from './nginx.ts';
import {
  axeProblems,
  contentRuleProblems,
  focusProblems,
  horizontalOverflow,
  longLines,
  smallTargets,
  structureProblems,
  textSpacingProblems,
  THEMES,
  useStoredSettings,
} from './checks.ts';
import { words } from './words.ts';

const MISSING = '/card/no-such-page/';

for (const theme of THEMES) {
  test(`404 page: axe, ${theme} scheme`, async ({ page }) => {
    await useStoredSettings(page, { theme });
    const response = await page.goto(MISSING);
    expect(response?.status()).toBe(404);
    expect(await axeProblems(page)).toEqual([]);
  });
}

test('404 page: own checks at 1280px and at 320px with 200% text', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(MISSING);
  expect(await longLines(page), 'WCAG 1.4.8 line length').toEqual([]);
  expect(await smallTargets(page), 'WCAG 2.5.5 target size').toEqual([]);
  expect(await structureProblems(page, false), 'structure').toEqual([]);
  expect(await focusProblems(page), 'WCAG 2.4.13 focus').toEqual([]);
  expect(await contentRuleProblems(page)).toEqual([]);

  await useStoredSettings(page, { textSize: 'largest', lineSpacing: 'wider' });
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(MISSING);
  expect(await horizontalOverflow(page)).toEqual([]);
  expect(await smallTargets(page)).toEqual([]);
  expect(await textSpacingProblems(page), 'WCAG 1.4.12 text spacing').toEqual([]);
  expect(await axeProblems(page)).toEqual([]);
});

test('404 page: search from it, or go to a topic or the site index', async ({ page }) => {
  await page.goto(MISSING);
  const main = page.getByRole('main');
  // The search box is labelled, explained (3.3.5) and sends the words to the search page.
  const box = main.getByRole('searchbox', { name: words('探したいことば') });
  await expect(box).toHaveAccessibleDescription(words('漢字、ひらがな、カタカナ', { exact: false }));
  await box.fill('住民票');
  await main.getByRole('button', { name: words('検索') }).click();
  await expect(page).toHaveURL(/\/search\/\?q=%E4%BD%8F%E6%B0%91%E7%A5%A8$/);

  await page.goto(MISSING);
  await expect(main.getByRole('link', { name: 'サイトマップ（すべてのページ）' })).toHaveAttribute('href', '/site-index/');
  await expect(main.getByRole('link', { name: 'マイナンバーカード', exact: false }).first()).toHaveAttribute('href', /^\/card\/$/);
});
