/**
 * The EPUB 3 of the whole guide, after `astro build`, from the built guide pages
 * (src/lib/epub/). Pure string work and one ZIP: no browser, well under a second.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { buildEpub } from '../lib/epub/index.ts';
import { EPUB_FILE } from '../lib/print/downloads.ts';
import { readGuidePages, siteNameOf } from './large-print.ts';


export interface WrittenBook {
  readonly href: string;
  readonly bytes: number;
  /** The guide pages in the book (one content document each). */
  readonly chapters: number;
  readonly milliseconds: number;
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
  const book = buildEpub(pages, { siteName: await siteNameOf(), siteUrl: siteUrl.replace(/\/$/, ''), modified: modifiedTime() });
  const target = join(siteDir, EPUB_FILE);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, book.bytes);
  return { href: EPUB_FILE, bytes: book.bytes.byteLength, chapters: book.chapters.length, milliseconds: Math.round(performance.now() - started) };
}
