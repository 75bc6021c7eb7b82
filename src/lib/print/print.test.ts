import { describe, expect, it } from 'vitest';
import { guidePrintDocument, pagePrintDocument, safeId, siteLinkRewriter, stylesheetsOf } from './index.ts';
import { pagePdfHref } from './downloads.ts';

const built = (path: string, main: string) => ({
  path,
  html: `<!doctype html><html lang="ja"><head><link rel="stylesheet" href="/_astro/a.css"></head><body><main>${main}</main></body></html>`,
});
const settings = { siteName: 'ガイド', siteUrl: 'https://guide.example.jp', stylesheets: ['/_astro/a.css'] };

describe('names', () => {
  it('gives each page a PDF address named by its file stem', () => {
    expect(pagePdfHref('/')).toBe('/downloads/large-print/top.pdf');
    expect(pagePdfHref('/card/security/')).toBe('/downloads/large-print/card-security.pdf');
  });
  it('makes ids that are XML names', () => {
    expect(safeId('12桁')).toBe('s-12桁');
    expect(safeId('カード')).toBe('カード');
  });
});

describe('siteLinkRewriter', () => {
  const site = 'https://example.jp';
  // In this stand-in document only /card/ is held, and a place in it keeps its fragment.
  const rewrite = siteLinkRewriter(site, '/card/', (path, fragment) => (path === '/card/' ? (fragment ? `#${fragment}` : undefined) : null));

  it('keeps links to other sites and mailto: as they are', () => {
    expect(rewrite('https://www.cao.go.jp/')).toBe('https://www.cao.go.jp/');
    expect(rewrite('mailto:a@example.jp')).toBe('mailto:a@example.jp');
  });

  it('sends #… to the page itself and lets the document decide', () => {
    expect(rewrite('#lost')).toBe('#lost');
    expect(rewrite('/card/')).toBeUndefined();
  });

  it('sends a page the document does not hold to the public site, fragment encoded', () => {
    expect(rewrite('/glossary/#用語')).toBe('https://example.jp/glossary/#%E7%94%A8%E8%AA%9E');
    expect(rewrite('https://example.jp/portal/')).toBe('https://example.jp/portal/');
  });
});

describe('pagePrintDocument', () => {
  const document = pagePrintDocument(
    built('/card/', '<h1>カード</h1><h2 id="使い方">使い方</h2><h3 id="窓口">窓口</h3><p><a href="#窓口">窓口へ</a>と<a href="/glossary/#t">用語</a>と<a href="https://example.org/" rel="external">外</a></p><h2 id="安全">安全</h2>'),
    settings,
  );
  it('numbers the sections (1, 1.1, 2) in the text itself', () => {
    expect(document.headings.map((heading) => [heading.number, heading.text])).toEqual([['', 'カード'], ['1', '使い方'], ['1.1', '窓口'], ['2', '安全']]);
    expect(document.html).toContain('<h2 id="p2"><span class="heading-number">1</span>\u3000使い方</h2>');
  });
  it('has a title, the language, the site stylesheet and a table of contents of the sections', () => {
    expect(document.title).toBe('カード（大活字版）｜ガイド');
    expect(document.html).toMatch(/^<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>カード（大活字版）｜ガイド<\/title><link rel="stylesheet" href="\/_astro\/a.css">/);
    expect(document.html).toContain('<h2 id="print-toc-heading">目次</h2><ol class="print-toc__list"><li><a href="#p2">1 使い方</a></li><li><a href="#p4">2 安全</a></li></ol>');
  });
  it('keeps in-page links inside the PDF and sends other pages to the site', () => {
    expect(document.html).toContain('<a href="#p3">窓口へ</a>');
    expect(document.html).toContain('<a href="https://guide.example.jp/glossary/#t">用語</a>');
    expect(document.html).toContain('<a href="https://example.org/" rel="external">外</a>');
  });
});

describe('guidePrintDocument', () => {
  const document = guidePrintDocument(
    [built('/', '<h1>トップ</h1><h2 id="a">概要</h2><p><a href="/card/#b">カードの節</a></p>'), built('/card/', '<h1>カード</h1><h2 id="b">使い方</h2>')],
    settings,
  );
  it('makes each page a numbered chapter with its sections under it', () => {
    expect(document.headings.filter((heading) => heading.number).map((heading) => `${heading.number} ${heading.text}`)).toEqual(['1 トップ', '1.1 概要', '2 カード', '2.1 使い方']);
  });
  it('links between pages of the guide stay inside the PDF, with ids unique across pages', () => {
    const ids = [...document.html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const target = /<h3 id="([^"]+)"><span class="heading-number">2\.1<\/span>/.exec(document.html)![1];
    expect(document.html).toContain(`<a href="#${target}">カードの節</a>`);
  });
  it('refuses an empty guide', () => {
    expect(() => guidePrintDocument([], settings)).toThrow('guidePrintDocument: no guide pages were given');
  });
});

describe('stylesheetsOf', () => {
  const page = (...links: string[]) => `<html><head>${links.join('')}</head><body></body></html>`;
  it('lists each stylesheet once, print-only ones last, whatever page they first appear on', () => {
    const first = page('<link rel="stylesheet" href="/_astro/base.css">', '<link rel="stylesheet" href="/_astro/print.css" media="print">');
    const second = page('<link rel="stylesheet" href="/_astro/base.css">', '<link rel="stylesheet" href="/_astro/finder.css">', '<link rel="stylesheet" href="/_astro/print.css" media="print">');
    expect(stylesheetsOf(first, second)).toEqual(['/_astro/base.css', '/_astro/finder.css', '/_astro/print.css']);
  });
  it('leaves out links that are not stylesheets', () => {
    expect(stylesheetsOf(page('<link rel="icon" href="/favicon.svg">', '<link rel="canonical" href="https://x.example/">'))).toEqual([]);
  });
});
