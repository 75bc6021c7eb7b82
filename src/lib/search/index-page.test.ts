import { describe, expect, it } from 'vitest';
import { isEngineFile, prepareForIndex, routeOfFile } from './index-page.ts';

// A built page as Base.astro and GuidePage.astro write it, cut down to what indexing reads.
const page = ({ body = ' data-pagefind-body', description = 'カードをなくしたときにすることです。', main = '' } = {}) => `<!doctype html>
<html lang="ja"><head><title>なくしたとき｜みんなのマイナンバーガイド</title>
<meta name="description" content="${description}"></head>
<body><header><p>みんなのマイナンバーガイド</p></header>
<nav class="breadcrumbs" aria-label="現在位置"><ol><li><a href="/">ホーム</a></li><li><a href="/card/">マイナンバーカード</a></li><li aria-current="page">なくしたとき</li></ol></nav>
<main id="main"${body}><h1>マイナンバーカードをなくしたとき</h1>${main}</main><footer>問い合わせ</footer></body></html>`;

describe('prepareForIndex', () => {
  it('leaves out pages that do not ask to be searched', () => {
    expect(prepareForIndex(page({ body: '' }), 'site-index/index.html', () => [])).toBeUndefined();
  });

  it('adds the description, the trail above the page and the reading keys inside <main>, for the index only', () => {
    const prepared = prepareForIndex(page({ main: '<p>暗証番号</p>' }), 'card/lost/index.html', () => ['qxannshoubanngouq'])!;
    expect(prepared.url).toBe('/card/lost/');
    expect(prepared.readingKeys).toBe(1);
    expect(prepared.content).toContain(
      '<span data-pagefind-meta="description:カードをなくしたときにすることです。"></span>' +
        '<span data-pagefind-meta="breadcrumb:ホーム › マイナンバーカード"></span>' +
        '<p>qxannshoubanngouq</p></main>',
    );
  });

  it('reads the text the engine reads: no furigana, nothing marked data-pagefind-ignore, inline markup joined', () => {
    let read = '';
    const main =
      '<p><ruby>個人<rp>(</rp><rt>こじん</rt><rp>)</rp></ruby><a href="/glossary/">番号</a>です。</p>' +
      '<nav data-pagefind-ignore><p>関連するページ</p></nav><script>var x = 1;</script><p>次の段落</p>';
    prepareForIndex(page({ main }), 'mynumber/index.html', (text) => {
      read = text;
      return [];
    });
    expect(read).toBe('マイナンバーカードをなくしたとき 個人番号です。 次の段落');
  });

  it('adds the other names of the terms the page uses as searchable metadata', () => {
    const prepared = prepareForIndex(page(), 'card/lost/index.html', () => [], () => ['個人番号カード'])!;
    expect(prepared.content).toContain('<span data-pagefind-meta="synonyms:個人番号カード"></span>');
  });

  it('escapes what it writes into attributes', () => {
    const prepared = prepareForIndex(page({ description: '&quot;&lt;b&gt; と &amp;' }), 'x/index.html', () => [])!;
    expect(prepared.content).toContain('data-pagefind-meta="description:&quot;&lt;b&gt; と &amp;"');
  });

  it('names the file when a searchable page lacks what the results show', () => {
    expect(() => prepareForIndex(page({ description: '' }), 'card/lost/index.html', () => [])).toThrow('card/lost/index.html: <meta name="description">');
    expect(() => prepareForIndex(page().replace(/<h1>.*<\/h1>/, ''), 'card/index.html', () => [])).toThrow('card/index.html: 検索の対象のページに h1 がありません');
    expect(() => prepareForIndex(page({ main: '<div data-pagefind-body></div>' }), 'a/index.html', () => [])).toThrow('a/index.html: data-pagefind-body が2か所');
  });
});

describe('routeOfFile', () => {
  it('turns built files into the routes Astro serves them at (trailingSlash: always)', () => {
    expect(routeOfFile('index.html')).toBe('/');
    expect(routeOfFile('card/lost/index.html')).toBe('/card/lost/');
    expect(routeOfFile('404.html')).toBe('/404');
  });
});

describe('isEngineFile', () => {
  it('keeps what the search page loads and leaves out Pagefind’s own interfaces', () => {
    for (const file of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'pagefind.ja_b0f9ab7bbc.pf_meta', 'wasm.unknown.pagefind', 'index/ja_1d28da2.pf_index', 'fragment/ja_10653de.pf_fragment', 'filter/ja_1.pf_filter']) {
      expect(isEngineFile(file), file).toBe(true);
    }
    for (const file of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-component-ui.js', 'pagefind-highlight.js', 'playground/index.html']) {
      expect(isEngineFile(file), file).toBe(false);
    }
  });
});
