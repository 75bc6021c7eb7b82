import { describe, expect, it } from 'vitest';
import {
  HIGHLIGHT_SKIP_SELECTOR,
  READER_SKIP_SELECTOR,
  elementsOf,
  findFirst,
  parseHtml,
  parseHtmlFragment,
  skippedByHighlighter,
  skippedByReader,
  skippedBySearchIndex,
  type HtmlElement,
} from './index.ts';

const element = (markup: string): HtmlElement => parseHtmlFragment(markup)[0] as HtmlElement;

describe('the reader rule', () => {
  it('is one selector for the browser, made from the same lists as the predicate', () => {
    expect(READER_SKIP_SELECTOR).toBe(
      'nav, form, button, input, select, textarea, label, link, script, style, template, noscript, rt, rp, audio, video, iframe, dialog, ' +
        '[hidden], [aria-hidden="true"], [data-export-skip], [role="status"], [role="alert"], a .visually-hidden',
    );
    expect(HIGHLIGHT_SKIP_SELECTOR).toBe(`${READER_SKIP_SELECTOR}, svg`);
  });

  it.each([
    ['<nav></nav>', true],
    ['<label></label>', true],
    ['<iframe></iframe>', true],
    ['<p hidden></p>', true],
    ['<p aria-hidden="true"></p>', true],
    ['<p aria-hidden="false"></p>', false],
    ['<section data-export-skip></section>', true],
    ['<p role="status"></p>', true],
    ['<p role="alert"></p>', true],
    ['<p role="note"></p>', false],
    ['<span class="visually-hidden"></span>', false],
    ['<svg></svg>', false],
    ['<p></p>', false],
  ])('%s outside a link: skipped %s', (markup, skipped) => {
    expect(skippedByReader(element(markup), false)).toBe(skipped);
  });

  it('leaves out link hints only inside links, and keeps them when asked', () => {
    const hint = element('<span class="note visually-hidden"></span>');
    expect(skippedByReader(hint, true)).toBe(true);
    expect(skippedByReader(hint, false)).toBe(false);
    expect(skippedByReader(hint, true, { keepLinkHints: true })).toBe(false);
  });

  it('keeps readings when asked, an aria-hidden <rt> included but not an aria-hidden <rp>', () => {
    const rt = findFirst(parseHtml('<ruby>字<rp aria-hidden="true">(</rp><rt aria-hidden="true">じ</rt></ruby>'), (e) => e.tagName === 'rt')!;
    const rp = findFirst(parseHtml('<ruby>字<rp aria-hidden="true">(</rp><rt aria-hidden="true">じ</rt></ruby>'), (e) => e.tagName === 'rp')!;
    expect(skippedByReader(rt, false)).toBe(true);
    expect(skippedByReader(rt, false, { keepRuby: true })).toBe(false);
    expect(skippedByReader(rp, false, { keepRuby: true })).toBe(true);
  });

  it('the highlighter also leaves out drawings; the search index only what Pagefind leaves out', () => {
    expect(skippedByHighlighter(element('<svg></svg>'), false)).toBe(true);
    expect(skippedBySearchIndex(element('<nav></nav>'))).toBe(false);
    expect(skippedBySearchIndex(element('<p data-pagefind-ignore></p>'))).toBe(true);
    expect(skippedBySearchIndex(element('<rt></rt>'))).toBe(true);
  });
});

describe('the parser', () => {
  it('lists elements in document order, leaving out a template\'s content', () => {
    const names = [...elementsOf(parseHtml('<main><p>a<b>b</b></p><template><i>t</i></template></main>'))].map((e) => e.tagName);
    expect(names).toEqual(['html', 'head', 'body', 'main', 'p', 'b', 'template']);
  });
});
