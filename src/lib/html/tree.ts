/**
 * The project's one HTML parser for built pages: parse5, the WHATWG parser (the same that
 * hast-util-from-html wraps), with its own tree, which the steps that read and rewrite built
 * pages share (page text, the documents made from pages, the search index, link checks).
 */
import { parse, parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

export type HtmlNode = DefaultTreeAdapterMap['node'];
export type HtmlElement = DefaultTreeAdapterMap['element'];
export type HtmlText = DefaultTreeAdapterMap['textNode'];
export type HtmlChild = DefaultTreeAdapterMap['childNode'];
export type HtmlParent = DefaultTreeAdapterMap['parentNode'];

/** A whole page. */
export const parseHtml = (html: string): DefaultTreeAdapterMap['document'] => parse(html);

/** A piece of markup, as the children of a fragment. */
export const parseHtmlFragment = (markup: string): HtmlChild[] => parseFragment(markup).childNodes;

export const isElement = (node: HtmlNode): node is HtmlElement => 'tagName' in node;

export const isText = (node: HtmlNode): node is HtmlText => node.nodeName === '#text';

export const attr = (element: HtmlElement, name: string): string | undefined => element.attrs.find((a) => a.name === name)?.value;

export const hasClass = (element: HtmlElement, name: string): boolean => (attr(element, 'class') ?? '').split(/\s+/).includes(name);

/** The children of a node that may have them (a <template>'s content is not among them). */
export const childrenOf = (node: HtmlNode): HtmlChild[] => ('childNodes' in node ? node.childNodes : []);

export const childElements = (node: HtmlNode): HtmlElement[] => childrenOf(node).filter(isElement);

/** The first element, in document order, that passes the test (the node itself included). */
export function findFirst(node: HtmlNode, test: (element: HtmlElement) => boolean): HtmlElement | undefined {
  if (isElement(node) && test(node)) return node;
  for (const child of childrenOf(node)) {
    const found = findFirst(child, test);
    if (found) return found;
  }
  return undefined;
}

/** Every element of a subtree in document order (the node itself included). */
export function* elementsOf(node: HtmlNode): Generator<HtmlElement> {
  if (isElement(node)) yield node;
  for (const child of childrenOf(node)) yield* elementsOf(child);
}
