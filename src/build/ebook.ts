/**
 * The EPUB 3 of the whole guide, after `astro build`, from the built guide pages
 * (src/lib/epub/). Pure string work and one ZIP: no browser, well under a second.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { buildEpub, type PageNarration } from '../lib/epub/index.ts';
import { parseManifest, parseTimingFile } from '../lib/speech/index.ts';
import { DAISY_FILE, EPUB_FILE } from '../lib/print/downloads.ts';
import { buildDaisy } from '../lib/daisy/index.ts';
import { siteName } from '../data/content-files.ts';
import { readGuidePages } from './large-print.ts';


export interface WrittenBook {
  readonly href: string;
  readonly bytes: number;
  /** The guide pages in the book (one content document each). */
  readonly chapters: number;
  /** Pages with a media overlay (the audio guide's narration). */
  readonly narrated: number;
  readonly milliseconds: number;
}

/** Where the audio guide's manifest is in the built site (public/audio/manifest.json, src/lib/speech). */
export const AUDIO_MANIFEST = 'audio/manifest.json';

/**
 * The audio guide of every page that has one, from the built site: the manifest names each
 * page's MP3 and timing file. No manifest: no narration (the EPUB is made without overlays and
 * the caller says so). A manifest entry that is malformed or names a missing file fails,
 * naming the file and the field.
 */
export async function loadNarration(siteDir: string): Promise<Map<string, PageNarration> | undefined> {
  const manifestFile = join(siteDir, AUDIO_MANIFEST);
  // `npm run media:audio` builds the site to remake the audio, which may no longer fit the
  // pages: that build's e-book is not shipped, so it is made without narration.
  if (process.env['AUDIO_GUIDE_AUTHORING'] === '1') return undefined;
  if (!existsSync(manifestFile)) return undefined;
  const manifest = parseManifest(await readFile(manifestFile, 'utf8'), manifestFile);
  const narration = new Map<string, PageNarration>();
  for (const [path, entry] of Object.entries(manifest.pages)) {
    const mp3 = entry.files.mp3.url;
    const timingFile = join(siteDir, entry.files.timing.url);
    const { sentences } = parseTimingFile(await readFile(timingFile, 'utf8'), timingFile);
    narration.set(path, { audioName: mp3.slice(mp3.lastIndexOf('/') + 1), audio: await readFile(join(siteDir, mp3)), durationMs: entry.durationMs, sentences });
  }
  return narration;
}

/** dcterms:modified: SOURCE_DATE_EPOCH when set (reproducible builds), otherwise now. */
export function modifiedTime(now = new Date()): string {
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  const time = epoch ? new Date(Number(epoch) * 1000) : now;
  return time.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export async function writeEpub(siteDir: string, siteUrl: string): Promise<WrittenBook> {
  const started = performance.now();
  const pages = await readGuidePages(siteDir);
  const narration = await loadNarration(siteDir);
  const book = buildEpub(pages, { siteName: siteName(), siteUrl: siteUrl.replace(/\/$/, ''), modified: modifiedTime(), ...(narration ? { narration } : {}) });
  const target = join(siteDir, EPUB_FILE);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, book.bytes);
  return { href: EPUB_FILE, bytes: book.bytes.byteLength, chapters: book.chapters.length, narrated: book.chapters.filter((chapter) => chapter.clips.length > 0).length, milliseconds: Math.round(performance.now() - started) };
}

export interface WrittenDaisy {
  readonly href: string;
  readonly bytes: number;
  readonly pages: number;
  readonly narrated: number;
  readonly totalMs: number;
  readonly milliseconds: number;
}

/**
 * The DAISY 2.02 book, when the site has the audio guide (a DAISY book without audio would be
 * a different kind of book); undefined, and nothing written, when it has none.
 */
export async function writeDaisy(siteDir: string, siteUrl: string): Promise<WrittenDaisy | undefined> {
  const started = performance.now();
  const narration = await loadNarration(siteDir);
  if (!narration) return undefined;
  const pages = await readGuidePages(siteDir);
  const book = buildDaisy(pages, { siteName: siteName(), siteUrl: siteUrl.replace(/\/$/, ''), date: modifiedTime().slice(0, 10), narration });
  const target = join(siteDir, DAISY_FILE);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, book.bytes);
  return { href: DAISY_FILE, bytes: book.bytes.byteLength, pages: pages.length, narrated: book.narrated, totalMs: book.totalMs, milliseconds: Math.round(performance.now() - started) };
}
