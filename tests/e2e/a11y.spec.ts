/**
 * The accessibility bar for every page in the sitemap: axe-core (all WCAG levels including
 * AAA, plus best practices) in every colour scheme and at 320 CSS px, and the project's own
 * checks for what axe cannot test. Zero problems is the only pass.
 */
import { expect, test } from '@playwright/test';
import {
  axeProblems,
  focusProblems,
  horizontalOverflow,
  longLines,
  sitemapPaths,
  smallTargets,
  structureProblems,
  svgTextContrastProblems,
  textSpacingProblems,
  THEMES,
  useStoredSettings,
} from './checks.ts';

const paths = sitemapPaths();

for (const path of paths) {
  test.describe(`page ${path}`, () => {
    for (const theme of THEMES) {
      test(`axe, ${theme} scheme`, async ({ page }) => {
        await useStoredSettings(page, { theme });
        await page.goto(path);
        expect(await axeProblems(page)).toEqual([]);
        expect(await svgTextContrastProblems(page), 'diagram text contrast').toEqual([]);
      });
    }

    test('axe and reflow at 320px with text at 200%', async ({ page }) => {
      await useStoredSettings(page, { textSize: 'largest', lineSpacing: 'wider' });
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      expect(await horizontalOverflow(page)).toEqual([]);
      expect(await axeProblems(page)).toEqual([]);
    });

    test('targets, line length, structure and focus (own checks)', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(path);
      expect(await longLines(page), 'WCAG 1.4.8 line length').toEqual([]);
      expect(await smallTargets(page), 'WCAG 2.5.5 target size').toEqual([]);
      expect(await structureProblems(page, path === '/'), 'structure').toEqual([]);
      expect(await focusProblems(page), 'WCAG 2.4.13 focus').toEqual([]);
    });

    test('targets and reflow at 320px; text spacing overridden (1.4.12)', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      expect(await horizontalOverflow(page)).toEqual([]);
      expect(await smallTargets(page)).toEqual([]);
      expect(await textSpacingProblems(page), 'WCAG 1.4.12 text spacing').toEqual([]);
    });
  });
}
