/**
 * The content of a built page's <main> as markup for documents made from the site (the
 * large-print PDF and the EPUB): what the page shows, without how the page is operated.
 *
 * Unlike src/lib/page-text (words as blocks), this keeps the markup: headings, lists, tables,
 * figures with their SVG and text versions, links and (when asked) ruby. Navigation, forms,
 * buttons, hidden parts and anything marked data-export-skip are left out, by the one rule
 * that page-text follows too (src/lib/html), so that every download carries the same words. Ids are rewritten so that
 * several pages can share one document, and every link is either rewritten or turned into
 * plain words (a link that cannot be followed in the document must not look like one).
 */
import {
  attr,
  findFirst,
  hasClass,
  isElement,
  parseHtml,
  parseHtmlFragment,
  RUBY_READINGS,
  skippedByReader,
  LINK_HINT_CLASS,
  type HtmlChild as ChildNode,
  type HtmlElement as Element,
  type HtmlNode as Node,
  type HtmlText,
} from '../html/index.ts';

export interface ExportOptions {
  /** The address a link should have in the document, or undefined to keep only its words. */
  readonly rewriteHref: (href: string) => string | undefined;
  /** The id an element gets in the document (ids of several pages share one document). */
  readonly rewriteId: (id: string) => string;
  /** Keep furigana (<ruby> with <rt>/<rp>): yes for the EPUB, no for print (large type instead). */
  readonly keepRuby: boolean;
  /** Keep the words that tell a screen-reader user where a link goes (（用語の説明）): yes where links work (EPUB). */
  readonly keepLinkHints?: boolean;
  /** Heading levels are moved down by this much (a page inside a whole-guide document). */
  readonly headingShift?: number;
}

export interface ExportedHeading {
  /** The level in the document (after headingShift). */
  readonly level: number;
  /** The id in the document. */
  readonly id: string;
  /** The heading's words, without readings. */
  readonly text: string;
}

export interface ExportedMain {
  /** The page's h1 as words. */
  readonly title: string;
  /** The children of <main>, cleaned. */
  readonly nodes: ChildNode[];
  /** The <main> element holding them (for steps that change the nodes in place). */
  readonly root: Element;
  /** Every heading in order (the h1 included), each with an id. */
  readonly headings: ExportedHeading[];
}

const HEADING = /^h([1-6])$/;
/** Attributes that belong to the site's behaviour, not to the content. */
const DROPPED_ATTRIBUTE = /^(tabindex|data-.*|style|onclick|hidden)$/;


function setAttr(element: Element, name: string, value: string): void {
  const found = element.attrs.find((a) => a.name === name);
  if (found) found.value = value;
  else element.attrs.push({ name, value });
}

const READINGS = new Set<string>(RUBY_READINGS);

/**
 * The words of a subtree without readings, for headings (bookmarks, tables of contents): any
 * visually hidden words are left out too, inside a link or not (a bookmark is read on its own).
 */
export function wordsOf(node: Node): string {
  if (node.nodeName === '#text') return (node as HtmlText).value;
  if (isElement(node) && READINGS.has(node.tagName)) return '';
  if (isElement(node) && hasClass(node, LINK_HINT_CLASS)) return '';
  const children = 'childNodes' in node ? (node as Element).childNodes : [];
  return children.map(wordsOf).join('').replace(/\s+/gu, ' ').trim();
}

/**
 * Cleans the <main> of one built page. Throws, naming the page, when there is no <main> or no
 * <h1>, or when a heading has no words (it would be an empty bookmark and table-of-contents entry).
 */
