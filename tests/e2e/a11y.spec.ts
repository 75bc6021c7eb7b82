/**
 * The accessibility bar for every page in the sitemap: axe-core (all WCAG levels including
 * AAA, plus best practices), its colour rules in every colour scheme and at 320 CSS px, and the project's own
 * checks for what axe cannot test. Zero problems is the only pass.
 */
import { expect, test } from '@playwright/test';
import {
  axeProblems,
  contentRuleProblems,
  kanjiWithoutReading,
  focusProblems,
  openDisclosures,
  horizontalOverflow,
  longLines,
  sitemapPaths,
  smallTargets,
  structureProblems,
  svgTextContrastProblems,
  textSpacingProblems,
  SCHEME_RULES,
  switchScheme,
  switchSettings,
  THEMES,
  useStoredSettings,
} from './checks.ts';

const paths = sitemapPaths();

for (const path of paths) {
  test.describe(`page ${path}`, () => {
    // One page load for the four colour schemes: every rule runs in the first scheme, and the
    // rules a scheme can change (axe-core's colour category) run again after each switch. The
    // content rules read the same loaded page (they do not depend on the scheme or the size).
    const CONTENT_RULES = ['@sc-3.1.6', '@sc-3.3.2', '@sc-3.3.5', '@sc-2.2.2', '@sc-2.3.1', '@sc-2.3.2', '@sc-2.3.3', '@sc-1.4.5', '@sc-1.4.9', '@sc-2.4.4', '@sc-2.4.9', '@sc-3.2.5'];
    test('axe-core による検査（配色4種）と、フォームのヘルプ・動き・文字画像・リンクの目的・新しい窓・漢字の読み（独自の検査）', { tag: ['@axe', '@sc-1.4.6', '@sc-1.4.3', ...CONTENT_RULES] }, async ({ page }) => {
      // Four axe runs in one test: on the longest page (/linkage/documents/) they take about 40 s
      // on an idle 2-core machine, beyond the 60 s default on a busy one. Three times the default.
      test.slow();
      const [first, ...others] = THEMES;
      await useStoredSettings(page, { theme: first });
      await page.goto(path);
      await openDisclosures(page);
      expect(await contentRuleProblems(page)).toEqual([]);
      expect(await kanjiWithoutReading(page), 'WCAG 3.1.6 readings').toEqual([]);
      const problems = (await axeProblems(page)).map((problem) => `${first}: ${problem}`);
      problems.push(...(await svgTextContrastProblems(page)).map((problem) => `${first}: diagram text: ${problem}`));
      for (const theme of others) {
        await switchScheme(page, theme);
        problems.push(...(await axeProblems(page, SCHEME_RULES)).map((problem) => `${theme}: ${problem}`));
        problems.push(...(await svgTextContrastProblems(page)).map((problem) => `${theme}: diagram text: ${problem}`));
      }
      expect(problems).toEqual([]);
    });

    // At 320 CSS px, one page load: first with the default text (targets, text spacing, no
    // horizontal scroll), then with the largest text and the wider lines switched on in the
    // same page, as a stored choice is applied (no horizontal scroll, every axe rule).
    test('幅320pxでのターゲットの大きさ・横スクロール・文字の間隔（独自の検査）と、文字200%での axe-core による検査', { tag: ['@axe', '@sc-1.4.4', '@sc-1.4.10', '@sc-1.4.12', '@sc-2.5.5'] }, async ({ page }) => {
      test.slow();
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      await openDisclosures(page);
      expect(await horizontalOverflow(page)).toEqual([]);
      expect(await smallTargets(page)).toEqual([]);
      expect(await textSpacingProblems(page), 'WCAG 1.4.12 text spacing').toEqual([]);
      await switchSettings(page, { textSize: 'largest', lineSpacing: 'wider' });
      expect(await horizontalOverflow(page), 'at 200% text').toEqual([]);
      expect(await axeProblems(page), 'at 200% text').toEqual([]);
    });

    const OWN_CHECKS = ['@sc-1.4.6', '@sc-2.4.3', '@sc-3.2.1', '@sc-1.4.8', '@sc-2.5.5', '@sc-2.5.8', '@sc-2.4.1', '@sc-2.4.2', '@sc-2.4.8', '@sc-2.4.10', '@sc-3.1.1', '@sc-2.4.7', '@sc-2.4.11', '@sc-2.4.12', '@sc-2.4.13'];
    test('ターゲットの大きさ・1行の文字数・ページの構造・フォーカスの表示（独自の検査）', { tag: OWN_CHECKS }, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(path);
      await openDisclosures(page);
      expect(await longLines(page), 'WCAG 1.4.8 line length').toEqual([]);
      expect(await smallTargets(page), 'WCAG 2.5.5 target size').toEqual([]);
      // The focus walk comes before the structure check, which follows the skip link: on a busy
      // machine the scroll to <main> could land in the middle of the walk.
      expect(await focusProblems(page), 'WCAG 2.4.13 focus').toEqual([]);
      expect(await structureProblems(page, path === '/'), 'structure').toEqual([]);
    });
  });
}
