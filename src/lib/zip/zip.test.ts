import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, unzip, zip } from './index.ts';

describe('crc32', () => {
  // The check value of CRC-32/ISO-HDLC (the ZIP CRC) for "123456789", from the CRC catalogue
  // (reveng.sourceforge.io/crc-catalogue, "check=0xcbf43926").
  it('gives the catalogue check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});

describe('zip', () => {
  const archive = Buffer.from(zip([
    { path: 'mimetype', data: 'application/epub+zip', store: true },
    { path: 'EPUB/本文.xhtml', data: '<p>日本語</p>' },
  ]));

  it('puts a stored mimetype first, as EPUB OCF requires (its name at byte 30, its value right after)', () => {
    // OCF: "the mimetype file … MUST be the first file in the container, uncompressed, with no
    // extra field", so that "mimetypeapplication/epub+zip" starts at byte 30.
    expect(archive.readUInt32LE(0)).toBe(0x04034b50);
    expect(archive.readUInt16LE(8)).toBe(0);
    expect(archive.readUInt16LE(28)).toBe(0);
    expect(archive.subarray(30, 58).toString('latin1')).toBe('mimetypeapplication/epub+zip');
  });

  it('deflates the other entries and marks UTF-8 names (APPNOTE bit 11)', () => {
    const second = 30 + 8 + 20;
    expect(archive.readUInt32LE(second)).toBe(0x04034b50);
    expect(archive.readUInt16LE(second + 6)).toBe(0x0800);
    expect(archive.readUInt16LE(second + 8)).toBe(8);
    const nameLength = archive.readUInt16LE(second + 26);
    const compressed = archive.readUInt32LE(second + 18);
    const start = second + 30 + nameLength;
    expect(archive.subarray(second + 30, start).toString('utf8')).toBe('EPUB/本文.xhtml');
    expect(inflateRawSync(archive.subarray(start, start + compressed)).toString('utf8')).toBe('<p>日本語</p>');
  });

  it('ends with the end-of-central-directory record counting both entries', () => {
    const end = archive.length - 22;
    expect(archive.readUInt32LE(end)).toBe(0x06054b50);
    expect(archive.readUInt16LE(end + 10)).toBe(2);
  });

  it('refuses the same path twice, naming it', () => {
    expect(() => zip([{ path: 'a', data: '1' }, { path: 'a', data: '2' }])).toThrow('zip: the path a is given twice');
  });
});

describe('unzip', () => {
  const entries = [
    { path: 'mimetype', data: 'application/epub+zip', store: true },
    { path: 'EPUB/本文.xhtml', data: '<p>日本語</p>'.repeat(50) },
    { path: 'empty.txt', data: '' },
  ];

  it('reads back every entry zip() wrote, stored or deflated, in order', () => {
    const read = unzip(zip(entries));
    expect([...read.keys()]).toEqual(['mimetype', 'EPUB/本文.xhtml', 'empty.txt']);
    const decoder = new TextDecoder();
    expect([...read.values()].map((data) => decoder.decode(data))).toEqual(entries.map((entry) => entry.data));
  });

  it('names the entry whose compression method it cannot read', () => {
    const archive = Buffer.from(zip([{ path: 'a.txt', data: 'x' }]));
    // Method 12 (bzip2) in the central directory entry, which follows the local header, name and body.
    const central = archive.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    archive.writeUInt16LE(12, central + 10);
    expect(() => unzip(archive)).toThrow('zip: a.txt: compression method 12 is not supported');
  });

  it('refuses bytes that are not an archive', () => {
    expect(() => unzip(new TextEncoder().encode('not a zip'))).toThrow('zip: no end-of-central-directory record');
  });
});
