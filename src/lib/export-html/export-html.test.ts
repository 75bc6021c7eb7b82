import { describe, expect, it } from 'vitest';
import { exportMain, headingNumbers, serialize } from './index.ts';
import { readVectors } from '../test-vectors/index.ts';

const vectors = readVectors(new URL('./vectors.tsv', import.meta.url), 3) as [string, string, string][];

describe('headingNumbers (labelled vectors)', () => {
  it.each(vectors)('%s: %s', (_label, input, expected) => {
    const [levels, top] = input.split(';');
    const numbers = headingNumbers(levels!.trim().split(' ').map(Number), Number(top));
    expect(numbers.map((number) => number || '-').join(' ')).toBe(expected);
  });
});

const page = (main: string) => `<!doctype html><html lang="ja"><body><nav><a href="/">トップ</a></nav><main id="main" tabindex="-1" data-pagefind-body>${main}</main></body></html>`;
const keep = { rewriteHref: (href: string) => href, rewriteId: (id: string) => id };

describe('exportMain', () => {
  it('leaves out navigation, forms, buttons, a tool\'s stylesheet link, hidden and data-export-skip parts, and site-only attributes', () => {
    const out = exportMain(page(`<h1>題</h1><nav class="toc"><a href="#a">目次</a></nav><form><button>探す</button></form>
      <p hidden>隠れた</p><section data-export-skip><h2>ダウンロード</h2></section><link rel="stylesheet" href="/_astro/tool.css"><p data-astro-cid-x tabindex="0">本文</p>`), '/x/', { ...keep, keepRuby: true });
    expect(serialize(out.nodes, 'html').replace(/\s+/g, '')).toBe('<h1id="section-1">題</h1><p>本文</p>');
  });

  it('keeps ruby and link hints for e-books and drops both for print', () => {
    const html = page('<h1><ruby>漢字<rp>(</rp><rt aria-hidden="true">かんじ</rt><rp>)</rp></ruby></h1><p><a href="/g/">用語<span class="visually-hidden">（用語の説明）</span></a></p>');
    const ebook = exportMain(html, '/x/', { ...keep, keepRuby: true, keepLinkHints: true });
    expect(serialize(ebook.nodes, 'xhtml')).toContain('<ruby>漢字<rp>(</rp><rt aria-hidden="true">かんじ</rt><rp>)</rp></ruby>');
    expect(serialize(ebook.nodes, 'xhtml')).toContain('<a href="/g/">用語<span class="visually-hidden">（用語の説明）</span></a>');
    const print = exportMain(html, '/x/', { ...keep, keepRuby: false });
    expect(serialize(print.nodes, 'html')).toBe('<h1 id="section-1"><ruby>漢字</ruby></h1><p><a href="/g/">用語</a></p>');
    expect(print.title).toBe('漢字');
  });

  it('turns a link the document cannot follow into its words, and rewrites ids and references to them', () => {
    const out = exportMain(page('<h1>題</h1><h2 id="a" aria-labelledby="a b">節</h2><p><a href="/tool/" class="x">道具</a></p>'), '/x/', {
      keepRuby: false,
      rewriteHref: () => undefined,
      rewriteId: (id) => `p-${id}`,
    });
    expect(serialize(out.nodes, 'html')).toBe('<h1 id="p-section-1">題</h1><h2 id="p-a" aria-labelledby="p-a p-b">節</h2><p><span>道具</span></p>');
    expect(out.headings).toEqual([
      { level: 1, id: 'p-section-1', text: '題' },
      { level: 2, id: 'p-a', text: '節' },
    ]);
  });

  it('moves headings down inside a larger document', () => {
    const out = exportMain(page('<h1>題</h1><h2 id="a">節</h2>'), '/x/', { ...keep, keepRuby: false, headingShift: 1 });
    expect(out.headings.map((heading) => heading.level)).toEqual([2, 3]);
  });

  it('writes XHTML: void elements closed, SVG in its namespace', () => {
    const out = exportMain(page('<h1>題</h1><p>一<br>二</p><svg viewBox="0 0 10 10"><path d="M0,0"></path></svg>'), '/x/', { ...keep, keepRuby: false });
    expect(serialize(out.nodes, 'xhtml')).toContain('<p>一<br/>二</p><svg viewBox="0 0 10 10" xmlns="http://www.w3.org/2000/svg"><path d="M0,0"/></svg>');
  });

  it('names the page when it has no main, no h1 or an empty heading', () => {
    expect(() => exportMain('<p>x</p>', '/x/', { ...keep, keepRuby: false })).toThrow('/x/: the page has no <main> element');
    expect(() => exportMain(page('<h2>節</h2>'), '/y/', { ...keep, keepRuby: false })).toThrow('/y/: the page has no <h1>');
    expect(() => exportMain(page('<h1>題</h1><h2><span></span></h2>'), '/z/', { ...keep, keepRuby: false })).toThrow('/z/: a <h2> has no words');
  });
});
