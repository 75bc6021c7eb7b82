/**
 * Ties the audio guide's sentences to the text of a document, for EPUB media overlays and
 * DAISY: each narrated sentence gets an element with an id (a <span> around its words where
 * the markup allows, otherwise the smallest element that holds it), and a clip with the
 * sentence's start and end in the audio.
 *
 * The audio guide's timing file (public/audio/<stem>.json, made by src/lib/speech) lists every
 * sentence with its times and `anchors`: the pieces of page text it reads, as src/lib/page-text
 * normalises them. The same normalisation is applied here to the document's text nodes, so a
 * piece is found as the page shows it; ruby readings and link hints are not part of it.
 */
import { isJapaneseTextCharacter } from '../japanese/classes.ts';
import {
  attr,
  isElement,
  skippedByReader,
  type HtmlChild as ChildNode,
  type HtmlElement as Element,
  type HtmlNode as Node,
  type HtmlParent as ParentNode,
  type HtmlText as TextNode,
} from '../html/index.ts';

export interface NarratedSentence {
  /** Milliseconds from the start of the page's audio. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The pieces of page text the sentence reads, in page order. */
  readonly anchors: readonly string[];
}

export interface Clip {
  /** The id of the element that holds the sentence. */
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/** Elements that may not hold a <span> directly, or a span may not hold: the sentence takes the element's id instead. */
const NO_SPAN_INSIDE = new Set(['ul', 'ol', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'dl', 'svg', 'figure', 'section', 'div', 'main', 'nav', 'aside', 'details']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'aside', 'header', 'footer', 'figure', 'figcaption', 'blockquote', 'details', 'summary', 'pre', 'address', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'svg', 'hr']);

interface Origin {
  readonly node: TextNode;
  readonly offset: number;
}

/** The document's words, normalised as page-text does, each character with the text node it came from. */
function textMap(root: ParentNode): { text: string; origins: Origin[] } {
  let text = '';
  const origins: Origin[] = [];
  const visit = (node: Node, inLink: boolean, inSvg: boolean, inDesc: boolean) => {
    if (node.nodeName === '#text') {
      if (inSvg && !inDesc) return;
      const value = (node as TextNode).value;
      for (let offset = 0; offset < value.length; offset += 1) {
        const char = value[offset]!;
        if (/\s/u.test(char)) {
          if (text === '' || text.endsWith(' ')) continue;
          text += ' ';
          origins.push({ node: node as TextNode, offset });
          continue;
        }
        // A space between two Japanese characters is a line break of the source, not text.
        if (isJapaneseTextCharacter(char) && text.endsWith(' ') && isJapaneseTextCharacter(text.at(-2) ?? '')) {
          text = text.slice(0, -1);
          origins.pop();
        }
        text += char;
        origins.push({ node: node as TextNode, offset });
      }
      return;
    }
    if (!isElement(node) && node.nodeName !== '#document-fragment') return;
    // What a reader gets (src/lib/html): the document keeps the readings and link hints for its
    // own readers (the EPUB), the narration never reads them. A drawing's <title> is not read either.
    if (isElement(node) && (node.tagName === 'title' || skippedByReader(node, inLink))) return;
    const tag = isElement(node) ? node.tagName : '';
    for (const child of (node as Element).childNodes) visit(child, inLink || tag === 'a', inSvg || tag === 'svg', inDesc || tag === 'desc');
  };
  visit(root, false, false, false);
  return { text, origins };
}

const ancestors = (node: Node): ParentNode[] => {
  const chain: ParentNode[] = [];
  for (let parent = (node as ChildNode).parentNode; parent; parent = (parent as ChildNode).parentNode ?? null) chain.push(parent);
  return chain;
};

function splitText(node: TextNode, offset: number): TextNode {
  const parent = node.parentNode!;
  const rest: TextNode = { nodeName: '#text', value: node.value.slice(offset), parentNode: parent };
  node.value = node.value.slice(0, offset);
  parent.childNodes.splice(parent.childNodes.indexOf(node) + 1, 0, rest);
  return rest;
}

/** The child of `ancestor` on the way down to `node`. */
const childOn = (node: Node, ancestor: ParentNode): ChildNode => {
  let current = node as ChildNode;
  while (current.parentNode !== ancestor) current = current.parentNode as ChildNode;
  return current;
};

const containsBlock = (node: Node): boolean => isElement(node) && (BLOCK.has(node.tagName) || node.childNodes.some(containsBlock));

