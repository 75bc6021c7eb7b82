#!/usr/bin/env node
// A small static file server for the tests: serves a built site folder on a loopback port the
// way a static host does (folder → index.html, unknown path → 404.html with status 404).
// Usage: node scripts/serve-static.mjs [dir=dist] [port=4322]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4322);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.jpg': 'image/jpeg',
  '.webm': 'video/webm',
  '.mp4': 'video/mp4',
  '.vtt': 'text/vtt; charset=utf-8',
};

/** The byte range a Range header asks for (one range only), as static hosts answer it. */
function byteRange(header, size) {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header ?? '');
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  const start = match[1] === '' ? Math.max(0, size - Number(match[2])) : Number(match[1]);
  const end = match[1] === '' || match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  return start <= end ? { start, end } : undefined;
}

async function resolveFile(pathname) {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, safe);
  if (!candidate.startsWith(root)) return undefined;
  try {
    const info = await stat(candidate);
    if (info.isDirectory()) {
      await stat(join(candidate, 'index.html'));
      return join(candidate, 'index.html');
    }
    return candidate;
  } catch {
    return undefined;
  }
}

// eslint-disable-next-line @typescript-eslint/no-misused-promises -- a local test server: an error in a request is meant to end it (an unhandled rejection), as `void` would too
createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  let file = await resolveFile(pathname);
  if (file === undefined && !pathname.endsWith('/') && !extname(pathname)) {
    // /card → /card/ as static hosts do.
    if (await resolveFile(`${pathname}/`)) {
      response.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
  }
  const status = file === undefined ? 404 : 200;
  file ??= join(root, '404.html');
  try {
    const body = await readFile(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Videos seek by asking for byte ranges; without them a browser cannot jump to a chapter.
    const range = status === 200 && request.headers.range ? byteRange(request.headers.range, body.length) : undefined;
    if (range) {
      response.writeHead(206, { 'content-type': type, 'accept-ranges': 'bytes', 'content-range': `bytes ${range.start}-${range.end}/${body.length}` });
      response.end(request.method === 'HEAD' ? undefined : body.subarray(range.start, range.end + 1));
      return;
    }
    response.writeHead(status, { 'content-type': type, 'accept-ranges': 'bytes' });
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404 Not Found');
  }
}).listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} on http://127.0.0.1:${port}/`);
});
