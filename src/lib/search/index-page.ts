/**
 * One built page as the search index gets it (src/integrations/search-index.ts hands it to
 * Pagefind): the page plus what exists only in the index (the description and the breadcrumb
 * trail as metadata, the reading keys, the glossary synonyms), and which of Pagefind's output
 * files the search page uses. Pure: the HTML and the providers in, the prepared page out.
 */
import { sep } from 'node:path';
import { attr, childrenOf, elementsOf as elements, hasClass, isElement, isText, parseHtml, skippedBySearchIndex, type HtmlNode } from '../html/index.ts';

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
