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
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { attr, childrenOf, elementsOf as elements, hasClass, isElement, isText, parseHtml, RUBY_READINGS, skippedBySearchIndex, type HtmlNode } from '../lib/html/index.ts';
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

/**
 * The files of Pagefind's output the search page uses: the engine, its worker, the entry and
 * metadata, the WebAssembly, and the index, fragment and filter chunks. Pagefind's own UIs
 * and its playground are left out: the site has its own interface.
 */
export function isEngineFile(path: string): boolean {
  return /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|wasm\.[^/]+\.pagefind|(index|fragment|filter)\/[^/]+)$/.test(path);
}

export interface IndexedPage {
  /** The route of the page (/card/lost/). */
  readonly url: string;
  /** The HTML handed to Pagefind: the built page plus metadata and reading keys. */
  readonly content: string;
  readonly readingKeys: number;
}

export interface SearchIndexReport {
  readonly pages: readonly IndexedPage[];
  readonly skipped: number;
  /** Files written to <siteDir>/pagefind/ and their total size in bytes. */
  readonly files: number;
  readonly bytes: number;
}

const INLINE = new Set(['a', 'abbr', 'rp', 'rt', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 'ruby', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr']);

/**
 * Text of a subtree, leaving out what Pagefind leaves out (src/lib/html skippedBySearchIndex:
 * scripts, styles, templates, data-pagefind-ignore, and furigana, which would put each reading
 * inside the word it reads). Not the reader's rule: Pagefind indexes the whole of the body.
 */
function textOf(node: HtmlNode): string {
  if (isText(node)) return node.value;
  if (isElement(node) && skippedBySearchIndex(node)) return '';
  // Block boundaries become spaces so that words in neighbouring blocks never run together;
  // inline elements (ruby, links, marks) do not, or 個人<a>番号</a> would be read as two words.
  return childrenOf(node).map((child) => (isElement(child) && !INLINE.has(child.tagName) ? ` ${textOf(child)} ` : textOf(child))).join('');
}

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const squash = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** The route of a built file: card/lost/index.html → /card/lost/. */
export function routeOfFile(relativePath: string): string {
  const path = relativePath.split(sep).join('/');
  if (path === 'index.html') return '/';
  if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
  return `/${path.replace(/\.html$/, '')}`;
}

/**
 * Prepares one built page for the index, or returns undefined when the page does not ask to
 * be searchable (no data-pagefind-body). Throws, naming the file, when a searchable page lacks
 * what the search page shows (an h1, a description).
 */
export function prepareForIndex(
  html: string,
  file: string,
  readingKeysOf: (text: string) => string[],
  synonymsOf: (text: string) => string[] = () => [],
): IndexedPage | undefined {
  const all = [...elements(parseHtml(html))];
  const body = all.filter((element) => attr(element, 'data-pagefind-body') !== undefined);
  if (body.length === 0) return undefined;
  if (body.length > 1) throw new Error(`${file}: data-pagefind-body が${body.length}か所にあります。本文の1か所だけにしてください`);
  const main = body[0]!;
  const mainText = squash(textOf(main));
  const heading = [...elements(main)].find((element) => element.tagName === 'h1');
  if (!heading) throw new Error(`${file}: 検索の対象のページに h1 がありません（検索結果の見出しになります）`);
  const description = all.find((element) => element.tagName === 'meta' && attr(element, 'name') === 'description');
  const descriptionText = squash(description ? (attr(description, 'content') ?? '') : '');
  if (descriptionText === '') throw new Error(`${file}: <meta name="description"> がないか、空です（検索結果に表示します）`);
  const crumbs = all.find((element) => element.tagName === 'nav' && hasClass(element, 'breadcrumbs'));
  const trail = crumbs ? [...elements(crumbs)].filter((element) => element.tagName === 'li').map((item) => squash(textOf(item))) : [];

  const keys = readingKeysOf(mainText);
  const synonyms = synonymsOf(mainText);
  const additions = [
    `<span data-pagefind-meta="description:${escapeAttribute(descriptionText)}"></span>`,
    // The trail without the page itself: the result's heading already names the page.
    `<span data-pagefind-meta="breadcrumb:${escapeAttribute(trail.slice(0, -1).join(' › '))}"></span>`,
    // Metadata is searched (Pagefind 1.5 and later) but never shown in an excerpt.
    synonyms.length > 0 ? `<span data-pagefind-meta="synonyms:${escapeAttribute(synonyms.join(' '))}"></span>` : '',
    keys.length > 0 ? `<p>${keys.join(' ')}</p>` : '',
  ].join('');
  const closing = html.lastIndexOf('</main>');
  if (closing === -1) throw new Error(`${file}: </main> がありません`);
  return {
    url: routeOfFile(file),
    content: `${html.slice(0, closing)}${additions}${html.slice(closing)}`,
    readingKeys: keys.length,
  };
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
