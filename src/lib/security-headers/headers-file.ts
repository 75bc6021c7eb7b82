/**
 * dist/_headers: the response headers in the format static hosts read (Netlify, Cloudflare
 * Pages). Rules never set the same header twice for one path, because hosts join repeated
 * values with commas. Page caching is left to the host: both revalidate by default.
 */
import { contentTypeOf, FILE_KINDS } from './file-kinds.ts';
import { CACHE_CONTROL, HASHED_ASSETS_DIR, HEADERS_FILE_LINE_LIMIT, SECURITY_HEADERS, type Header } from './policy.ts';

function rule(pattern: string, headers: Header[]): string {
  return [pattern, ...headers.map(({ name, value }) => `  ${name}: ${value}`)].join('\n');
}

/** `everyPath`: the headers of every response (the site's own unless a test gives others). */
export function renderHeadersFile(everyPath: readonly Header[] = SECURITY_HEADERS): string {
  const rules = [
    rule('/*', [...everyPath]),
    rule(`/${HASHED_ASSETS_DIR}/*`, [{ name: 'Cache-Control', value: CACHE_CONTROL.hashed }]),
    ...FILE_KINDS.filter((fileKind) => fileKind.download || fileKind.statedType).flatMap((fileKind) =>
      fileKind.extensions.map((extension) =>
        rule(`/*.${extension}`, [
          { name: 'Content-Type', value: contentTypeOf(fileKind) },
          ...(fileKind.disposition ? [{ name: 'Content-Disposition', value: fileKind.disposition }] : []),
        ]),
      ),
    ),
  ];
  const text = [
    '# Response headers for static hosts that read _headers (Netlify, Cloudflare Pages).',
    '# Written by the build from src/lib/security-headers/: change the source, not this file.',
    ...rules,
    '',
  ].join('\n');
  const tooLong = text.split('\n').findIndex((line) => line.length > HEADERS_FILE_LINE_LIMIT);
  if (tooLong !== -1) {
    throw new Error(
      `_headers line ${tooLong + 1} is ${text.split('\n')[tooLong]!.length} characters; static hosts accept at most ${HEADERS_FILE_LINE_LIMIT}.`,
    );
  }
  return text;
}