export function exportMain(html: string, path: string, options: ExportOptions): ExportedMain {
  const main = findFirst(parseHtml(html), (element) => element.tagName === 'main');
  if (!main) throw new Error(`${path}: the page has no <main> element`);
  const headings: ExportedHeading[] = [];
  const shift = options.headingShift ?? 0;
  let generated = 0;

  const clean = (element: Element, insideLink: boolean): ChildNode[] => {
    const kept: ChildNode[] = [];
    for (const child of element.childNodes) {
      if (!isElement(child)) {
        if (child.nodeName === '#text') kept.push(child);
        continue;
      }
      if (skippedByReader(child, insideLink, options)) continue;
      // data-label names a cell's column where a table is shown row by row (print, narrow screens).
      child.attrs = child.attrs.filter((a) => !DROPPED_ATTRIBUTE.test(a.name) || a.name === 'data-label');
      const id = attr(child, 'id');
      if (id !== undefined) setAttr(child, 'id', options.rewriteId(id));
      for (const name of ['aria-labelledby', 'aria-describedby']) {
        const value = attr(child, name);
        if (value !== undefined) setAttr(child, name, value.split(/\s+/).filter(Boolean).map(options.rewriteId).join(' '));
      }
      const heading = HEADING.exec(child.tagName);
      if (heading) {
        const level = Math.min(6, Number(heading[1]) + shift);
        const text = wordsOf(child);
        if (!text) throw new Error(`${path}: a <${child.tagName}> has no words`);
        const headingId = attr(child, 'id') ?? options.rewriteId(`section-${(generated += 1)}`);
        setAttr(child, 'id', headingId);
        child.tagName = `h${level}`;
        child.nodeName = `h${level}`;
        headings.push({ level, id: headingId, text });
      }
      if (child.tagName === 'a') {
        const href = attr(child, 'href');
        const target = href === undefined ? undefined : options.rewriteHref(href);
        if (target === undefined) {
          // The words stay, as a span, so that nothing the page says is lost.
          child.tagName = 'span';
          child.nodeName = 'span';
          child.attrs = child.attrs.filter((a) => a.name !== 'href' && a.name !== 'rel' && a.name !== 'class');
        } else {
          setAttr(child, 'href', target);
        }
      }
      child.childNodes = clean(child, insideLink || child.tagName === 'a');
      kept.push(child);
    }
    return kept;
  };

  const nodes = clean(main, false);
  main.childNodes = nodes;
  const title = headings.find((heading) => heading.level === 1 + shift);
  if (!title) throw new Error(`${path}: the page has no <h1> inside <main>`);
  return { title: title.text, nodes, headings, root: main };
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string): string => escapeText(text).replace(/"/g, '&quot;');

/**
 * Serialises nodes as HTML or as XHTML (EPUB content documents are XML: void elements closed,
 * every attribute quoted, SVG kept in its namespace).
 */
export function serialize(nodes: readonly ChildNode[], mode: 'html' | 'xhtml'): string {
  const out: string[] = [];
  const write = (node: ChildNode, inSvg: boolean): void => {
    if (node.nodeName === '#text') {
      out.push(escapeText((node as HtmlText).value));
      return;
    }
    if (!isElement(node)) return;
    const svg = inSvg || node.tagName === 'svg';
    const attributes = node.attrs
      .filter((a) => !(mode === 'xhtml' && a.name === 'xmlns' && !(node.tagName === 'svg' && !inSvg)))
      .map((a) => ` ${a.prefix ? `${a.prefix}:` : ''}${a.name}="${escapeAttribute(a.value)}"`);
    if (mode === 'xhtml' && node.tagName === 'svg' && !inSvg && !node.attrs.some((a) => a.name === 'xmlns')) {
      attributes.push(' xmlns="http://www.w3.org/2000/svg"');
    }
    const open = `<${node.tagName}${attributes.join('')}`;
    const children = node.tagName === 'template' ? [] : node.childNodes;
    if (children.length === 0 && (VOID.has(node.tagName) || (mode === 'xhtml' && svg))) {
      out.push(mode === 'xhtml' ? `${open}/>` : `${open}>`);
      return;
    }
    out.push(`${open}>`);
    for (const child of children) write(child, svg);
    out.push(`</${node.tagName}>`);
  };
  for (const node of nodes) write(node, false);
  return out.join('');
}

/** Parses a fragment of markup written by a generator (used to add generated parts). */
export function fragment(markup: string): ChildNode[] {
  return parseHtmlFragment(markup);
}

/**
 * Section numbers for headings, in the common decimal style (1, 1.1, 1.1.1): a heading at
 * `top` gets the next whole number, each deeper level counts within its parent, and a level
 * that skips one (h2 straight to h4) counts the missing level as 1 so that numbers stay
 * unambiguous. Headings above `top` get no number ('').
 */
export function headingNumbers(levels: readonly number[], top: number): string[] {
  const counters: number[] = [];
  return levels.map((level) => {
    if (level < top) {
      counters.length = 0;
      return '';
    }
    const depth = level - top;
    while (counters.length < depth) counters.push(1);
    counters.length = depth + 1;
    counters[depth] = (counters[depth] ?? 0) + 1;
    return counters.join('.');
  });
}
