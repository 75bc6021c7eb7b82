/**
 * Finding addresses of this machine (localhost, 127.x.x.x, [::1], 0.0.0.0) in the files of a
 * build to publish: a page, a stylesheet, a script, the sitemap, and the text and links inside
 * the PDFs (compressed streams, and the text pdftotext extracts), the EPUB and the DAISY book
 * (ZIP archives) and the search index (gzip). Such an address in a published file is a link
 * nobody can follow; it comes from a build made without the public SITE_URL, or from a
 * generator that did not use it.
 *
 * Pure: bytes in, findings out. Reading a PDF's text needs poppler's pdftotext, which the caller
 * passes in (`pdfText`), so that the tests can give a stand-in.
 */
import { gunzipSync, inflateSync } from 'node:zlib';
import { unzip } from '../zip/index.ts';

/**
 * A local host name with what surrounds it in an address: an optional scheme, the host, an
 * optional port and path. The host must stand alone: "mylocalhost", "localhost-dev" and
 * "1127.0.0.1" are other names; "%2Flocalhost" (a percent-encoded address) is not.
 */
const LOCAL_ADDRESS = new RegExp(
  [
    String.raw`(?:(?:[a-z][a-z0-9+.-]*:)?\/\/)?`,
    String.raw`(?:`,
    String.raw`(?:(?<=%2f)|(?<![a-z0-9-]))(?:[a-z0-9-]+\.)*localhost(?![a-z0-9-])`,
    String.raw`|(?<![0-9.])(?:127(?:\.\d{1,3}){3}|0\.0\.0\.0)(?![0-9])`,
    String.raw`|\[::1\]`,
    String.raw`)`,
    String.raw`(?::\d{1,5})?`,
    String.raw`(?:[/?#][A-Za-z0-9\-._~%!$&*+,;=:@/?#]*)?`,
  ].join(''),
  'gi',
);

/** A quick look for the host names alone, so that megabytes of audio need not go through LOCAL_ADDRESS. */
const MAYBE_LOCAL = /localhost|127\.\d|\[::1\]|0\.0\.0\.0/i;

/** Every local address in `text`, as written there (punctuation that ends a sentence left off), each once. */
export function findLocalAddresses(text: string): string[] {
  if (!MAYBE_LOCAL.test(text)) return [];
  const found = [...text.matchAll(LOCAL_ADDRESS)].map((match) => match[0].replace(/[.,;:!?]+$/, ''));
  return [...new Set(found)];
}

export interface LocalAddress {
  /** The built file, and inside it the archive entry or the part of the PDF that holds the address. */
  readonly where: string;
  readonly address: string;
}

export interface ScanTools {
  /** The text of a PDF as a reader's software extracts it (pdftotext). */
  readonly pdfText: (bytes: Uint8Array) => string;
}

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((byte, index) => bytes[index] === byte);
const GZIP = [0x1f, 0x8b];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** ASCII stays ASCII in latin1, so an address is found whatever the file's own encoding (UTF-8 or binary). */
const asText = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/**
 * The contents of a PDF's streams that inflate (FlateDecode: page content, object streams
 * with link annotations, fonts, metadata). Streams in other encodings (images) are skipped.
 */
export function inflatedPdfStreams(bytes: Uint8Array): Buffer[] {
  const text = asText(bytes);
  const streams: Buffer[] = [];
  const start = /stream\r?\n/g;
  for (let match = start.exec(text); match; match = start.exec(text)) {
    if (text.slice(Math.max(0, match.index - 3), match.index) === 'end') continue;
    const from = match.index + match[0].length;
    const end = text.indexOf('endstream', from);
    if (end === -1) break;
    try {
      // The end of a zlib stream is marked inside it, so the line break before endstream does no harm.
      streams.push(inflateSync(bytes.subarray(from, end)));
    } catch {
      // not a Flate stream (an image), or damaged: nothing a reader would see as text
    }
    start.lastIndex = end + 'endstream'.length;
  }
  return streams;
}

/**
 * The local addresses in one built file and in what it contains: the bytes as they are, a
 * gzip file's content, each entry of a ZIP archive (EPUB, DAISY), a PDF's inflated streams and
 * its extracted text (with the line breaks removed too, for an address wrapped at a line end).
 */
export function localAddressesInFile(file: string, bytes: Uint8Array, tools: ScanTools): LocalAddress[] {
  const found: LocalAddress[] = [];
  const seen = new Set<string>();
  const add = (where: string, text: string) => {
    for (const address of findLocalAddresses(text)) {
      const key = `${where}\n${address}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({ where, address });
    }
  };
  const scan = (where: string, data: Uint8Array) => {
    add(where, asText(data));
    if (startsWith(data, GZIP)) {
      let inner: Buffer | undefined;
      try {
        inner = gunzipSync(data);
      } catch {
        inner = undefined; // not gzip after all; its bytes were scanned as they are
      }
      if (inner) scan(`${where} (gzip)`, inner);
    } else if (startsWith(data, ZIP)) {
      for (const [entry, content] of unzip(data)) scan(`${where} › ${entry}`, content);
    } else if (startsWith(data, PDF)) {
      for (const stream of inflatedPdfStreams(data)) add(`${where} (compressed stream)`, asText(stream));
      const text = tools.pdfText(data);
      add(`${where} (text)`, text);
      add(`${where} (text)`, text.replace(/[\r\n\f]+/g, ''));
    }
  };
  scan(file, bytes);
  return found;
}
