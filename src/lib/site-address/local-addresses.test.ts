import { deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { zip } from '../zip/index.ts';
import { findLocalAddresses, inflatedPdfStreams, localAddressesInFile } from './local-addresses.ts';
import { readVectors } from '../test-vectors/index.ts';

const rows = (file: string) =>
  readVectors(new URL(file, import.meta.url), 3) as [string, string, string, string?][];

describe('findLocalAddresses (labelled vectors)', () => {
  it.each(rows('./local-addresses.tsv'))('%s', (_label, text, expected) => {
    expect(findLocalAddresses(text)).toEqual(expected === '-' ? [] : expected.split(' '));
  });
});

/** A PDF as Chromium writes one, reduced to what matters here: a link annotation in a compressed object stream. */
function pdfWithCompressedLink(uri: string): Uint8Array {
  const objects = deflateSync(Buffer.from(`12 0 <</Type/Annot/Subtype/Link/A<</S/URI/URI(${uri})>>>>`, 'latin1'));
  return Buffer.concat([
    Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n5 0 obj\n<</Type/ObjStm/N 1/First 5/Filter/FlateDecode/Length ' + objects.length + '>>\nstream\n', 'latin1'),
    objects,
    Buffer.from('\nendstream\nendobj\n6 0 obj\n<</Length 4/Filter/DCTDecode>>\nstream\n\xff\xd8\xff\xe0\nendstream\nendobj\n%%EOF\n', 'latin1'),
  ]);
}

describe('localAddressesInFile', () => {
  const noText = { pdfText: () => '' };

  it('finds an address in a page as it is', () => {
    const page = new TextEncoder().encode('<!doctype html><link rel="canonical" href="http://localhost:4321/card/"><p>マイナンバー</p>');
    expect(localAddressesInFile('card/index.html', page, noText)).toEqual([{ where: 'card/index.html', address: 'http://localhost:4321/card/' }]);
  });

  it('finds nothing in a page of a build for the public address', () => {
    const page = new TextEncoder().encode('<link rel="canonical" href="https://guide.example.jp/card/">');
    expect(localAddressesInFile('card/index.html', page, noText)).toEqual([]);
  });

  it('inflates a PDF stream, which hides the address from a plain search of the bytes', () => {
    const pdf = pdfWithCompressedLink('http://localhost:4321/card/');
    expect(Buffer.from(pdf).includes('localhost')).toBe(false);
    expect(inflatedPdfStreams(pdf)).toHaveLength(1);
    expect(localAddressesInFile('downloads/large-print/card.pdf', pdf, noText)).toEqual([
      { where: 'downloads/large-print/card.pdf (compressed stream)', address: 'http://localhost:4321/card/' },
    ]);
  });

  it('reads a PDF’s text, where the address is drawn as glyphs, even when it is wrapped at a line end', () => {
    const pdf = pdfWithCompressedLink('https://guide.example.jp/card/');
    const text = '大活字版です。ウェブ版：http://local\nhost:4321/card/\n\f';
    expect(localAddressesInFile('downloads/large-print/card.pdf', pdf, { pdfText: () => text })).toEqual([
      // Line by line the line end cuts the host in two; without the line breaks it is whole.
      { where: 'downloads/large-print/card.pdf (text)', address: 'http://localhost:4321/card/' },
    ]);
    expect(localAddressesInFile('downloads/large-print/card.pdf', pdf, { pdfText: () => 'ウェブ版：https://guide.example.jp/card/' })).toEqual([]);
  });

  it('looks inside each entry of an EPUB, which is deflated', () => {
    const epub = zip([
      { path: 'mimetype', data: 'application/epub+zip', store: true },
      { path: 'EPUB/card.xhtml', data: '<p>ウェブ版：<a href="http://127.0.0.1:4321/card/">card</a></p>'.repeat(20) },
    ]);
    expect(Buffer.from(epub).includes('127.0.0.1')).toBe(false);
    expect(localAddressesInFile('downloads/ebook/guide.epub', epub, noText)).toEqual([
      { where: 'downloads/ebook/guide.epub › EPUB/card.xhtml', address: 'http://127.0.0.1:4321/card/' },
    ]);
  });

  it('looks inside gzip files (the search index)', () => {
    const fragment = gzipSync(Buffer.from('pagefind_dcd{"url":"http://localhost:4321/card/"}'));
    expect(localAddressesInFile('pagefind/fragment/ja_1.pf_fragment', fragment, noText)).toEqual([
      { where: 'pagefind/fragment/ja_1.pf_fragment (gzip)', address: 'http://localhost:4321/card/' },
    ]);
  });
});
