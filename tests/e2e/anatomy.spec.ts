/**
 * Page anatomy (issue 17): a reader who arrives with one question finds the page's own words,
 * or the tool's input, on the first screen, at a desktop size and on a phone, with the
 * browser's default settings; the other formats wait in one compact bar under the h1; the
 * audio guide offers one play control at a time, with and without JavaScript.
 *
 * The limits are the issue's: 1280×800: the first own words (or the tool's input) within
 * 600 px of the top; 375×700: the h1 within 250 px, the first own words or the whole input
 * within 700 px. The pages come from content/pages/ (every file is a guide page; a `tool:`
 * line in its front matter makes it a tool page) and the search page.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './page-per-worker.ts';
import { guidePages } from '../../src/data/content-files.ts';
import { firstScreen, firstScreenProblems, playControls } from './checks.ts';
import { words } from './words.ts';

/** The first control of each tool, by the tool's name in front matter. */
const TOOL_INPUTS: Record<string, string> = { 'municipality-finder': '#muni-q', 'procedure-finder': '#finder-doc' };

const pages = guidePages().map((page) => {
  const file = readFileSync(`content/pages/${page.id}.mdx`, 'utf8');
  const tool = /^tool:\s*(\S+)\s*$/m.exec(file.split(/^---\s*$/m)[1] ?? '')?.[1];
  if (tool && !TOOL_INPUTS[tool]) throw new Error(`content/pages/${page.id}.mdx: tool "${tool}" has no input selector in anatomy.spec.ts`);
  return { path: page.path, input: tool ? TOOL_INPUTS[tool] : undefined };
});

const SIZES = [
  { name: 'desktop 1280×800', viewport: { width: 1280, height: 800 }, limits: { words: 600, inputBottom: 600 }, formatRows: 1, audioGuide: true },
  { name: 'phone 375×700', viewport: { width: 375, height: 700 }, limits: { h1: 250, words: 700, inputBottom: 700 }, formatRows: 2, audioGuide: false },
] as const;

/** The format bar's rows, as the distinct tops of its buttons. */
const formatBarRows = (page: Page) =>
  page.locator('.formats__item > summary').evaluateAll((summaries) => summaries.map((summary) => Math.round(summary.getBoundingClientRect().top)));

// One load of each page at each size serves every promise about that size (a page load costs
// about 0.5 CPU-seconds on the 2-core machine the suite runs on); each promise keeps its own
// list of problems and its own soft assertion.
for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: size.viewport });

    const audioTitle = size.audioGuide ? ', and the audio guide: no play control until the reader opens it, then exactly one (with JavaScript)' : '';
    test(`every guide page: its own words or the whole tool input on the first screen; the format bar in at most ${size.formatRows} row${size.formatRows > 1 ? 's' : ''}${audioTitle}`, async ({ page }) => {
      const firstScreenFound: string[] = [];
      const formatBar: string[] = [];
      const audio: string[] = [];
      const { h1 } = size.limits as { h1?: number };
      for (const { path, input } of [...pages, { path: '/search/', input: '#search-q' }]) {
        await page.goto(path);
        if (input) {
          if (!(await page.locator(input).isVisible())) firstScreenFound.push(`${path} ${input} is not visible`);
          firstScreenFound.push(...firstScreenProblems(await firstScreen(page, input), { h1, inputBottom: size.limits.inputBottom }).map((problem) => `${path} ${problem}`));
        } else {
          firstScreenFound.push(...firstScreenProblems(await firstScreen(page), { h1, words: size.limits.words }).map((problem) => `${path} ${problem}`));
        }
        if (path === '/search/') continue; // not a guide page: no format bar, no audio guide
        const tops = await formatBarRows(page);
        if (tops.length < 2) formatBar.push(`${path}: ${tops.length} format buttons`);
        if (new Set(tops).size > size.formatRows) formatBar.push(`${path}: ${new Set(tops).size} rows`);
        if (!size.audioGuide) continue;
        // Last, because opening the panel changes the page.
        const closed = await playControls(page);
        if (closed.length > 0) audio.push(`${path} closed: ${closed.join(', ')}`);
        const fromHere = await page.locator('main .audio-guide__from-here').count();
        if (fromHere > 0) audio.push(`${path} closed: ${fromHere} 「この見出しから聞く」`);
        await openListen(page);
        const open = await playControls(page);
        if (open.join() !== 'button 「再生」') audio.push(`${path} open: ${open.join(', ') || 'none'}`);
      }
      expect.soft(firstScreenFound, 'own words or the tool input on the first screen').toEqual([]);
      expect.soft(formatBar, 'the format bar').toEqual([]);
      expect.soft(audio, 'one play control, only once the audio guide is opened').toEqual([]);
      expect(pages.length, 'guide pages found').toBeGreaterThan(10);
    });
  });
}

test.describe('phone header', () => {
  test.use({ viewport: { width: 375, height: 700 } });

  test('the navigation opens from the menu button, and the search box is on the first screen', async ({ page }) => {
    await page.goto('/card/');
    const topics = page.getByRole('navigation', { name: '話題' });
    await expect(topics).toBeHidden();
    await expect(page.getByRole('searchbox', { name: words('サイト内検索') })).toBeInViewport();
    const menu = page.locator('.site-menu > summary');
    await menu.click();
    await expect(topics).toBeVisible();
    await expect(topics.getByRole('link')).toHaveCount(await page.locator('header .topic-nav a').count());
  });
});

test.describe('desktop header', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  test('both navigations are shown without a menu button', async ({ page }) => {
    await page.goto('/card/');
    await expect(page.getByRole('navigation', { name: '話題' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'サイトの使い方' })).toBeVisible();
    await expect(page.locator('.site-menu > summary')).toBeHidden();
  });
});

/** Opens the format bar's 「音声で聞く」 panel. */
async function openListen(page: Page): Promise<void> {
  await page.locator('.formats details[data-format="listen"] > summary').click();
}

test('the audio guide while it plays: the one control is the pause button, and closing the panel stops the sound', async ({ page }) => {
  await page.goto('/card/');
  await openListen(page);
  await page.getByRole('button', { name: words('再生') }).click();
  expect(await playControls(page)).toEqual(['button 「一時停止」']);
  await page.locator('.formats details[data-format="listen"] > summary').click();
  await expect.poll(() => page.locator('audio').evaluate((audio: HTMLAudioElement) => audio.paused)).toBe(true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the audio guide opens with the browser’s own player, one play control', async ({ page }) => {
    for (const { path } of pages) {
      await page.goto(path);
      expect(await playControls(page), `${path} closed`).toEqual([]);
      await openListen(page);
      expect(await playControls(page), `${path} open`).toEqual(['audio[controls]']);
    }
  });
});
