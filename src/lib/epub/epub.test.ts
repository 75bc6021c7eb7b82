import { describe, expect, it } from 'vitest';
import { bookIdentifier, buildEpub } from './index.ts';

const page = (path: string, main: string) => ({ path, html: `<!doctype html><html lang="ja"><body><main>${main}</main></body></html>` });
const settings = { siteName: 'ガイド', siteUrl: 'https://guide.example.jp', modified: '2026-01-01T00:00:00Z' };
const text = (book: ReturnType<typeof buildEpub>, path: string) => String(book.files.find((file) => file.path === path)?.data);

describe('bookIdentifier', () => {
  // RFC 4122 §4.3: a name-based UUID (version 5: SHA-1) has version nibble 5 and variant bits 10.
  it('is a name-based UUID URN, the same for the same site', () => {
    const id = bookIdentifier('https://guide.example.jp');
    expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(bookIdentifier('https://guide.example.jp')).toBe(id);
    expect(bookIdentifier('https://other.example.jp')).not.toBe(id);
  });
});

describe('buildEpub', () => {
  const book = buildEpub([page('/', '<h1>トップ</h1><h2 id="a">概要</h2><p><a href="/card/#b">カード</a>と<a href="/search/">検索</a></p>'), page('/card/', '<h1>カード</h1><h2 id="b">使い方</h2>')], settings);

  it('puts the mimetype first and the package, navigation and one document per page in the book', () => {
    expect(book.files.map((file) => file.path)).toEqual(['mimetype', 'META-INF/container.xml', 'EPUB/package.opf', 'EPUB/nav.xhtml', 'EPUB/style.css', 'EPUB/top.xhtml', 'EPUB/card.xhtml']);
  });

  it('links between pages inside the book and to the site for pages that are not in it', () => {
    const top = text(book, 'EPUB/top.xhtml');
    expect(top).toContain('<a href="card.xhtml#b">カード</a>');
    expect(top).toContain('<a href="https://guide.example.jp/search/">検索</a>');
  });

  it('lists every page and its sections in the navigation document', () => {
    expect(text(book, 'EPUB/nav.xhtml')).toContain('<li><a href="top.xhtml">トップ</a><ol><li><a href="top.xhtml#a">概要</a></li></ol></li>');
  });

  it('refuses a modification time that is not UTC to the second (EPUB 3.3 dcterms:modified)', () => {
    expect(() => buildEpub([page('/', '<h1>t</h1>')], { ...settings, modified: '2026-01-01' })).toThrow('modified must be a UTC time to the second');
  });
});
