/**
 * Fills the download slots of the built pages (src/lib/download-info): sizes from the files in
 * the build, page counts and previews from what the generators recorded with recordDownload().
 * Runs after every download generator and before the search index, so that the index and the
 * link check see the finished pages. Any unfilled slot, or one that names a missing file, fails
 * the build with the page and the file.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fillSlots, type DownloadFacts } from '../lib/download-info/index.ts';
import { listBuiltFiles } from '../build/built-files.ts';

const recorded = new Map<string, Omit<DownloadFacts, 'bytes'>>();

/** Called by a generator for each file it writes (site path, e.g. /downloads/braille/card.brf). */
export function recordDownload(path: string, facts: Omit<DownloadFacts, 'bytes'>): void {
  recorded.set(path, facts);
}

/** Fills every page of a build; returns the number of slots filled. Throws on any problem. */
export function fillDownloadSlots(siteDir: string): number {
  const problems: string[] = [];
  let filled = 0;
  const facts = (path: string): DownloadFacts | undefined => {
    const file = join(siteDir, decodeURI(path));
    if (!path.startsWith('/') || !existsSync(file) || !statSync(file).isFile()) return undefined;
    return { bytes: statSync(file).size, ...recorded.get(path) };
  };
  for (const page of listBuiltFiles(siteDir).filter((file) => file.endsWith('.html'))) {
    const path = join(siteDir, page);
    const html = readFileSync(path, 'utf8');
    if (!html.includes('data-download-info=')) continue;
    const result = fillSlots(html, facts);
    for (const problem of result.problems) problems.push(`${page}: ${problem.file} ${problem.field}: ${problem.message}`);
    filled += result.filled;
    writeFileSync(path, result.html);
  }
  if (problems.length > 0) throw new Error(`ダウンロードの情報を埋められません:\n${problems.join('\n')}`);
  return filled;
}

export function downloadInfo(): AstroIntegration {
  return {
    name: 'download-info',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const filled = fillDownloadSlots(fileURLToPath(dir));
        logger.info(`${filled} download detail(s) filled in`);
      },
    },
  };
}
