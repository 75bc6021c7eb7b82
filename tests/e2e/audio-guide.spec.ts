/**
 * The audio guide player (src/components/AudioGuide.astro, src/scripts/audio-guide*.ts):
 * no audio bytes before play, keyboard operation with labelled controls, chapters and
 * 「この見出しから聞く」, the highlighted text equal to the caption cue being read, and the
 * browser-voice mode with a stubbed speechSynthesis (headless Chromium has no voices).
 * Expected sentences come from the WebVTT captions file (the independent record of what the
 * audio says at each time), not from the player's own state.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, ownPage, test } from './page-per-worker.ts';
import { MANIFEST_PATH, parseManifest } from '../../src/lib/speech/index.ts';
import { words } from './words.ts';

const manifest = parseManifest(readFileSync(MANIFEST_PATH, 'utf8'));
const PAGE = '/card/';
const entry = manifest.pages[PAGE]!;

interface Cue {
  id: string;
  start: number;
  end: number;
  text: string;
}
/** The cues of a WebVTT file (as `captionsVtt` writes it: id, timing, one line of text). */
function parseVtt(vtt: string): Cue[] {
  const seconds = (stamp: string) => stamp.split(':').reduce((sum, part) => sum * 60 + Number(part), 0);
  return vtt
    .split('\n\n')
    .slice(1)
    .filter((block) => block.includes('-->'))
    .map((block) => {
      const [id, timing, ...text] = block.trim().split('\n');
      const [start, end] = timing!.split(' --> ');
      const unescape = (value: string) => value.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
      return { id: id!, start: seconds(start!), end: seconds(end!), text: unescape(text.join('\n')) };
    });
}
/** The page with its 「音声で聞く」 panel (format bar) opened, as a reader opens it. */
async function openGuide(page: Page): Promise<void> {
  await page.goto(PAGE);
  await page.locator('.formats details[data-format="listen"] > summary').click();
}
const cues = parseVtt(readFileSync(`public${entry.files.captions.url}`, 'utf8'));

/** The text the page highlights now, range by range, without readings (<rt>). */
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const highlight = CSS.highlights.get('audio-guide');
    if (!highlight) return '';
    return [...highlight]
      .map((range) => (range as Range).toString())
      .join('');
  });

test('no audio bytes are loaded until the reader presses play', async ({ page }) => {
  const media: string[] = [];
  page.on('request', (request) => {
    if (/\.(opus|mp3)(\?|$)/.test(request.url())) media.push(request.url());
  });
  await openGuide(page);
  await expect(page.locator('audio')).toHaveAttribute('preload', 'none');
  await page.keyboard.press('Tab');
  await page.waitForTimeout(500);
  expect(media).toEqual([]);
  await page.getByRole('button', { name: words('再生') }).click();
  await expect.poll(() => media.length).toBeGreaterThan(0);
});

test('every control is labelled and works from the keyboard', async ({ page }) => {
  await openGuide(page);
  const group = page.getByRole('group', { name: words('音声の操作') });
  for (const name of ['再生', '10秒戻る', '10秒進む']) await expect(group.getByRole('button', { name: words(name) })).toBeVisible();
  await expect(group.getByRole('combobox', { name: words('速さ') })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: words('読んでいる文が見えるように、画面を動かす') })).toBeVisible();

  // Play by keyboard.
  await page.getByRole('button', { name: words('再生') }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: words('一時停止') })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: words('再生') })).toBeVisible();
  await expect.poll(() => page.locator('audio').evaluate((audio: HTMLAudioElement) => audio.paused)).toBe(true);

  // Forward and back 10 s.
  const time = () => page.locator('audio').evaluate((audio: HTMLAudioElement) => audio.currentTime);
  const before = await time();
  await group.getByRole('button', { name: words('10秒進む') }).press('Enter');
  await expect.poll(time).toBeCloseTo(before + 10, 0);
  await expect(page.getByRole('status').filter({ hasText: '10秒進みました' })).toHaveCount(1);
  await group.getByRole('button', { name: words('10秒戻る') }).press('Enter');
  await expect.poll(time).toBeCloseTo(before, 0);

  // Speed 0.75x to 2x.
  const speed = group.getByRole('combobox', { name: words('速さ') });
  expect(await speed.locator('option').allInnerTexts()).toEqual(['0.75倍', '1倍', '1.25倍', '1.5倍', '1.75倍', '2倍']);
  await speed.selectOption('1.5');
  expect(await page.locator('audio').evaluate((audio: HTMLAudioElement) => audio.playbackRate)).toBe(1.5);
});

