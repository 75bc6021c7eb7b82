/**
 * How each kind of file the site serves is labelled: media type, character set, whether it is
 * compressed on the way, and whether browsers should save it rather than show it. The nginx
 * `types` block, its gzip and charset lists and the download rules of _headers are all made
 * from this table. Formats the site does not produce yet (braille and audio downloads) are
 * here already, so that the first such file is served right.
 */

export interface FileKind {
  /** File name endings, lower case, without the dot. */
  extensions: readonly string[];
  /** The media type, without parameters. */
  mediaType: string;
  /** Text formats are declared as UTF-8, which also covers pure ASCII such as BRF. */
  utf8: boolean;
  /** Worth compressing: text and text-like formats. Media and archives are compressed already. */
  compress: boolean;
  /**
   * `attachment` for formats a browser cannot show, so that they are saved for the device or
   * program that reads them; absent means the browser shows or plays the file itself.
   */
  disposition?: 'attachment';
  /** A download format: _headers states its type, because static hosts may not know it. */
  download: boolean;
  /**
   * Not a download, but _headers states its type too: the web app manifest (a host may send
   * it as octet-stream or text/plain) and PNG (the share cards and icons, which link previews
   * and home screens fetch by themselves and may refuse under a wrong type).
   */
  statedType: boolean;
}

const kind = (extensions: string[], mediaType: string, options: Partial<Omit<FileKind, 'extensions' | 'mediaType'>> = {}): FileKind => ({
  extensions,
  mediaType,
  utf8: false,
  compress: false,
  download: false,
  statedType: false,
  ...options,
});

export const FILE_KINDS: readonly FileKind[] = [
  // Pages, styles, scripts and data
  kind(['html', 'htm'], 'text/html', { utf8: true, compress: true }),
  kind(['css'], 'text/css', { utf8: true, compress: true }),
  kind(['js', 'mjs'], 'text/javascript', { utf8: true, compress: true }),
  kind(['json'], 'application/json', { compress: true }),
  kind(['webmanifest'], 'application/manifest+json', { compress: true, statedType: true }),
  kind(['xml'], 'application/xml', { compress: true }),
  kind(['wasm'], 'application/wasm', { compress: true }),
  // Images and fonts
  kind(['svg'], 'image/svg+xml', { utf8: true, compress: true }),
  kind(['png'], 'image/png', { statedType: true }),
  kind(['jpg', 'jpeg'], 'image/jpeg'),
  kind(['webp'], 'image/webp'),
  kind(['avif'], 'image/avif'),
  kind(['ico'], 'image/vnd.microsoft.icon'),
  kind(['woff2'], 'font/woff2'),
  kind(['woff'], 'font/woff'),
  // Braille. Unicode braille text (.txt) reads in a browser and on a braille display as it
  // is. BRF is braille as plain ASCII text with no registered media type; BSE is the file
  // format of Japanese braille editors. Neither means anything on screen, so both are saved.
  kind(['txt'], 'text/plain', { utf8: true, compress: true, download: true }),
  kind(['brf'], 'text/plain', { utf8: true, compress: true, disposition: 'attachment', download: true }),
  kind(['bse'], 'application/octet-stream', { disposition: 'attachment', download: true }),
  // Audio and captions: played by the page's own player, so shown inline.
  kind(['mp3'], 'audio/mpeg', { download: true }),
  kind(['opus'], 'audio/ogg', { download: true }), // Ogg Opus files (RFC 7845)
  kind(['vtt'], 'text/vtt', { utf8: true, compress: true, download: true }),
  // Video (sign language): played inline by the page's player; already compressed.
  kind(['webm'], 'video/webm', { download: true }),
  kind(['mp4'], 'video/mp4', { download: true }),
  // Documents: browsers show PDF themselves; EPUB needs a reading program.
  kind(['pdf'], 'application/pdf', { download: true }),
  kind(['epub'], 'application/epub+zip', { disposition: 'attachment', download: true }),
  // The DAISY 2.02 book: a folder of files for a DAISY player, sent as one ZIP archive.
  kind(['zip'], 'application/zip', { disposition: 'attachment', download: true }),
];

/** What a file of unknown kind is sent as: a type no browser executes or sniffs into one. */
export const DEFAULT_MEDIA_TYPE = 'application/octet-stream';

/** The Content-Type header value of a kind, with its character set. */
export function contentTypeOf(fileKind: FileKind): string {
  return fileKind.utf8 ? `${fileKind.mediaType}; charset=utf-8` : fileKind.mediaType;
}

/** The kind of a file path, by its ending, or undefined when the table does not know it. */
export function fileKindOf(path: string): FileKind | undefined {
  const name = path.split('/').pop() ?? '';
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const extension = name.slice(dot + 1).toLowerCase();
  return FILE_KINDS.find((fileKind) => fileKind.extensions.includes(extension));
}
