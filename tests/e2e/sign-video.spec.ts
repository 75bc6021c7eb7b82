/**
 * The sign-language player, proved on the fixture page (tests/e2e/media-fixture.ts): two
 * ffmpeg test-pattern clips with captions, chapters and a transcript, built with the site into
 * .cache/media-fixture-site and served on a port of its own. The published site (dist/) never
 * contains the fixture; the last tests check that, and the honest fallback on every guide page.
 *
 * Tags: the published site has no video, so WCAG 1.2.x stay "not applicable" there
 * (site.spec.ts). What the player does for them is proved here under @fixture-sc-… tags, which
 * the conformance results do not count for the site.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, ownPage, test } from './page-per-worker.ts';
import { axeProblems, focusProblems, horizontalOverflow, longLines, SITE_DIR, sitemapPaths, smallTargets, useStoredSettings } from './checks.ts';
import { extractPageText } from '../../src/lib/page-text/index.ts';
import { buildMediaFixture, CAPTIONS, CHAPTERS, FIXTURE_SITE, TRANSCRIPT } from './media-fixture.ts';
import { words, shown } from './words.ts';

const FIXTURE_PATH = '/media-fixture/';
let server: ChildProcess | undefined;
let origin = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Every request the page makes for a video file, poster or captions. */
function mediaRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (/\/media\//.test(new URL(request.url()).pathname)) seen.push(new URL(request.url()).pathname);
  });
  return seen;
}

/** The fixture clip's player (its frame moves beside the text, out of <sign-video>). */
const player = (page: Page) => page.locator('[data-player="video-fixture-clip"]');
const video = (page: Page) => player(page).locator('video');
// The name is the button's words and then the section's title (visually hidden).
const sectionButton = (page: Page, title: string) => page.getByRole('button', { name: words(`この部分を手話で見る：${title}`) });
/** Text as read, without the furigana readings (<rt>, <rp>). */
const plainText = (locator: ReturnType<Page['locator']>) =>
  locator.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('rt, rp').forEach((node) => node.remove());
    return copy.textContent ?? '';
  });
/** The fixture page with its 「手話」 panel (format bar) opened, as a reader opens it. */
async function openFixture(page: Page): Promise<void> {
  await page.goto(`${origin}${FIXTURE_PATH}`);
  await signPanel(page).locator(':scope > summary').click();
}
/** The format bar's 「手話」 panel. */
const signPanel = (page: Page) => page.locator('.formats details[data-format="sign"]');
const currentTime = (page: Page) => video(page).evaluate((element: HTMLVideoElement) => element.currentTime);