test('the chapter list is the page headings, and 「この見出しから聞く」 starts at its heading', async ({ page }) => {
  await openGuide(page);
  const headings = await page.locator('main h2[id]').evaluateAll((elements) => elements.map((element) => element.id));
  const chapters = entry.chapters.filter((chapter) => chapter.id);
  // Every heading of the page content with an id is a chapter (the format bar's own heading is not).
  expect(chapters.map((chapter) => chapter.id)).toEqual(headings.filter((id) => id !== 'formats-heading' && chapters.some((chapter) => chapter.id === id)));
  await page.locator('.audio-guide__chapter-list summary').click();
  const list = page.locator('.audio-guide__chapters button');
  expect(await list.allInnerTexts()).toEqual(entry.chapters.map((chapter) => chapter.title));

  const target = chapters[2]!;
  const button = page.locator(`#${target.id} + button`);
  // Seen: the button's words alone (the heading's title is visually hidden). Heard: the same
  // words first, then which heading (WCAG 2.5.3: the name contains the visible label).
  await expect(button.locator('.visually-hidden')).toHaveText(`：${target.title}`);
  expect(await button.evaluate((element) => {
    const seen = element.cloneNode(true) as HTMLElement;
    seen.querySelectorAll('.visually-hidden, rt, rp').forEach((hidden) => hidden.remove());
    return seen.textContent;
  })).toBe('この見出しから聞く');
  await expect(button).toHaveAccessibleName(words(`この見出しから聞く：${target.title}`));
  expect(await button.getAttribute('aria-label')).toBeNull();
  await button.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('audio').evaluate((audio: HTMLAudioElement) => audio.currentTime)).toBeGreaterThanOrEqual(target.start / 1000 - 0.05);
  const now = await page.locator('audio').evaluate((audio: HTMLAudioElement) => audio.currentTime);
  expect(now).toBeLessThan(target.end / 1000);
});

test('the highlighted text is the sentence the audio is reading', async ({ page }) => {
  await openGuide(page);
  await page.getByRole('button', { name: words('再生') }).click();
  await expect(page.getByRole('button', { name: words('一時停止') })).toBeVisible();
  await page.getByRole('button', { name: words('一時停止') }).click();
  // Every caption cue that is a sentence of the page as written (table rows and definitions,
  // read with their headers, are checked below by their cells).
  const sentences = cues.filter((cue) => !cue.text.includes('：'));
  expect(sentences.length).toBeGreaterThan(20);
  for (const cue of sentences) {
    await page.locator('audio').evaluate((audio: HTMLAudioElement, at) => {
      audio.currentTime = at;
    }, cue.start + 0.05);
    await expect.poll(() => highlighted(page), `cue ${cue.id}`).toBe(cue.text);
  }
});

test('the highlight colours are the reading colours of each scheme', async ({ page }) => {
  await openGuide(page);
  const css = await page.evaluate(() => [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'));
  expect(css).toMatch(/::highlight\(audio-guide\)\s*\{[^}]*background-color: var\(--color-reading-bg\)/);
  expect(css).toMatch(/::highlight\(audio-guide\)\s*\{[^}]*color: var\(--color-reading-text\)/);
});

/**
 * A stand-in for speechSynthesis: records each utterance with the voice it was given, starts it
 * at once and ends it when the test says so.
 */
async function stubSpeech(page: Page, voices: { name: string; lang: string; localService: boolean }[]) {
  await page.addInitScript((list) => {
    const spoken: { text: string; voice: string | undefined; rate: number }[] = [];
    let current: SpeechSynthesisUtterance | undefined;
    const stub = {
      speaking: false,
      paused: false,
      pending: false,
      getVoices: () => list.map((voice) => ({ ...voice, default: false, voiceURI: voice.name })),
      speak(utterance: SpeechSynthesisUtterance) {
        spoken.push({ text: utterance.text, voice: utterance.voice?.name, rate: utterance.rate });
        current = utterance;
        stub.speaking = true;
        setTimeout(() => void utterance.onstart?.(new Event('start') as SpeechSynthesisEvent), 0);
      },
      cancel() {
        const cancelled = current;
        current = undefined;
        stub.speaking = false;
        if (cancelled) cancelled.onend?.(new Event('end') as SpeechSynthesisEvent);
      },
      pause() {},
      resume() {},
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: stub, configurable: true });
    // The real utterance accepts only real voices, which headless Chromium does not have.
    class Utterance {
      text: string;
      voice: { name: string } | null = null;
      lang = '';
      rate = 1;
      onstart: ((event: Event) => void) | null = null;
      onend: ((event: Event) => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    Object.assign(window, {
      __spoken: spoken,
      __finishUtterance: () => {
        const done = current;
        current = undefined;
        stub.speaking = false;
        done?.onend?.(new Event('end') as SpeechSynthesisEvent);
      },
    });
  }, voices);
}
const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: { text: string; voice: string | undefined }[] }).__spoken);
const finishUtterance = (page: Page) => page.evaluate(() => (window as unknown as { __finishUtterance: () => void }).__finishUtterance());

