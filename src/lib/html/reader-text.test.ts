import { describe, expect, it } from 'vitest';
import { blockText, extractPageText } from '../page-text/index.ts';
import { exportMain, serialize } from '../export-html/index.ts';
import { prepareForIndex } from '../search/index-page.ts';
import { mainTextNodes } from '../../../scripts/media/page-dom-text.ts';
import { readVectors } from '../test-vectors/index.ts';

const vectors = readVectors(new URL('./reader-text.tsv', import.meta.url), 7) as [string, string, string, string, string, string, string][];

const page = (main: string) =>
  `<!doctype html><html lang="ja"><head><meta name="description" content="説明"></head><body><nav><a href="/">トップ</a></nav><main data-pagefind-body><h1>題</h1>${main}</main></body></html>`;
const squash = (text: string) => text.replace(/\s+/gu, ' ').trim();
const exported = (html: string, keepRuby: boolean, keepLinkHints: boolean) => {
  const out = exportMain(html, '/x/', { keepRuby, keepLinkHints, rewriteId: (id) => id, rewriteHref: (href) => (href.startsWith('/') ? href : undefined) });
  return `${squash(serialize(out.nodes, 'html'))} ‖ ${out.headings.map((heading) => heading.text).join(' / ')}`;
};

describe('what each reader of a page gets (labelled vectors)', () => {
  it.each(vectors)('%s', (_label, main, pageText, shown, print, epub, search) => {
    const html = page(main);
    expect(extractPageText(html, '/x/').blocks.map(blockText).join(' / ')).toBe(pageText);
    expect(squash(mainTextNodes(html).join(''))).toBe(shown);
    expect(exported(html, false, false)).toBe(print);
    expect(exported(html, true, true)).toBe(epub);
    let indexed = '';
    prepareForIndex(html, 'x.html', (text) => ((indexed = text), []));
    expect(indexed).toBe(search);
  });
});
