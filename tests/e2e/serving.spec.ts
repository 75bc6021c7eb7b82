/**
 * The built site served by nginx with the shipped configuration: security headers on every
 * kind of response, content types, downloads, compression, caching, redirects and 404.
 * Expected values are written out here from the standards and the issue, not read from the
 * code that generates the configuration.
 */
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, startNginx, test } from './nginx.ts';
import { SITE_DIR } from './checks.ts';
import { shown } from './words.ts';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One request with exactly these headers, body not decompressed (Playwright would). */
function fetchRaw(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((done, fail) => {
    const request = httpRequest(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on('error', fail);
    request.end();
  });
}

/**
 * One request written byte for byte (for requests Node's client will not send: a bad Host, a
 * body announced and never sent), read until nginx closes the connection. Headers are kept as
 * they came, so that a header sent twice shows as an array.
 */
function exchange(url: string, request: string): Promise<RawResponse> {
  const { hostname, port } = new URL(url);
  return new Promise((done, fail) => {
    const socket = connect({ host: hostname, port: Number(port) }, () => socket.write(request));
    const chunks: Buffer[] = [];
    socket.setTimeout(10_000, () => socket.destroy(new Error(`no answer to ${JSON.stringify(request.slice(0, 60))}`)));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', fail);
    socket.on('close', () => {
      const raw = Buffer.concat(chunks);
      const end = raw.indexOf('\r\n\r\n');
      const [statusLine = '', ...lines] = raw.subarray(0, end === -1 ? raw.length : end).toString('latin1').split('\r\n');
      const headers: Record<string, string | string[]> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).trim().toLowerCase();
        const value = line.slice(colon + 1).trim();
        const before = headers[name];
        headers[name] = before === undefined ? value : [...(Array.isArray(before) ? before : [before]), value];
      }
      done({ status: Number(/^HTTP\/1\.\d (\d{3})/.exec(statusLine)?.[1] ?? 0), headers, body: end === -1 ? Buffer.alloc(0) : raw.subarray(end + 4) });
    });
  });
}

const header = (response: RawResponse, name: string) => {
  const value = response.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
};

function builtFiles(): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(relative(SITE_DIR, path).split(sep).join('/'));
    }
  };
  walk(SITE_DIR);
  return files.sort();
}
const files = builtFiles();
const firstFile = (pattern: RegExp) => {
  const file = files.find((candidate) => pattern.test(candidate));
  if (!file) throw new Error(`the build has no file matching ${pattern}`);
  return `/${file}`;
};