/**
 * Marks the sentences in a document (the children of `root`, changed in place) and returns a
 * clip for each. Throws, naming the page and the sentence, when a sentence's words are not in
 * the document in order (audio made from an older version of the page).
 */
export function markSentences(root: ParentNode, sentences: readonly NarratedSentence[], page: string, idPrefix = 's'): Clip[] {
  const clips: Clip[] = [];
  let cursor = 0;
  let counter = 0;
  const newId = () => `${idPrefix}${(counter += 1)}`;
  for (const sentence of sentences) {
    const map = textMap(root);
    const anchors = sentence.anchors.length > 0 ? sentence.anchors : [sentence.text];
    const first = map.text.indexOf(anchors[0]!, cursor);
    let last = first;
    let lastLength = anchors[0]!.length;
    for (const anchor of anchors.slice(1)) {
      const at = map.text.indexOf(anchor, last + lastLength);
      if (at === -1) break;
      last = at;
      lastLength = anchor.length;
    }
    if (first === -1) {
      throw new Error(`${page}: the narrated sentence 「${sentence.text}」 is not in the page after the previous one; the audio is older than the page (regenerate it)`);
    }
    cursor = last + lastLength;
    const start = map.origins[first]!;
    const end = map.origins[cursor - 1]!;
    clips.push({ id: wrap(start, { node: end.node, offset: end.offset + 1 }, newId), start: sentence.start, end: sentence.end });
  }
  return clips;
}

/** Puts the words from `start` to `end` (exclusive) in one element with an id, and returns the id. */
function wrap(start: Origin, end: Origin, newId: () => string): string {
  const idOf = (element: Element): string => {
    const existing = attr(element, 'id');
    if (existing) return existing;
    const id = newId();
    element.attrs.push({ name: 'id', value: id });
    return id;
  };
  const startChain = ancestors(start.node);
  const endChain = new Set(ancestors(end.node));
  const common = startChain.find((parent) => endChain.has(parent))!;
  // Inside a drawing, the sentence is the drawing's description: the drawing holds it.
  const svg = [common, ...ancestors(common as Node)].find((parent) => isElement(parent as Node) && (parent as Element).tagName === 'svg');
  if (svg) return idOf(svg as Element);
  if (isElement(common) && NO_SPAN_INSIDE.has(common.tagName)) return idOf(common);
  if (start.node === end.node) {
    const middle = start.offset > 0 ? splitText(start.node, start.offset) : start.node;
    const length = end.offset - start.offset;
    if (length < middle.value.length) splitText(middle, length);
    return wrapChildren(middle.parentNode!, middle, middle, newId);
  }
  const from = start.node.parentNode === common && start.offset > 0 ? splitText(start.node, start.offset) : childOn(start.node, common);
  if (end.node.parentNode === common && end.offset < end.node.value.length) splitText(end.node, end.offset);
  const to = childOn(end.node, common);
  const siblings = common.childNodes.slice(common.childNodes.indexOf(from), common.childNodes.indexOf(to) + 1);
  if (siblings.some(containsBlock)) {
    // Words across blocks (a list item's nested list): the smallest element that holds them all.
    if (!isElement(common) || common.tagName === 'main') return idOf(from as Element);
    return idOf(common);
  }
  return wrapChildren(common, from, to, newId);
}

function wrapChildren(parent: ParentNode, from: ChildNode, to: ChildNode, newId: () => string): string {
  const startIndex = parent.childNodes.indexOf(from);
  const endIndex = parent.childNodes.indexOf(to);
  const id = newId();
  const span: Element = { nodeName: 'span', tagName: 'span', attrs: [{ name: 'id', value: id }], namespaceURI: 'http://www.w3.org/1999/xhtml' as Element['namespaceURI'], childNodes: [], parentNode: parent };
  const moved = parent.childNodes.splice(startIndex, endIndex - startIndex + 1, span);
  for (const node of moved) node.parentNode = span;
  span.childNodes = moved;
  return id;
}

/** A SMIL clock value in seconds with milliseconds (12.345s), as EPUB and DAISY SMIL accept. */
export const seconds = (milliseconds: number): string => `${(milliseconds / 1000).toFixed(3)}s`;

/** A full clock value h:mm:ss.fff (media:duration, ncc:totalTime). */
export function clock(milliseconds: number): string {
  const total = Math.round(milliseconds);
  const hours = Math.floor(total / 3_600_000);
  const minutes = Math.floor((total % 3_600_000) / 60_000);
  const secs = ((total % 60_000) / 1000).toFixed(3).padStart(6, '0');
  return `${hours}:${String(minutes).padStart(2, '0')}:${secs}`;
}
