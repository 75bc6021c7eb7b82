/**
 * The text nodes of a built page's <main>, without what the narration leaves out (the same
 * elements src/scripts/audio-guide-reader.ts skips in the browser): the page as the player
 * searches it, so the anchors written into the timing file can be checked against it.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const SKIPPED_TAGS = new Set(['rt', 'rp', 'nav', 'form', 'button', 'script', 'style', 'template', 'noscript', 'audio', 'video', 'dialog', 'svg']);
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

function skipped(element: Element, inLink: boolean): boolean {
  if (SKIPPED_TAGS.has(element.tagName)) return true;
  if (attr(element, 'hidden') !== undefined || attr(element, 'data-export-skip') !== undefined) return true;
  if (attr(element, 'aria-hidden') === 'true') return true;
  const role = attr(element, 'role');
  if (role === 'status' || role === 'alert') return true;
  return inLink && (attr(element, 'class') ?? '').split(/\s+/).includes('visually-hidden');
}

export function mainTextNodes(html: string): string[] {
  const segments: string[] = [];
  const walk = (node: Node, inMain: boolean, inLink: boolean): void => {
    if (node.nodeName === '#text') {
      if (inMain) segments.push((node as DefaultTreeAdapterMap['textNode']).value);
      return;
    }
    if (!('childNodes' in node)) return;
    let main = inMain;
    let link = inLink;
    if ('tagName' in node) {
      if (inMain && skipped(node, inLink)) return;
      if (node.tagName === 'main') main = true;
      if (node.tagName === 'a') link = true;
    }
    for (const child of node.childNodes) walk(child, main, link);
  };
  walk(parse(html), false, false);
  return segments;
}
