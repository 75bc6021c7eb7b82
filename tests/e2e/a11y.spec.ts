/**
 * The accessibility bar for every page in the sitemap: axe-core (all WCAG levels including
 * AAA, plus best practices), its colour rules in every colour scheme and at 320 CSS px, and the project's own
 * checks for what axe cannot test. Zero problems is the only pass.
 *
 * One test per page, with two page loads: a desktop load for the content rules, the four colour
 * schemes and the keyboard walk, and a phone load at 320 CSS px. The suite is bound by the CPU of
 * a 2-core machine, where a page load costs about 0.5 CPU-seconds: three tests a page cost 67
 * loads more. Each stage keeps its own soft assertion, so that a failure in one still lets the
 * others report.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './page-per-worker.ts';
import {
  axeProblems,
  contentRuleProblems,
  kanjiWithoutReading,
  focusProblems,
  openDisclosures,
  readingsWidenPage,
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
} from './checks.ts';

const paths = sitemapPaths();

// The criteria the axe runs stand for (not checks.ts AXE_TAGS, the axe rule tags they run).
const AXE_CRITERIA = ['@axe', '@sc-1.4.6', '@sc-1.4.3'];
// What the page must not do, checked on the desktop load (they do not depend on the scheme or the size).
const CONTENT_RULES = ['@sc-3.1.6', '@sc-3.3.2', '@sc-3.3.5', '@sc-2.2.2', '@sc-2.3.1', '@sc-2.3.2', '@sc-2.3.3', '@sc-1.4.5', '@sc-1.4.9', '@sc-2.4.4', '@sc-2.4.9', '@sc-3.2.5'];
const OWN_CHECKS = ['@sc-1.4.8', '@sc-2.5.5', '@sc-2.5.8', '@sc-2.4.1', '@sc-2.4.2', '@sc-2.4.3', '@sc-2.4.7', '@sc-2.4.8', '@sc-2.4.10', '@sc-2.4.11', '@sc-2.4.12', '@sc-2.4.13', '@sc-3.1.1', '@sc-3.2.1'];
const PHONE = ['@sc-1.4.4', '@sc-1.4.10', '@sc-1.4.12'];
const TAGS = [...new Set([...AXE_CRITERIA, ...CONTENT_RULES, ...OWN_CHECKS, ...PHONE])];

/** The page in each colour scheme: every axe rule in the first, the rules a scheme can change in the others. */
async function schemeProblems(page: Page): Promise<string[]> {
  const [first, ...others] = THEMES;
  await switchScheme(page, first);
  const problems = (await axeProblems(page)).map((problem) => `${first}: ${problem}`);
  problems.push(...(await svgTextContrastProblems(page)).map((problem) => `${first}: diagram text: ${problem}`));
  for (const theme of others) {
    await switchScheme(page, theme);
    problems.push(...(await axeProblems(page, SCHEME_RULES)).map((problem) => `${theme}: ${problem}`));
    problems.push(...(await svgTextContrastProblems(page)).map((problem) => `${theme}: diagram text: ${problem}`));
  }
  // Back to the first scheme, which is what the page shows with nothing stored.
  await switchScheme(page, first);
  return problems;
}

// The page is named by a describe block, so that the results page (src/lib/conformance, which
// leaves out 'page /…' blocks) lists the check once rather than once a page.
for (const path of paths) {
  test.describe(`page ${path}`, () => {
    test('axe-core（配色4種・幅320px・文字200%）と独自の検査（内容・キーボード・ターゲット・行の長さ・構造・文字の間隔・ふりがなの幅）', { tag: TAGS }, async ({ page }) => {
      // On the longest page (/linkage/documents/) this takes about 30 s on an idle 2-core
      // machine, beyond the 60 s default on a busy one. Three times the default.
      test.slow();

      // The desktop, with nothing stored: the page as a first visit shows it.
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(path);
      await openDisclosures(page);
      expect.soft(await contentRuleProblems(page), 'content rules').toEqual([]);
      expect.soft(await kanjiWithoutReading(page), 'WCAG 3.1.6 readings').toEqual([]);
      expect.soft(await schemeProblems(page), 'axe-core in the four colour schemes').toEqual([]);
      expect.soft(await longLines(page), 'WCAG 1.4.8 line length').toEqual([]);
      expect.soft(await smallTargets(page), 'WCAG 2.5.5 target size').toEqual([]);
      // The focus walk comes before the structure check, which follows the skip link: on a busy
      // machine the scroll to <main> could land in the middle of the walk.
      expect.soft(await focusProblems(page), 'WCAG 2.4.13 focus').toEqual([]);
      expect.soft(await structureProblems(page, path === '/'), 'structure').toEqual([]);

      // A phone at 320 CSS px, loaded afresh with nothing stored: first the default text (targets,
      // text spacing, no horizontal scroll, readings that make nothing wider), then the largest
      // text and the wider lines switched on in the same page, as a stored choice is applied (no
      // horizontal scroll, every axe rule).
      await page.evaluate(() => localStorage.clear());
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      await openDisclosures(page);
      expect.soft(await horizontalOverflow(page), 'WCAG 1.4.10 at 320px').toEqual([]);
      expect.soft(await smallTargets(page), 'WCAG 2.5.5 target size at 320px').toEqual([]);
      expect.soft(await textSpacingProblems(page), 'WCAG 1.4.12 text spacing').toEqual([]);
      expect.soft(await readingsWidenPage(page), 'WCAG 1.4.10 readings at 320px').toEqual([]);
      await switchSettings(page, { textSize: 'largest', lineSpacing: 'wider' });
      expect.soft(await horizontalOverflow(page), 'WCAG 1.4.10 at 200% text').toEqual([]);
      expect.soft(await axeProblems(page), 'axe-core at 200% text').toEqual([]);
    });
  });
}
