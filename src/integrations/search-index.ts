/**
 * Builds the site search index (Pagefind) from the built pages, after `astro build`
 * (astro:build:done), so that `npm run build`, `npm start` and the tests all get it.
 *
 * Each page that marks its main content with data-pagefind-body is handed to Pagefind's Node
 * API with additions that exist only in the index, never in the served page:
 *   - the description and the breadcrumb trail as metadata (the search page shows them);
 *   - the page's reading as reading keys (src/lib/search/reading.ts), so that a word typed in
 *     kana finds the page that writes it in kanji;
 *   - other names of the glossary terms it uses (src/lib/search/synonyms.ts) as metadata, so
 *     that 自治体 finds a page that says 地方公共団体.
 * Indexing runs locally (the Pagefind binary from npm); nothing is fetched from any host.
 */
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { RUBY_READINGS } from '../lib/html/index.ts';
import { isEngineFile, prepareForIndex, type IndexedPage } from '../lib/search/index-page.ts';
import { loadReadingProvider, loadSynonymProvider, type ReadingProvider } from '../build/search-additions.ts';

/** Where the index goes, relative to the built site; the search page loads it from here. */
export const INDEX_FOLDER = 'pagefind';

/** The part of Pagefind's Node API this module uses (the same in the versions compared). */
export interface PagefindModule {
  createIndex(config?: { forceLanguage?: string; excludeSelectors?: string[] }): Promise<{ errors: string[]; index?: PagefindIndexLike }>;
  close(): Promise<unknown>;
}
interface PagefindIndexLike {
  addHTMLFile(file: { url: string; content: string }): Promise<{ errors: string[] }>;
  getFiles(): Promise<{ errors: string[]; files: Array<{ path: string; content: Uint8Array }> }>;
}

export interface SearchIndexReport {
  readonly pages: readonly IndexedPage[];
  readonly skipped: number;
  /** Files written to <siteDir>/pagefind/ and their total size in bytes. */
  readonly files: number;
  readonly bytes: number;
}

async function htmlFiles(root: string, folder = root): Promise<string[]> {
  const found: string[] = [];
  for (const name of (await readdir(folder)).sort()) {
    const path = join(folder, name);
    if ((await stat(path)).isDirectory()) {
      if (relative(root, path) !== INDEX_FOLDER) found.push(...(await htmlFiles(root, path)));
    } else if (name.endsWith('.html')) {
      found.push(path);
    }
  }
  return found;
}

/** Indexes every searchable page of a built site and writes the index to <siteDir>/pagefind/. */
export async function buildSearchIndex(
  siteDir: string,
  { pagefind, readingKeysOf, synonymsOf }: { pagefind: PagefindModule; readingKeysOf: ReadingProvider; synonymsOf?: (text: string) => string[] },
): Promise<SearchIndexReport> {
  // Every page is Japanese; furigana stay out of the words (課税<rt>かぜい</rt>証明書 is 課税証明書).
  const created = await pagefind.createIndex({ forceLanguage: 'ja', excludeSelectors: [...RUBY_READINGS] });
  if (!created.index) throw new Error(`Pagefind: 索引を作れません: ${created.errors.join('; ')}`);
  const pages: IndexedPage[] = [];
  let skipped = 0;
  let files = 0;
  let bytes = 0;
  try {
    for (const path of await htmlFiles(siteDir)) {
      const file = relative(siteDir, path);
      const page = prepareForIndex(await readFile(path, 'utf8'), file, readingKeysOf, synonymsOf);
      if (!page) {
        skipped += 1;
        continue;
      }
      const added = await created.index.addHTMLFile({ url: page.url, content: page.content });
      if (added.errors.length > 0) throw new Error(`${file}: Pagefind: ${added.errors.join('; ')}`);
      pages.push(page);
    }
    // The files are taken in memory and written here: Pagefind's writeFiles answers before
    // its writes are finished, and closing the service then can leave truncated files.
    const output = await created.index.getFiles();
    if (output.errors.length > 0) throw new Error(`Pagefind: 索引を書き出せません: ${output.errors.join('; ')}`);
    const folder = join(siteDir, INDEX_FOLDER);
    await rm(folder, { recursive: true, force: true });
    for (const file of output.files.filter((entry) => isEngineFile(entry.path))) {
      const target = join(folder, file.path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.content);
      bytes += file.content.byteLength;
      files += 1;
    }
  } finally {
    await pagefind.close();
  }
  return { pages, skipped, files, bytes };
}

/** The Astro integration: builds the index when the build is done. */
export function siteSearch(): AstroIntegration {
  return {
    name: 'site-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const pagefind = (await import('pagefind')) as PagefindModule;
        const readingKeysOf = await loadReadingProvider();
        const synonymsOf = loadSynonymProvider();
        const report = await buildSearchIndex(fileURLToPath(dir), { pagefind, readingKeysOf, synonymsOf });
        const keys = report.pages.reduce((sum, page) => sum + page.readingKeys, 0);
        logger.info(
          `${report.pages.length} pages indexed (${report.skipped} not searchable), ${keys} reading keys, ` +
            `${report.files} files (${Math.round(report.bytes / 1024)} KB), ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