/** What the issue and the standards ask of every response, whatever its kind. */
function securityProblems(response: RawResponse): string[] {
  const problems: string[] = [];
  const expectHeader = (name: string, test: (value: string) => boolean, wanted: string) => {
    const value = header(response, name);
    if (value === undefined || !test(value)) problems.push(`${name}: ${value ?? '(missing)'}; wanted ${wanted}`);
  };
  expectHeader(
    'content-security-policy',
    (value) =>
      /(^|;)\s*default-src 'none'/.test(value) &&
      /(^|;)\s*frame-ancestors 'none'/.test(value) &&
      /(^|;)\s*base-uri 'none'/.test(value) &&
      /(^|;)\s*script-src 'self'/.test(value) &&
      !/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|(^|\s)\*(\s|;|$)/.test(value),
    "default-src, frame-ancestors and base-uri 'none', scripts from 'self', nothing unsafe",
  );
  expectHeader('x-content-type-options', (value) => value === 'nosniff', 'nosniff');
  expectHeader('referrer-policy', (value) => value === 'no-referrer', 'no-referrer');
  expectHeader('cross-origin-opener-policy', (value) => value === 'same-origin', 'same-origin');
  expectHeader('x-frame-options', (value) => value === 'DENY', 'DENY');
  // Six months is the least the HSTS preload list accepts; we ask for at least that.
  expectHeader('strict-transport-security', (value) => Number(/max-age=(\d+)/.exec(value)?.[1] ?? 0) >= 15_552_000, 'max-age of six months or more');
  expectHeader('permissions-policy', (value) => ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()'].every((feature) => value.includes(feature)), 'camera, microphone, geolocation and payment refused');
  // A header sent twice is joined with a comma by the reader, which breaks a policy.
  for (const [name, value] of Object.entries(response.headers)) {
    if (Array.isArray(value) && name !== 'set-cookie') problems.push(`${name} sent ${value.length} times`);
  }
  if (header(response, 'set-cookie') !== undefined) problems.push(`set-cookie: ${header(response, 'set-cookie')}`);
  if (header(response, 'server') !== 'nginx') problems.push(`server: ${header(response, 'server')}; wanted the name without a version`);
  return problems;
}

/** Content types by file ending (IANA registrations; HTML and WHATWG for text/javascript). */
const EXPECTED_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json',
  // W3C Web App Manifest, "Media type registration".
  webmanifest: 'application/manifest+json',
  xml: 'application/xml',
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
  webp: 'image/webp',
  woff2: 'font/woff2',
  txt: 'text/plain; charset=utf-8',
  brf: 'text/plain; charset=utf-8',
  bse: 'application/octet-stream',
  mp3: 'audio/mpeg',
  opus: 'audio/ogg',
  webm: 'video/webm',
  mp4: 'video/mp4',
  vtt: 'text/vtt; charset=utf-8',
  epub: 'application/epub+zip',
  pdf: 'application/pdf',
  zip: 'application/zip',
  // Pagefind's index: pre-compressed binary chunks that only its own script reads.
  pagefind: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
};
/** Formats a browser cannot show are saved (Content-Disposition: attachment, RFC 6266). */
const ATTACHMENTS = new Set(['brf', 'bse', 'epub', 'zip']);
const COMPRESSIBLE = new Set(['html', 'css', 'js', 'json', 'webmanifest', 'xml', 'svg', 'txt', 'brf', 'vtt']);
const extensionOf = (file: string) => /\.([^./]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
/** The file the build writes for static hosts, not for readers. */
const isHostingFile = (file: string) => file === '_headers';

test.describe('nginx with the shipped configuration', () => {
  test('every kind of response carries the security headers', async ({ nginx }) => {
    const samples = {
      'top page': '/',
      'guide page': '/card/security/',
      stylesheet: firstFile(/^_astro\/.+\.css$/),
      script: firstFile(/^_astro\/.+\.js$/),
      data: firstFile(/\.json$/),
      image: '/favicon.svg',
      'share card': '/share-cards/card/security.png',
      icon: '/apple-touch-icon.png',
      'web app manifest': '/manifest.webmanifest',
      sitemap: '/sitemap-index.xml',
      'missing page (404)': '/no-such-page/',
      'missing bundle (404)': '/_astro/no-such-file.js',
      'folder without slash (301)': '/card',
    };
    const problems: string[] = [];
    for (const [kind, path] of Object.entries(samples)) {
      const response = await fetchRaw(`${nginx.url}${path}`);
      problems.push(...securityProblems(response).map((problem) => `${kind} ${path} (${response.status}): ${problem}`));
    }
    expect(problems).toEqual([]);
  });

  test('every built file is served with its content type', async ({ nginx }) => {
    const wrong: string[] = [];
    for (const file of files.filter((candidate) => !isHostingFile(candidate))) {
      const expected = EXPECTED_TYPES[extensionOf(file)];
      if (!expected) {
        wrong.push(`${file}: no expected type for .${extensionOf(file)}; add it here and to src/lib/security-headers/file-kinds.ts`);
        continue;
      }
      const response = await fetchRaw(`${nginx.url}/${encodeURI(file)}`);
      if (response.status !== 200) wrong.push(`${file}: status ${response.status}`);
      else if (header(response, 'content-type') !== expected) wrong.push(`${file}: ${header(response, 'content-type')}, wanted ${expected}`);
      else if ((header(response, 'content-disposition') === 'attachment') !== ATTACHMENTS.has(extensionOf(file))) {
        wrong.push(`${file}: content-disposition ${header(response, 'content-disposition') ?? '(none)'}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('braille, audio, caption and document downloads get their type and disposition', async ({ nginxFixturePort }) => {
    // One sample of each download format, large enough to be worth compressing.
    const folder = mkdtempSync(join(tmpdir(), 'download-samples-'));
    try {
      const text = 'ﾏｲﾅﾝﾊﾞｰ '.repeat(100);
      const samples: Record<string, string | Buffer> = {
        'guide.brf': ',M9NA,B\n'.repeat(60),
        'guide.bse': Buffer.alloc(600, 0x41),
        'guide-braille.txt': '⠍⠊⠝⠁⠝⠃⠜\n'.repeat(60),
        'guide.mp3': Buffer.alloc(600, 0xff),
        'guide.opus': Buffer.alloc(600, 0x4f),
        'clip.webm': Buffer.alloc(600, 0x1a),
        'clip.mp4': Buffer.alloc(600, 0x66),
        'guide.vtt': `WEBVTT\n\n00:00.000 --> 00:02.000\n${text}\n`,
        'guide.epub': Buffer.alloc(600, 0x50),
        'guide.pdf': Buffer.from(`%PDF-1.7\n${text}`),
      };
      writeFileSync(join(folder, '404.html'), '<!doctype html><title>404</title>');
      for (const [name, content] of Object.entries(samples)) writeFileSync(join(folder, name), content);
      const server = await startNginx(folder, nginxFixturePort);
      try {
        const wrong: string[] = [];
        for (const name of Object.keys(samples)) {
          const extension = extensionOf(name);
          const response = await fetchRaw(`${server.url}/${name}`, { 'accept-encoding': 'gzip' });
          const got = {
            type: header(response, 'content-type'),
            disposition: header(response, 'content-disposition') ?? 'inline',
            compressed: header(response, 'content-encoding') === 'gzip',
          };
          const wanted = { type: EXPECTED_TYPES[extension], disposition: ATTACHMENTS.has(extension) ? 'attachment' : 'inline', compressed: COMPRESSIBLE.has(extension) };
          if (JSON.stringify(got) !== JSON.stringify(wanted)) wrong.push(`${name}: ${JSON.stringify(got)}, wanted ${JSON.stringify(wanted)}`);
          wrong.push(...securityProblems(response).map((problem) => `${name}: ${problem}`));
        }
        expect(wrong).toEqual([]);
      } finally {
        await server.stop();
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('the web app manifest, the icons and the share cards are served with their types, shown inline and revalidated', async ({ nginx }) => {
    const samples = ['/manifest.webmanifest', '/apple-touch-icon.png', '/icons/icon-192.png', '/icons/icon-512.png', '/icons/icon-maskable-512.png', '/share-cards/index.png', '/share-cards/card/security.png'];
    const wrong: string[] = [];
    for (const path of samples) {
      const response = await fetchRaw(`${nginx.url}${path}`, { 'accept-encoding': 'gzip' });
      const got = {
        status: response.status,
        type: header(response, 'content-type'),
        disposition: header(response, 'content-disposition') ?? 'inline',
        compressed: header(response, 'content-encoding') === 'gzip',
        cache: header(response, 'cache-control'),
      };
      const manifest = path.endsWith('.webmanifest');
      const wanted = { status: 200, type: manifest ? 'application/manifest+json' : 'image/png', disposition: 'inline', compressed: manifest, cache: 'no-cache' };
      if (JSON.stringify(got) !== JSON.stringify(wanted)) wrong.push(`${path}: ${JSON.stringify(got)}, wanted ${JSON.stringify(wanted)}`);
      if (manifest && (JSON.parse(gunzipSync(response.body).toString('utf8')) as { lang?: unknown }).lang !== 'ja') wrong.push(`${path}: not the manifest`);
      wrong.push(...securityProblems(response).map((problem) => `${path}: ${problem}`));
    }
    expect(wrong).toEqual([]);
  });

  test('text is compressed with gzip for clients that accept it, and sent as is otherwise', async ({ nginx }) => {
    const wrong: string[] = [];
    for (const path of ['/', '/glossary/', firstFile(/^_astro\/.+\.css$/), firstFile(/^_astro\/.+\.js$/), firstFile(/\.json$/)]) {
      const file = path.endsWith('/') ? `${path}index.html` : path;
      const original = readFileSync(join(SITE_DIR, decodeURI(file)));
      const gzipped = await fetchRaw(`${nginx.url}${path}`, { 'accept-encoding': 'gzip, deflate, br' });
      if (header(gzipped, 'content-encoding') !== 'gzip') wrong.push(`${path}: content-encoding ${header(gzipped, 'content-encoding')}`);
      else if (!gunzipSync(gzipped.body).equals(original)) wrong.push(`${path}: the gzip body is not the file`);
      else if (gzipped.body.length >= original.length) wrong.push(`${path}: gzip saved nothing`);
      if (!/accept-encoding/i.test(header(gzipped, 'vary') ?? '')) wrong.push(`${path}: no Vary: Accept-Encoding, so a shared cache could serve gzip to anyone`);
      const plain = await fetchRaw(`${nginx.url}${path}`);
      if (header(plain, 'content-encoding') !== undefined || !plain.body.equals(original)) wrong.push(`${path}: not sent as is without Accept-Encoding`);
    }
    expect(wrong).toEqual([]);
  });

  test('hashed bundles are cached for a year; pages and other files are revalidated', async ({ nginx }) => {
    const bundle = await fetchRaw(`${nginx.url}${firstFile(/^_astro\/.+\.css$/)}`);
    expect(header(bundle, 'cache-control')).toBe('public, max-age=31536000, immutable');

    for (const path of ['/', '/settings/', '/favicon.svg', firstFile(/\.json$/), '/sitemap-index.xml']) {
      const response = await fetchRaw(`${nginx.url}${path}`);
      expect(header(response, 'cache-control'), path).toBe('no-cache');
      const etag = header(response, 'etag');
      expect(etag, `${path} has an ETag`).toBeTruthy();
      expect(header(response, 'last-modified'), `${path} has Last-Modified`).toBeTruthy();
      const again = await fetchRaw(`${nginx.url}${path}`, { 'if-none-match': etag! });
      expect(again.status, `${path} revalidates with 304`).toBe(304);
      expect(again.body.length).toBe(0);
    }
    // A missing bundle must not be remembered for a year.
    expect(header(await fetchRaw(`${nginx.url}/_astro/no-such-file.css`), 'cache-control')).toBe('no-cache');
  });

  test('an unknown address answers 404 with the 404 page; hosting files are not served', async ({ nginx, page }) => {
    // /_nginx/ held the policy for nginx to include until the policy became part of the
    // configuration; nothing may answer there now, not even a redirect.
    for (const path of ['/no-such-page/', '/no-such-file.pdf', '/_headers', '/_nginx', '/_nginx/', '/_nginx/content-security-policy.conf', '/_astro/', '/pagefind/']) {
      const response = await fetchRaw(`${nginx.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(header(response, 'content-type'), path).toBe('text/html; charset=utf-8');
      expect(header(response, 'content-disposition'), path).toBeUndefined();
      expect(response.body.toString('utf8'), path).toContain('ページが見つかりません');
    }
    const response = await page.goto('/card/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ページが見つかりません', shown);
    // Its stylesheet loads although the address is two folders deep.
    expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
  });

  test('the answers nginx makes itself carry every security header, each once', async ({ nginx }) => {
    const svg = readFileSync(join(SITE_DIR, 'favicon.svg'));
    const answers: Array<[string, number, Promise<RawResponse>]> = [
      ['a bad Host header', 400, exchange(nginx.url, 'GET / HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n')],
      ['DELETE', 405, exchange(nginx.url, 'DELETE / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n')],
      ['a body of 2 MB announced', 413, exchange(nginx.url, 'POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2000000\r\nConnection: close\r\n\r\n')],
      ['an address of 10,000 characters', 414, exchange(nginx.url, `GET /${'a'.repeat(10_000)} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`)],
      ['a range past the end of the file', 416, exchange(nginx.url, `GET /favicon.svg HTTP/1.1\r\nHost: localhost\r\nRange: bytes=${svg.length + 100}-\r\nConnection: close\r\n\r\n`)],
      ['a range inside the file', 206, exchange(nginx.url, 'GET /favicon.svg HTTP/1.1\r\nHost: localhost\r\nRange: bytes=0-9\r\nConnection: close\r\n\r\n')],
      ['a folder without index.html', 404, exchange(nginx.url, 'GET /_astro/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n')],
      ['a page', 200, exchange(nginx.url, 'GET /card/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n')],
    ];
    const problems: string[] = [];
    for (const [kind, status, pending] of answers) {
      const response = await pending;
      if (response.status !== status) problems.push(`${kind}: status ${response.status}, wanted ${status}`);
      problems.push(...securityProblems(response).map((problem) => `${kind} (${response.status}): ${problem}`));
    }
    expect(problems).toEqual([]);
  });

  test('refused requests leave nothing in the error log', async ({ nginx }) => {
    // Folders (a 403 "directory index is forbidden" before) and bodies too large (413) used to
    // be written with the client's address, the request line with its query and the referrer.
    await exchange(nginx.url, 'GET /_astro/?q=secret-words HTTP/1.1\r\nHost: localhost\r\nReferer: http://127.0.0.1/secret-referrer\r\nConnection: close\r\n\r\n');
    await exchange(nginx.url, 'POST /search/?q=secret-words HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2000000\r\nReferer: http://127.0.0.1/secret-referrer\r\nConnection: close\r\n\r\n');
    await exchange(nginx.url, 'GET /?q=secret-words HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n');
    await new Promise((wait) => setTimeout(wait, 200));
    expect(nginx.siteErrors()).toBe('');
    expect(nginx.errors()).not.toMatch(/127\.0\.0\.1|secret-words|secret-referrer/);
  });

  test('the build writes no nginx configuration into the site', () => {
    expect(existsSync(join(SITE_DIR, '_nginx')), 'dist/_nginx exists').toBe(false);
    expect(files.filter((file) => file.endsWith('.conf'))).toEqual([]);
  });

  test('the logs keep no IP address and no search words', async ({ nginx }) => {
    await fetchRaw(`${nginx.url}/search/?q=%E7%A7%98%E5%AF%86%E3%81%AE%E3%81%93%E3%81%A8%E3%81%B0`);
    await fetchRaw(`${nginx.url}/no-such-page/?q=secret-words`);
    await new Promise((wait) => setTimeout(wait, 200)); // nginx writes the log line after the response
    const logs = `${nginx.accessLog()}\n${nginx.errors()}`;
    expect(nginx.accessLog()).toContain('"GET /search/index.html" 200');
    expect(logs).not.toMatch(/127\.0\.0\.1|secret-words|%E7%A7%98|秘密/);
  });

  test('a folder without its slash redirects to the folder, by path', async ({ nginx }) => {
    const response = await fetchRaw(`${nginx.url}/card/security`);
    expect(response.status).toBe(301);
    expect(header(response, 'location')).toBe('/card/security/');
  });
});
