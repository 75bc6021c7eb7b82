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
import { expect, test, type Page } from '@playwright/test';
import { guidePages } from '../../src/lib/page-text/guide-pages.ts';
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
const toolPages = [...pages.filter((page) => page.input), { path: '/search/', input: '#search-q' }];
const textPages = pages.filter((page) => !page.input);

const SIZES = [
  { name: 'desktop 1280×800', viewport: { width: 1280, height: 800 }, limits: { words: 600, inputBottom: 600 } },
  { name: 'phone 375×700', viewport: { width: 375, height: 700 }, limits: { h1: 250, words: 700, inputBottom: 700 } },
] as const;

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: size.viewport });

    test('every guide page: its own words on the first screen', async ({ page }) => {
      const problems: string[] = [];
      for (const { path } of textPages) {
        await page.goto(path);
        const { h1, words: own } = size.limits as { h1?: number; words: number };
        problems.push(...firstScreenProblems(await firstScreen(page), { h1, words: own }).map((problem) => `${path} ${problem}`));
      }
      expect(problems).toEqual([]);
    });

    test('every tool page: the whole input on the first screen', async ({ page }) => {
      const problems: string[] = [];
      for (const { path, input } of toolPages) {
        await page.goto(path);
        await expect(page.locator(input!)).toBeVisible();
        const { h1, inputBottom } = size.limits as { h1?: number; inputBottom: number };
        problems.push(...firstScreenProblems(await firstScreen(page, input), { h1, inputBottom }).map((problem) => `${path} ${problem}`));
      }
      expect(problems).toEqual([]);
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

test('the audio guide: no play control until the reader opens it, then exactly one (with JavaScript)', async ({ page }) => {
  for (const { path } of pages) {
    await page.goto(path);
    expect(await playControls(page), `${path} closed`).toEqual([]);
    expect(await page.locator('main .audio-guide__from-here').count(), `${path} closed: 「この見出しから聞く」`).toBe(0);
    await openListen(page);
    expect(await playControls(page), `${path} open`).toEqual(['button 「再生」']);
  }
  // While it plays, the one control is the pause button; closing the panel stops the sound.
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

test('the format bar is one row on a desktop and at most two on a phone', async ({ page }) => {
  for (const viewport of [{ width: 1280, height: 800, rows: 1 }, { width: 375, height: 700, rows: 2 }]) {
    await page.setViewportSize(viewport);
    for (const { path } of pages) {
      await page.goto(path);
      const tops = await page.locator('.formats__item > summary').evaluateAll((summaries) => summaries.map((summary) => Math.round(summary.getBoundingClientRect().top)));
      expect(tops.length, path).toBeGreaterThanOrEqual(2);
      expect(new Set(tops).size, `${path} at ${viewport.width}px`).toBeLessThanOrEqual(viewport.rows);
    }
  }
});
