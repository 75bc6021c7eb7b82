/**
 * The text nodes of a built page's <main>, without what the narration leaves out (src/lib/html
 * skippedByHighlighter, the selector src/scripts/audio-guide-reader.ts skips in the browser):
 * the page as the player searches it, so the anchors written into the timing file can be
 * checked against it.
 */
import { parseHtml, skippedByHighlighter, type HtmlNode as Node, type HtmlText } from '../../src/lib/html/index.ts';

export function mainTextNodes(html: string): string[] {
  const segments: string[] = [];
  const walk = (node: Node, inMain: boolean, inLink: boolean): void => {
    if (node.nodeName === '#text') {
      if (inMain) segments.push((node as HtmlText).value);
      return;
    }
    if (!('childNodes' in node)) return;
    let main = inMain;
    let link = inLink;
    if ('tagName' in node) {
      if (inMain && skippedByHighlighter(node, inLink)) return;
      if (node.tagName === 'main') main = true;
      if (node.tagName === 'a') link = true;
    }
    for (const child of node.childNodes) walk(child, main, link);
  };
  walk(parseHtml(html), false, false);
  return segments;
}
