/**
 * ふりがな (WCAG 3.1.6): shown by default in the やさしい日本語 summary and hidden in the body;
 * the display setting turns them on everywhere or off everywhere. In every state a screen
 * reader gets each word once: the accessible text of a block equals its base text (the text
 * without <rt>/<rp>), checked with Playwright's accessibility snapshot and with Chromium's own
 * accessibility tree.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, ownPage, test } from './page-per-worker.ts';
import { axeProblems, horizontalOverflow, longLines, useStoredSettings } from './checks.ts';
import { words } from './words.ts';

const PAGE = '/card/';

/**
 * Text compared without white space: Japanese has no spaces between words, and Playwright's
 * snapshot puts one around every <ruby> (it treats display: ruby like a block), which a screen
 * reader does not hear.
 */
const squeeze = (text: string) => text.replace(/\s+/g, '');

/** The text of an element as written, without the readings. */
const baseText = (locator: Locator) =>
  locator.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('rt, rp').forEach((node) => node.remove());
    return copy.textContent ?? '';
  }).then(squeeze);

/** The accessible text of a block: its aria snapshot without the role prefix. */
async function accessibleText(locator: Locator): Promise<string> {
  const snapshot = await locator.ariaSnapshot();
  return squeeze(
    snapshot
      .split('\n')
      .map((line) => line.replace(/^\s*- (?:paragraph|listitem|text)(?: "[^"]*")?:? ?/, '').replace(/^"|"$/g, ''))
      .join(''),
  );
}

/** The first body paragraph with ruby and nothing but text and ruby in it. */
function bodyParagraph(page: Page): Locator {
  return page.locator('main > p:has(ruby)').filter({ hasNot: page.locator('a, span, time, abbr') }).first();
}

const summaryItem = (page: Page) => page.locator('.summary-box li:has(ruby)').first();

const readingsShown = (locator: Locator) =>
  locator.locator('rt').evaluateAll((nodes) => nodes.filter((node) => getComputedStyle(node).display !== 'none' && node.getBoundingClientRect().height > 0).length);

/**
 * Every name and description in Chromium's own accessibility tree (CDP). Chromium exposes an
 * <rt> that is not hidden as the description of a "Ruby" node, which screen readers may speak
 * after the word; so both are collected.
 */
async function chromiumTreeTexts(page: Page): Promise<string[]> {
  type AXValue = { value?: string };
  const session = await page.context().newCDPSession(page);
  const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: Array<{ name?: AXValue; description?: AXValue; ignored?: boolean }> };
  await session.detach();
  return nodes.filter((node) => !node.ignored).flatMap((node) => [node.name?.value ?? '', node.description?.value ?? '']);
}

/** Readings on the page that are not also written somewhere in its base text. */
const distinctiveReadings = (page: Page) =>
  page.evaluate(() => {
    const copy = document.querySelector('main')!.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('rt, rp').forEach((node) => node.remove());
    const base = copy.textContent ?? '';
    return [...new Set([...document.querySelectorAll('main rt')].map((node) => node.textContent ?? ''))].filter((reading) => reading.length >= 3 && !base.includes(reading));
  });

async function expectEachWordOnce(page: Page, blocks: Locator[]): Promise<void> {
  for (const block of blocks) expect(await accessibleText(block)).toBe(await baseText(block));
  const readings = await distinctiveReadings(page);
  expect(readings.length, 'the page should have readings to look for').toBeGreaterThan(5);
  const texts = await chromiumTreeTexts(page);
  expect(texts.filter((text) => readings.includes(text.trim()))).toEqual([]);
}

test.describe('by default', () => {
  test('readings show in the summary and not in the body; each word is read once', async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.locator('html')).not.toHaveAttribute('data-furigana', /.+/);
    expect(await readingsShown(summaryItem(page))).toBeGreaterThan(0);
    expect(await readingsShown(bodyParagraph(page))).toBe(0);
    await expectEachWordOnce(page, [summaryItem(page), bodyParagraph(page)]);
  });

  test('every ruby has its <rp> brackets and an aria-hidden reading', async ({ page }) => {
    await page.goto(PAGE);
    const shapes = await page.locator('ruby').evaluateAll((rubies) =>
      rubies.map((ruby) => [...ruby.children].map((child) => `${child.tagName}${child.getAttribute('aria-hidden') ? '[hidden]' : ''}`).join(' ')),
    );
    expect(shapes.length).toBeGreaterThan(20);
    expect(new Set(shapes)).toEqual(new Set(['RP RT[hidden] RP']));
  });
});

test.describe('with ふりがな on', ownPage('stores settings before the page loads'), () => {
  test.beforeEach(async ({ page }) => useStoredSettings(page, { furigana: 'on' }));

  test('readings show in the body too, and each word is still read once', async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.locator('html')).toHaveAttribute('data-furigana', 'on');
    expect(await readingsShown(bodyParagraph(page))).toBeGreaterThan(0);
    await expectEachWordOnce(page, [summaryItem(page), bodyParagraph(page)]);
  });

  test('the page stays within AAA: contrast, line length, no horizontal scroll at 320px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(PAGE);
    expect(await axeProblems(page)).toEqual([]);
    expect(await longLines(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toEqual([]);
  });

  test('the check can fail: a reading exposed to screen readers is heard', async ({ page }) => {
    await page.goto(PAGE);
    const paragraph = bodyParagraph(page);
    await paragraph.locator('rt').first().evaluate((rt) => rt.removeAttribute('aria-hidden'));
    expect(await accessibleText(paragraph)).not.toBe(await baseText(paragraph));
    const readings = await distinctiveReadings(page);
    await page.locator('main rt').evaluateAll((nodes) => nodes.forEach((rt) => rt.removeAttribute('aria-hidden')));
    const texts = await chromiumTreeTexts(page);
    expect(texts.filter((text) => readings.includes(text.trim())).length).toBeGreaterThan(0);
  });
});

test.describe('with ふりがな off', ownPage('stores settings before the page loads'), () => {
  test.beforeEach(async ({ page }) => useStoredSettings(page, { furigana: 'off' }));

  test('no readings show, not even in the summary, and the text is read once', async ({ page }) => {
    await page.goto(PAGE);
    expect(await page.locator('rt').evaluateAll((nodes) => nodes.filter((node) => getComputedStyle(node).display !== 'none').length)).toBe(0);
    await expectEachWordOnce(page, [summaryItem(page), bodyParagraph(page)]);
  });
});

test('the setting is chosen on the settings page and applies on the next page', async ({ page }) => {
  await page.goto('/settings/');
  const group = page.getByRole('group', { name: words('ふりがな') });
  await expect(group).toBeVisible();
  await group.getByRole('radio', { name: words('すべての漢字に付ける') }).check();
  await expect(page.locator('html')).toHaveAttribute('data-furigana', 'on');
  await page.goto(PAGE);
  expect(await readingsShown(bodyParagraph(page))).toBeGreaterThan(0);

  await page.goto('/settings/');
  await page.getByRole('group', { name: words('ふりがな') }).getByRole('radio', { name: words('付けない') }).check();
  await page.goto(PAGE);
  expect(await readingsShown(summaryItem(page))).toBe(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the summary still has its readings and the body is plain', async ({ page }) => {
    await page.goto(PAGE);
    expect(await readingsShown(summaryItem(page))).toBeGreaterThan(0);
    expect(await readingsShown(bodyParagraph(page))).toBe(0);
  });
});

// That readings make no page wider at 320 CSS px (WCAG 1.4.10) is checked on every page by
// a11y.spec.ts, in the same phone load as its other 320px checks.