test.describe('browser voice', ownPage('puts a stand-in for speechSynthesis in place before the page loads'), () => {
  const timing = JSON.parse(readFileSync(`public${entry.files.timing.url}`, 'utf8')) as { sentences: { speech: string; text: string }[] };

  test('is hidden where speechSynthesis is missing', async ({ page }) => {
    await page.addInitScript(() => {
      delete (window as { speechSynthesis?: unknown }).speechSynthesis;
      delete (Window.prototype as { speechSynthesis?: unknown }).speechSynthesis;
    });
    await openGuide(page);
    await expect(page.getByRole('group', { name: words('音声の操作') })).toBeVisible();
    await expect(page.getByRole('button', { name: words('ブラウザの音声で読み上げる') })).toBeHidden();
  });

  test('is hidden, and never used, when the only Japanese voice is a network voice', async ({ page }) => {
    await stubSpeech(page, [{ name: 'Google 日本語', lang: 'ja-JP', localService: false }, { name: 'English', lang: 'en-US', localService: true }]);
    await openGuide(page);
    await expect(page.getByRole('group', { name: words('音声の操作') })).toBeVisible();
    await expect(page.getByRole('button', { name: words('ブラウザの音声で読み上げる') })).toBeHidden();
    expect(await spoken(page)).toEqual([]);
  });

  test('reads one sentence per utterance on the local voice, highlights it, pauses and resumes', async ({ page }) => {
    await stubSpeech(page, [
      { name: 'Google 日本語', lang: 'ja-JP', localService: false },
      { name: 'Kyoko', lang: 'ja-JP', localService: true },
    ]);
    await openGuide(page);
    const start = page.getByRole('button', { name: words('ブラウザの音声で読み上げる') });
    await expect(start).toBeVisible();
    await start.click();
    await expect(page.getByRole('button', { name: words('ブラウザの音声を止める') })).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(async () => (await spoken(page)).length).toBe(1);
    await expect.poll(() => highlighted(page)).toBe(cues[0]!.text);
    await finishUtterance(page);
    await finishUtterance(page);
    await expect.poll(async () => (await spoken(page)).length).toBe(3);
    await expect.poll(() => highlighted(page)).toBe(cues[2]!.text);
    const said = await spoken(page);
    expect(said.map((utterance) => utterance.text)).toEqual(timing.sentences.slice(0, 3).map((sentence) => sentence.speech));
    expect(new Set(said.map((utterance) => utterance.voice))).toEqual(new Set(['Kyoko']));

    // Pause: nothing more is said; resume: the paused sentence again, from its start.
    await page.getByRole('button', { name: words('一時停止') }).click();
    await expect(page.getByRole('button', { name: words('再生') })).toBeVisible();
    await page.waitForTimeout(200);
    expect((await spoken(page)).length).toBe(3);
    await page.getByRole('button', { name: words('再生') }).click();
    await expect.poll(async () => (await spoken(page)).length).toBe(4);
    expect((await spoken(page))[3]!.text).toBe(timing.sentences[2]!.speech);
    expect((await spoken(page)).every((utterance) => utterance.voice === 'Kyoko')).toBe(true);

    // Leaving the mode stops speech and the highlight.
    await page.getByRole('button', { name: words('ブラウザの音声を止める') }).click();
    await expect(page.getByRole('button', { name: words('ブラウザの音声で読み上げる') })).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(() => highlighted(page)).toBe('');
  });
});
