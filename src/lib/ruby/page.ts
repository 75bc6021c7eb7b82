/**
 * Readings for a whole built page (WCAG 3.1.6): every kanji word in <body> that has no <ruby>
 * yet gets one, so that the ふりがな setting and assistive tools find a reading for all text,
 * including what layouts and components write (headings of tool pages, table captions,
 * place names), not only the Markdown body, which the rehype plugin already covers.
 *
 * Pure: the caller gives the page's HTML and a reader; the page comes back with ruby added and
 * the words that had no reading listed, so the build can stop and name them.
 */
import { parse, parseFragment, serialize } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { hasKanji, unreadWords, type Reader } from '../reading/index.ts';
import { rubyHtml } from './index.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];
type TextNode = DefaultTreeAdapterMap['textNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];

/**
 * Not running text, or where <ruby> is not allowed or would be wrong: code, scripts, existing
 * ruby, form values, the document title; and anything an author marks data-furigana-skip.
 * <template> content is read: scripts clone their words from templates so that they have
 * readings too.
 */
const SKIPPED = new Set(['code', 'pre', 'kbd', 'samp', 'var', 'script', 'style', 'svg', 'math', 'textarea', 'ruby', 'rt', 'rp', 'option', 'select', 'title', 'noscript', 'head']);
/**
 * Boxes whose children are laid out as separate flex items (44px link targets): the ruby and the
 * text beside it must stay one box, so they are wrapped in one <span>.
 */
const ONE_BOX = new Set(['a', 'button', 'label', 'summary']);

export interface PageReadings {
  readonly html: string;
  /** Kanji words with no reading, each with the text it was found in. */
  readonly unread: ReadonlyMap<string, string>;
  /** How many text runs got ruby. */
  readonly changed: number;
}

const isElement = (node: Node): node is Element => 'tagName' in node;

export function addPageReadings(html: string, reader: Reader): PageReadings {
  const document = parse(html);
  const unread = new Map<string, string>();
  let changed = 0;

  const walk = (parent: ParentNode): void => {
    const children: ChildNode[] = [];
    for (const child of parent.childNodes) {
      if (child.nodeName === '#text' && hasKanji((child as TextNode).value)) {
        const value = (child as TextNode).value;
        const tokens = reader.read(value);
        for (const token of unreadWords(tokens)) unread.set(token.surface, value.trim().slice(0, 60));
        const fragment = parseFragment(rubyHtml(tokens));
        const nodes = fragment.childNodes;
        changed += 1;
        if (isElement(parent) && ONE_BOX.has(parent.tagName)) {
          const span = parseFragment('<span></span>').childNodes[0] as Element;
          span.childNodes = nodes;
          for (const node of nodes) node.parentNode = span;
          span.parentNode = parent;
          children.push(span);
        } else {
          for (const node of nodes) node.parentNode = parent;
          children.push(...nodes);
        }
        continue;
      }
      if (isElement(child) && !SKIPPED.has(child.tagName) && !child.attrs.some((attr) => attr.name === 'data-furigana-skip')) {
        // A <template>'s words are the ones a script will show (its content is a fragment of its own).
        const template = child as Element & { content?: ParentNode };
        walk(child.tagName === 'template' && template.content ? template.content : child);
      }
      children.push(child);
    }
    parent.childNodes = children;
  };

  const html5 = document.childNodes.find((node): node is Element => isElement(node) && node.tagName === 'html');
  const body = html5?.childNodes.find((node): node is Element => isElement(node) && node.tagName === 'body');
  if (body) walk(body);
  return { html: changed > 0 ? serialize(document) : html, unread, changed };
}
