/**
 * A small ZIP writer for the e-book downloads (EPUB, DAISY), following the PKWARE APPNOTE
 * (local file headers, central directory, end record; no ZIP64, no extra fields).
 *
 * EPUB requires the first entry to be `mimetype`, stored without compression and without
 * extra fields (EPUB 3.3 OCF §ZIP container); entries marked `store` are written that way, the
 * rest deflated. Dates are fixed, so that the same content always gives the same bytes.
 */
import * as zlib from 'node:zlib';

export interface ZipEntry {
  /** The path inside the archive, with forward slashes. */
  readonly path: string;
  readonly data: Uint8Array | string;
  /** Store without compression (the EPUB mimetype; audio that is already compressed). */
  readonly store?: boolean;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3), as ZIP stores it: zlib's own where Node has it (22.2 and later), a table otherwise. */
export function crc32(data: Uint8Array): number {
  const native = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
  if (native) return native(data) >>> 0;
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** 1 January 2020, 00:00 in MS-DOS date/time form (the archive's fixed modification time). */
const DOS_TIME = 0;
const DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1;

export function zip(entries: readonly ZipEntry[]): Uint8Array {
  const seen = new Set<string>();
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    if (seen.has(entry.path)) throw new Error(`zip: the path ${entry.path} is given twice`);
    seen.add(entry.path);
    const raw = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : Buffer.from(entry.data);
    const body = entry.store ? raw : zlib.deflateRawSync(raw, { level: 9 });
    const name = Buffer.from(entry.path, 'utf8');
    const crc = crc32(raw);
    const method = entry.store ? 0 : 8;
    // Bit 11: the name is UTF-8.
    const flags = /[^\x20-\x7e]/.test(entry.path) ? 0x0800 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/**
 * The entries of a ZIP archive, by path, in the order of its central directory (APPNOTE 4.3.12):
 * stored and deflated entries, as zip() writes them and as the EPUB and DAISY readers expect.
 * Used to look inside the built archives (src/lib/site-address). Throws, naming the entry, on a
 * compression method it cannot read.
 */
export function unzip(archive: Uint8Array): Map<string, Uint8Array> {
  const bytes = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
  // The end record is the last 22 bytes unless the archive has a comment; search back for it.
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end === -1 || end + 22 > bytes.length) throw new Error('zip: no end-of-central-directory record');
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries = new Map<string, Uint8Array>();
  for (let index = 0; index < count; index += 1) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) throw new Error(`zip: central directory entry ${index + 1} is damaged`);
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const path = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    // The local header has its own name and extra field lengths, which may differ from the central ones.
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const body = bytes.subarray(start, start + compressedSize);
    if (method === 0) entries.set(path, new Uint8Array(body));
    else if (method === 8) entries.set(path, new Uint8Array(zlib.inflateRawSync(body)));
    else throw new Error(`zip: ${path}: compression method ${method} is not supported (only stored and deflated)`);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
