/**
 * Braille file formats (shared/braille/NOTES.md §3):
 *  - BRF: North American braille ASCII (one ASCII character per cell, upper case), lines ended
 *    by CR LF, pages separated by form feed;
 *  - BSE: the same body after a 512-byte header (BASE / T・エディタ): save date, title and other
 *    text fields in Shift_JIS padded with spaces, then the page count (4 digits), cells per line
 *    (2) and lines per page (2) at offsets 504, 508 and 510;
 *  - Unicode braille text (.txt, UTF-8): the same lines and pages with U+2800-block cells.
 */
import type { Page, PageSize } from './layout.ts';

/** Braille ASCII for each cell, by dot numbers (NOTES.md §3.1). */
const ASCII_BY_DOTS: Record<string, string> = {
  '': ' ', '2346': '!', '5': '"', '3456': '#', '1246': '$', '146': '%', '12346': '&', '3': "'",
  '12356': '(', '23456': ')', '16': '*', '346': '+', '6': ',', '36': '-', '46': '.', '34': '/',
  '356': '0', '2': '1', '23': '2', '25': '3', '256': '4', '26': '5', '235': '6', '2356': '7',
  '236': '8', '35': '9', '156': ':', '56': ';', '126': '<', '123456': '=', '345': '>', '1456': '?',
  '4': '@', '1': 'A', '12': 'B', '14': 'C', '145': 'D', '15': 'E', '124': 'F', '1245': 'G',
  '125': 'H', '24': 'I', '245': 'J', '13': 'K', '123': 'L', '134': 'M', '1345': 'N', '135': 'O',
  '1234': 'P', '12345': 'Q', '1235': 'R', '234': 'S', '2345': 'T', '136': 'U', '1236': 'V', '2456': 'W',
  '1346': 'X', '13456': 'Y', '1356': 'Z', '246': '[', '1256': '\\', '12456': ']', '45': '^', '456': '_',
};

const ASCII_BY_MASK: string[] = [];
for (const [dots, ascii] of Object.entries(ASCII_BY_DOTS)) {
  let mask = 0;
  for (const dot of dots) mask |= 1 << (Number(dot) - 1);
  ASCII_BY_MASK[mask] = ascii;
}

/** One line of Unicode braille → braille ASCII. */
export function toBrailleAscii(line: string): string {
  let out = '';
  for (const char of line) {
    const mask = char.codePointAt(0)! - 0x2800;
    const ascii = ASCII_BY_MASK[mask];
    if (mask < 0 || mask > 0x3f || ascii === undefined) throw new Error(`6点点字でない文字 U+${char.codePointAt(0)!.toString(16).toUpperCase()} は BRF にできません`);
    out += ascii;
  }
  return out;
}

const CRLF = '\r\n';
const FORM_FEED = '\f';

/** Pages → text: lines end with CR LF, a form feed between pages. */
function joinPages(pages: readonly Page[], line: (text: string) => string): string {
  return pages.map((page) => page.map((text) => line(text) + CRLF).join('')).join(FORM_FEED);
}

export function toBrf(pages: readonly Page[]): string {
  return joinPages(pages, toBrailleAscii);
}

export function toUnicodeText(pages: readonly Page[]): string {
  return joinPages(pages, (text) => text);
}

// ── BSE header ────────────────────────────────────────────────────────────────────────────
/** Shift_JIS encoder built from the platform's decoder (Node has no Shift_JIS encoder). */
let shiftJis: Map<string, number[]> | undefined;
function shiftJisTable(): Map<string, number[]> {
  if (shiftJis) return shiftJis;
  const decoder = new TextDecoder('shift_jis', { fatal: true });
  shiftJis = new Map();
  for (let lead = 0x81; lead <= 0xfc; lead += 1) {
    if (lead > 0x9f && lead < 0xe0) continue;
    for (let trail = 0x40; trail <= 0xfc; trail += 1) {
      if (trail === 0x7f) continue;
      try {
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (!shiftJis.has(char)) shiftJis.set(char, [lead, trail]);
      } catch {
        // not a character in this code page
      }
    }
  }
  return shiftJis;
}

/** Text → Shift_JIS bytes, at most `size` bytes without cutting a character, padded with spaces. */
export function shiftJisField(text: string, size: number): number[] {
  const table = shiftJisTable();
  const bytes: number[] = [];
  for (const char of text) {
    const encoded = char.charCodeAt(0) < 0x80 ? [char.charCodeAt(0)] : (table.get(char) ?? table.get('〓')!);
    if (bytes.length + encoded.length > size) break;
    bytes.push(...encoded);
  }
  while (bytes.length < size) bytes.push(0x20);
  return bytes;
}

export interface BseMetadata {
  readonly title: string;
  /** YYYY/MM/DD */
  readonly date: string;
  readonly publisher?: string;
  readonly note?: string;
}

/** The header field layout (bytes), NOTES.md §3.2. */
export const BSE_FIELDS = [
  ['saveDate', 10], ['title', 50], ['subtitle', 50], ['author', 50], ['publisher', 50], ['issued', 20],
  ['bookCode', 36], ['transcriber', 36], ['proofreader', 36], ['created', 20], ['note', 100], ['reserved', 46],
  ['pages', 4], ['cellsPerLine', 2], ['linesPerPage', 2],
] as const;
export const BSE_HEADER_BYTES = 512;

export function bseHeader(metadata: BseMetadata, pageCount: number, size: PageSize): Uint8Array {
  if (!/^\d{4}\/\d{2}\/\d{2}$/.test(metadata.date)) throw new Error(`BSE の日付は YYYY/MM/DD で書きます: ${metadata.date}`);
  if (pageCount > 9999) throw new Error(`BSE のページ数は 9999 までです: ${pageCount}`);
  const values: Record<string, string> = {
    saveDate: metadata.date,
    title: metadata.title,
    publisher: metadata.publisher ?? '',
    created: metadata.date,
    note: metadata.note ?? '',
    pages: String(pageCount).padStart(4, '0'),
    cellsPerLine: String(size.cellsPerLine).padStart(2, '0'),
    linesPerPage: String(size.linesPerPage).padStart(2, '0'),
  };
  const bytes = BSE_FIELDS.flatMap(([name, width]) => shiftJisField(values[name] ?? '', width));
  if (bytes.length !== BSE_HEADER_BYTES) throw new Error(`BSE header is ${bytes.length} bytes`);
  return Uint8Array.from(bytes);
}

export function toBse(pages: readonly Page[], metadata: BseMetadata, size: PageSize): Uint8Array {
  const header = bseHeader(metadata, pages.length, size);
  const body = new TextEncoder().encode(toBrf(pages));
  const out = new Uint8Array(header.length + body.length);
  out.set(header);
  out.set(body, header.length);
  return out;
}