test.describe('the sign-language player on the fixture page', () => {
  test.describe.configure({ mode: 'serial' });

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    // MEDIA_FIXTURE_REUSE=1 serves the last fixture build (while working on the tests alone).
    if (process.env['MEDIA_FIXTURE_REUSE'] !== '1' || !existsSync(join(FIXTURE_SITE, 'media-fixture'))) buildMediaFixture();
    const port = await freePort();
    server = spawn(process.execPath, ['scripts/serve-static.mjs', FIXTURE_SITE, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise((resolve) => server!.stdout!.once('data', resolve));
    origin = `http://127.0.0.1:${port}`;
  });
  test.afterAll(() => {
    server?.kill();
  });

  test('nothing of the video loads before the reader asks (no autoplay)', { tag: ['@fixture-sc-1.4.2'] }, async ({ page }) => {
    const requests = mediaRequests(page);
    await openFixture(page);
    await page.waitForLoadState('networkidle');
    expect(requests).toEqual([]);
    await expect(page.locator('video')).toHaveCount(0);
    await player(page).getByRole('button', { name: words('手話の動画を再生する', { exact: false }) }).click();
    await expect.poll(() => requests.some((path) => path.endsWith('.webm'))).toBe(true);
    expect(requests.some((path) => path.endsWith('poster.jpg'))).toBe(true);
  });

  test('captions: a Japanese captions track, on by default, shown under the picture in step with the video', { tag: ['@fixture-sc-1.2.2', '@fixture-sc-1.2.4'] }, async ({ page }) => {
    await openFixture(page);
    await player(page).getByRole('button', { name: words('手話の動画を再生する', { exact: false }) }).click();
    const track = video(page).locator('track');
    await expect(track).toHaveAttribute('kind', 'captions');
    await expect(track).toHaveAttribute('srclang', 'ja');
    await expect(track).toHaveAttribute('default', '');
    await expect(player(page).getByRole('button', { name: words('字幕') })).toHaveAttribute('aria-pressed', 'true');
    const caption = player(page).locator('[data-caption]');
    await expect(caption).toHaveText(CAPTIONS[0]![2], shown);
    // Pause and go to the second cue: the caption follows the time.
    await player(page).getByRole('button', { name: words('一時停止') }).click();
    await video(page).evaluate((element: HTMLVideoElement, time) => (element.currentTime = time), CAPTIONS[1]![0] + 0.5);
    await expect(caption).toHaveText(CAPTIONS[1]![2], shown);
    await expect(caption).toBeVisible();
    // The player's own button turns them off and on again.
    await player(page).getByRole('button', { name: words('字幕') }).click();
    await expect(caption).toBeHidden();
  });

  test('the display setting 字幕: 表示しない starts the player with captions off; text size scales them', ownPage('stores settings before the page loads'), async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('mynumber-guide:display', JSON.stringify({ captions: 'off', textSize: 'largest' })));
    await openFixture(page);
    await player(page).getByRole('button', { name: words('手話の動画を再生する', { exact: false }) }).click();
    await expect(player(page).getByRole('button', { name: words('字幕') })).toHaveAttribute('aria-pressed', 'false');
    await expect(player(page).locator('[data-caption]')).toBeHidden();
    await player(page).getByRole('button', { name: words('字幕') }).click();
    const size = await player(page).locator('[data-caption]').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    // 200% of the browser's 16px root, times the body size 1.25rem (tokens.css): 40px.
    expect(size).toBe(40);
  });

  test('each 「この部分を手話で見る」 button plays its chapter beside the text', { tag: ['@fixture-sc-1.2.6'] }, async ({ page }) => {
    await openFixture(page);
    for (const chapter of CHAPTERS) {
      const heading = page.locator(`#${chapter.section}`);
      const button = sectionButton(page, chapter.title);
      // The button follows its heading in the reading order.
      expect(await heading.evaluate((element) => element.nextElementSibling?.querySelector('button')?.innerText)).toContain('この部分を手話で見る');
      await button.click();
      await expect.poll(() => currentTime(page)).toBeGreaterThanOrEqual(chapter.start);
      expect(await currentTime(page)).toBeLessThan(chapter.start + 2);
      await expect.poll(() => video(page).evaluate((element: HTMLVideoElement) => element.paused)).toBe(false);
      // Beside the text: a fixed panel, next in the reading order after the pressed button.
      const frame = page.locator('.sign-video__frame.is-floating');
      await expect(frame).toBeVisible();
      expect(await frame.evaluate((element) => getComputedStyle(element).position)).toBe('fixed');
      expect(await button.evaluate((element) => element.parentElement?.nextElementSibling?.classList.contains('sign-video__frame'))).toBe(true);
      await expect(page.getByRole('region', { name: words('手話の動画：テスト用の手話の動画') })).toBeVisible();
    }
  });

  test('a chapter stops at its end', async ({ page }) => {
    await openFixture(page);
    const first = CHAPTERS[0]!;
    await sectionButton(page, first.title).click();
    const paused = () => video(page).evaluate((element: HTMLVideoElement) => element.paused);
    await expect.poll(paused).toBe(false);
    await expect.poll(paused, { timeout: 15_000 }).toBe(true);
    const stoppedAt = await currentTime(page);
    expect(stoppedAt).toBeGreaterThanOrEqual(first.end);
    expect(stoppedAt).toBeLessThan(first.end + 1);
    await expect(player(page).getByRole('status')).toHaveText('この部分の手話が終わりました。', shown);
  });

  test('the panel is moved and resized by keyboard (and dragged by a mouse), and docks back', { tag: ['@fixture-sc-2.1.1', '@fixture-sc-2.5.7'] }, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openFixture(page);
    await sectionButton(page, CHAPTERS[1]!.title).focus();
    await page.keyboard.press('Enter');
    const box = async () => (await player(page).boundingBox())!;
    const before = await box();
    // Tab from the pressed button reaches the panel first.
    await page.keyboard.press('Tab');
    await expect(player(page).getByRole('button', { name: words('位置を変える') })).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowUp');
    const moved = await box();
    expect(moved.x).toBeLessThan(before.x);
    expect(moved.y).toBeLessThan(before.y);
    // A mouse drags it by the free part of its bar.
    const grip = await player(page).locator('[data-bar]').evaluate((bar) => {
      const box = bar.getBoundingClientRect();
      for (let x = box.right - 2; x > box.left; x -= 4) {
        for (let y = box.top + 2; y < box.bottom; y += 4) if (document.elementFromPoint(x, y) === bar) return { x, y };
      }
      return undefined;
    });
    expect(grip, 'the bar has room to grab').toBeDefined();
    const beforeDrag = await box();
    await page.mouse.move(grip!.x, grip!.y);
    await page.mouse.down();
    await page.mouse.move(grip!.x - 100, grip!.y - 50, { steps: 5 });
    await page.mouse.up();
    const dragged = await box();
    expect(Math.round(beforeDrag.x - dragged.x)).toBe(100);
    expect(Math.round(beforeDrag.y - dragged.y)).toBe(50);
    await player(page).getByRole('button', { name: words('大きく') }).focus();
    await page.keyboard.press('Enter');
    expect((await box()).width).toBeGreaterThan(dragged.width);
    await player(page).getByRole('button', { name: words('元の場所に戻す') }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.sign-video__frame.is-floating')).toHaveCount(0);
    await expect(player(page).locator('[data-play]')).toBeFocused();
  });

  test('keyboard: play, pause, seek and speed without a mouse', { tag: ['@fixture-sc-2.1.1', '@fixture-sc-2.1.3'] }, async ({ page }) => {
    await openFixture(page);
    await player(page).getByRole('button', { name: words('手話の動画を再生する', { exact: false }) }).focus();
    await page.keyboard.press('Enter');
    const pause = player(page).getByRole('button', { name: words('一時停止') });
    await expect(pause).toBeVisible();
    await pause.focus();
    await page.keyboard.press('Space');
    await expect(player(page).getByRole('button', { name: words('再生') })).toBeVisible();
    await player(page).getByRole('button', { name: words('5秒進む') }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => currentTime(page)).toBeGreaterThanOrEqual(5);
    // The slider follows the video when the seek has finished (the seeked event), as a reader would find it.
    const slider = player(page).getByRole('slider', { name: words('再生位置') });
    await expect.poll(() => slider.inputValue().then(Number)).toBeGreaterThanOrEqual(5);
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => currentTime(page)).toBeGreaterThanOrEqual(6);
    await player(page).getByRole('combobox', { name: words('速さ') }).selectOption({ label: '1.5倍' });
    expect(await video(page).evaluate((element: HTMLVideoElement) => element.playbackRate)).toBe(1.5);
    // Keys on the picture itself: Space plays and pauses.
    await video(page).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => video(page).evaluate((element: HTMLVideoElement) => element.paused)).toBe(false);
  });

  test('full screen holds the picture, captions and controls', async ({ page }) => {
    await openFixture(page);
    await player(page).getByRole('button', { name: words('手話の動画を再生する', { exact: false }) }).click();
    await player(page).getByRole('button', { name: words('全画面') }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.classList.contains('sign-video__frame') ?? false)).toBe(true);
  });

  test('the transcript is on the page, with every paragraph', { tag: ['@fixture-sc-1.2.8', '@fixture-sc-1.2.3'] }, async ({ page }) => {
    await openFixture(page);
    const transcript = page.locator('.sign-video__transcript').first();
    await transcript.locator('summary').click();
    for (const paragraph of TRANSCRIPT) await expect(transcript).toContainText(paragraph, shown);
  });

  test('a sign-language video kept in step with a video with speech: play, pause, seek, speed, swap', { tag: ['@fixture-sc-1.2.6'] }, async ({ page }) => {
    await openFixture(page);
    const pair = page.locator('.fixture-pair sign-video');
    await pair.getByRole('button', { name: words('動画と手話を再生する', { exact: false }) }).click();
    const times = () => pair.locator('video').evaluateAll((videos: HTMLVideoElement[]) => videos.map((element) => ({ time: element.currentTime, paused: element.paused, rate: element.playbackRate, muted: element.muted })));
    await expect.poll(async () => (await times()).map((state) => state.paused)).toEqual([false, false]);
    expect((await times())[1]!.muted).toBe(true);
    await pair.getByRole('button', { name: words('一時停止') }).click();
    await expect.poll(async () => (await times()).map((state) => state.paused)).toEqual([true, true]);
    await pair.getByRole('slider', { name: words('再生位置') }).evaluate((input: HTMLInputElement) => {
      input.value = '8';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect.poll(async () => Math.abs((await times())[1]!.time - 8)).toBeLessThan(0.5);
    await pair.getByRole('combobox', { name: words('速さ') }).selectOption({ label: '0.75倍' });
    await expect.poll(async () => (await times()).map((state) => state.rate)).toEqual([0.75, 0.75]);
    const swap = pair.getByRole('button', { name: words('手話を大きくする') });
    await swap.click();
    await expect(swap).toHaveAttribute('aria-pressed', 'true');
    const widths = await pair.locator('video').evaluateAll((videos) => videos.map((element) => element.getBoundingClientRect().width));
    expect(widths[1]!).toBeGreaterThan(widths[0]!);
  });

  test('the fixture page passes axe, with the player open and beside the text', { tag: ['@fixture-axe'] }, async ({ page }) => {
    await openFixture(page);
    expect(await axeProblems(page)).toEqual([]);
    await sectionButton(page, CHAPTERS[0]!.title).click();
    await expect(page.locator('.sign-video__frame.is-floating')).toBeVisible();
    expect(await axeProblems(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    expect(await focusProblems(page)).toEqual([]);
  });

  test('at 320px with 200% text, in 黒地に黄: no horizontal scroll, axe passes, with the panel open', { tag: ['@fixture-sc-1.4.10', '@fixture-axe'], ...ownPage('stores settings before the page loads') }, async ({ page }) => {
    await useStoredSettings(page, { textSize: 'largest', theme: 'yellow' });
    await page.setViewportSize({ width: 320, height: 640 });
    await openFixture(page);
    await sectionButton(page, CHAPTERS[1]!.title).click();
    await expect(page.locator('.sign-video__frame.is-floating')).toBeVisible();
    expect(await horizontalOverflow(page)).toEqual([]);
    expect(await axeProblems(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await longLines(page)).toEqual([]);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('a native player with captions, and nothing fetched until play', async ({ page }) => {
      const requests = mediaRequests(page);
      await openFixture(page);
      await page.waitForLoadState('networkidle');
      const native = page.locator('sign-video video').first();
      await expect(native).toHaveAttribute('preload', 'none');
      await expect(native).toHaveAttribute('controls', '');
      await expect(native.locator('track[kind="captions"]')).toHaveCount(1);
      expect(requests.filter((path) => !path.endsWith('.vtt'))).toEqual([]);
    });
  });
});

test.describe('the published site', () => {
  test('dist/ holds no video fixture', async () => {
    expect(existsSync(join(SITE_DIR, 'media-fixture'))).toBe(false);
    const media = join(SITE_DIR, 'media');
    const fixtureFolders = existsSync(media) ? readdirSync(media).filter((name) => name.startsWith('fixture-') && statSync(join(media, name)).isDirectory()) : [];
    expect(fixtureFolders).toEqual([]);
    expect(readFileSync(join(SITE_DIR, 'sitemap-0.xml'), 'utf8')).not.toContain('media-fixture');
  });

  test('a guide page without its own video says so and links to the official sign-language videos', async ({ page }) => {
    for (const path of sitemapPaths().filter((route) => ['/', '/card/', '/portal/api/'].includes(route))) {
      await page.goto(path);
      await signPanel(page).locator(':scope > summary').click();
      const area = signPanel(page);
      await expect(area.locator('.sign-area')).toBeVisible();
      const text = await plainText(area);
      expect(text).toContain('このページの手話の動画は、まだありません。');
      expect(text).toContain('このページを手話に訳したものではありません');
      // The address and wording come from the government deck (令和3年3月作成, its URL).
      const link = area.getByRole('link', { name: words('手話動画（外部サイト：内閣府）', { exact: false }) });
      await expect(link).toHaveAttribute('href', 'https://www.cao.go.jp/bangouseido/case/chokaku/index.html');
      await expect(area.locator('time')).toHaveAttribute('datetime', '2021-03');
    }
  });

  test('the braille, audio and e-book text of a page leaves the sign-language area out', async () => {
    const html = readFileSync(join(SITE_DIR, 'card/index.html'), 'utf8');
    expect(html).toContain('class="sign-area"');
    const words = JSON.stringify(extractPageText(html, '/card/').blocks);
    expect(words).not.toContain('手話の動画');
  });
});
