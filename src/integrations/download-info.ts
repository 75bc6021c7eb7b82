/**
 * Fills the download slots of the built pages (src/lib/download-info): sizes from the files in
 * the build, page counts and previews from what the generators recorded in the registry that
 * astro.config.mjs passes to them and to this step (src/lib/download-info/registry.ts). Runs
 * after every download generator (the registry refuses to hand over its facts before they have
 * all finished) and before the search index, so that the index and the link check see the
 * finished pages. Any unfilled slot, or one that names a missing file, fails the build with the
 * page and the file.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fillSlots, type DownloadFacts } from '../lib/download-info/index.ts';
import type { DownloadRegistry, RecordedFacts } from '../lib/download-info/registry.ts';
import { listBuiltFiles } from '../build/built-files.ts';

/**
 * Fills every page of a build with the sizes of its files and what the generators `recorded`;
 * returns the number of slots filled. Throws on any problem.
 */
export function fillDownloadSlots(siteDir: string, recorded: ReadonlyMap<string, RecordedFacts>): number {
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

export function downloadInfo(downloads: DownloadRegistry): AstroIntegration {
  return {
    name: 'download-info',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const filled = fillDownloadSlots(fileURLToPath(dir), downloads.facts('download-info'));
        logger.info(`${filled} download detail(s) filled in`);
      },
    },
  };
}
