import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  contentTypeOf,
  deployedSite,
  FILE_KINDS,
  fileKindOf,
  findInlineCode,
  parsePolicy,
  plainHttpSite,
  renderHeadersFile,
  renderNginxServer,
  DEPLOYED_SITE,
} from './index.ts';
import { readVectors } from '../test-vectors/index.ts';

const vectors = (name: string) =>
  readVectors(new URL(name, import.meta.url));

describe('findInlineCode (labelled vectors)', () => {
  it.each(vectors('./inline-code.tsv'))('%s', (_label, html, expected) => {
    const found = findInlineCode(html, { fragment: true });
    const summary = `scripts=${found.scripts.length} styles=${found.styles.length} problems=${found.problems.map((problem) => problem.attribute).join(',')}`;
    expect(summary).toBe(expected);
  });

  it('keeps the exact text of a script, which is what the browser hashes', () => {
    const found = findInlineCode('<!doctype html><html><head><script>\n  boot();\n</script></head><body></body></html>');
    expect(found.scripts).toEqual(['\n  boot();\n']);
  });

  it('names the element and says what to do', () => {
    const [problem] = findInlineCode('<div id="card" style="color: red">x</div>', { fragment: true }).problems;
    expect(problem?.element).toBe('<div id="card">');
    expect(problem?.message).toContain('stylesheet');
  });
});

describe('the Content-Security-Policy (one fixed literal)', () => {
  const policy = CONTENT_SECURITY_POLICY;
  const directives = parsePolicy(policy);

  it('never allows inline code, by keyword, hash or nonce, nor eval', () => {
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|'sha(256|384|512)-|'nonce-|\*/);
  });

  it('loads everything from this site only and refuses framing, plugins and <base>', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    for (const name of ['img-src', 'font-src', 'connect-src', 'media-src']) expect(directives.get(name)).toEqual(["'self'"]);
  });

  it("lets a browser read the web app manifest and its icons from this site (manifest-src and img-src 'self'; default-src 'none' would refuse both)", () => {
    expect(directives.get('manifest-src')).toEqual(["'self'"]);
    expect(directives.get('img-src')).toEqual(["'self'"]);
  });

  it("runs scripts only from this site's files, and compiles WebAssembly (the search index reader) but never evaluates JavaScript", () => {
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });
});

describe('file kinds', () => {
  it('gives every extension one kind', () => {
    const extensions = FILE_KINDS.flatMap((fileKind) => fileKind.extensions);
    expect(new Set(extensions).size).toBe(extensions.length);
  });

  // Registered types: audio/mpeg (RFC 3003), audio/ogg for Ogg Opus (RFC 7845 §9), text/vtt
  // (WebVTT, W3C), video/webm (IANA, WebM project), video/mp4 (RFC 4337), application/epub+zip (IANA), application/pdf (RFC 8118), text/plain (RFC 2046),
  // application/zip (IANA, registered by PKWARE).
  it.each([
    ['guide.brf', 'text/plain; charset=utf-8', 'attachment'],
    ['guide.bse', 'application/octet-stream', 'attachment'],
    ['guide-braille.txt', 'text/plain; charset=utf-8', undefined],
    ['guide.mp3', 'audio/mpeg', undefined],
    ['guide.opus', 'audio/ogg', undefined],
    ['clip.webm', 'video/webm', undefined],
    ['clip.mp4', 'video/mp4', undefined],
    ['guide.vtt', 'text/vtt; charset=utf-8', undefined],
    ['guide-daisy202.zip', 'application/zip', 'attachment'],
    ['guide.epub', 'application/epub+zip', 'attachment'],
    ['guide.pdf', 'application/pdf', undefined],
    ['downloads/GUIDE.PDF', 'application/pdf', undefined],
    ['manifest.webmanifest', 'application/manifest+json', undefined],
    ['share-cards/card/security.png', 'image/png', undefined],
  ])('%s is sent as %s', (file, contentType, disposition) => {
    const fileKind = fileKindOf(file);
    expect(fileKind && contentTypeOf(fileKind)).toBe(contentType);
    expect(fileKind?.disposition).toBe(disposition);
  });

  it('knows no kind for names without an extension', () => {
    expect(fileKindOf('_headers')).toBeUndefined();
    expect(fileKindOf('.hidden')).toBeUndefined();
  });

  it('does not compress formats that are compressed already', () => {
    for (const file of ['a.mp3', 'a.opus', 'a.epub', 'a.png', 'a.woff2']) expect(fileKindOf(file)?.compress).toBe(false);
  });
});

/** _headers parsed back the way a host reads it: pattern lines, then indented "Name: value". */
function parseHeadersFile(text: string): Array<{ pattern: string; headers: Map<string, string> }> {
  const rules: Array<{ pattern: string; headers: Map<string, string> }> = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line, headers: new Map() });
    else {
      const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line)!;
      rules.at(-1)!.headers.set(name!.toLowerCase(), value!);
    }
  }
  return rules;
}

describe('renderHeadersFile', () => {
  const policy = CONTENT_SECURITY_POLICY;
  const rules = parseHeadersFile(renderHeadersFile());

  it('sends the policy and the security headers with every path', () => {
    const everything = rules.find((rule) => rule.pattern === '/*')!;
    expect(everything.headers.get('content-security-policy')).toBe(policy);
    expect(everything.headers.get('x-content-type-options')).toBe('nosniff');
    expect(everything.headers.get('referrer-policy')).toBe('no-referrer');
    expect(everything.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(everything.headers.get('strict-transport-security')).toMatch(/^max-age=\d{8,}/);
    expect(everything.headers.get('permissions-policy')).toContain('camera=()');
  });

  it('sets no header twice for one path (hosts would join the values with commas)', () => {
    const everything = rules.find((rule) => rule.pattern === '/*')!;
    for (const rule of rules.filter((candidate) => candidate !== everything)) {
      for (const name of rule.headers.keys()) expect(everything.headers.has(name), `${rule.pattern} ${name}`).toBe(false);
    }
  });

  it('caches hashed bundles for a year and labels braille and audio downloads', () => {
    expect(rules.find((rule) => rule.pattern === '/_astro/*')?.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const brf = rules.find((rule) => rule.pattern === '/*.brf')!;
    expect(brf.headers.get('content-disposition')).toBe('attachment');
    expect(rules.find((rule) => rule.pattern === '/*.opus')?.headers.get('content-type')).toBe('audio/ogg');
  });

  it('states the type of the web app manifest and of PNG (share cards, icons), shown inline', () => {
    // W3C Web App Manifest, "Media type registration"; PNG: RFC 2083.
    const manifest = rules.find((rule) => rule.pattern === '/*.webmanifest')!;
    expect(manifest.headers.get('content-type')).toBe('application/manifest+json');
    expect(manifest.headers.has('content-disposition')).toBe(false);
    const png = rules.find((rule) => rule.pattern === '/*.png')!;
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(png.headers.has('content-disposition')).toBe(false);
  });

  it('refuses a header line longer than a static host accepts', () => {
    expect(() => renderHeadersFile([{ name: 'Content-Security-Policy', value: `default-src 'none'; ${'x'.repeat(2000)}` }])).toThrow(/at most 2000/);
  });
});

describe('nginx configuration', () => {
  it('refuses values that would break or widen the configuration', () => {
    expect(() => renderNginxServer({ ...DEPLOYED_SITE, root: 'relative/dist' }, 'ガイド')).toThrow(/root must be an absolute path/);
    expect(() => renderNginxServer({ ...DEPLOYED_SITE, root: '/srv/site; include /etc/passwd' }, 'ガイド')).toThrow(/root/);
    expect(() => renderNginxServer(plainHttpSite({ ...DEPLOYED_SITE, listen: ['80; return 200'] }), 'ガイド')).toThrow(/listen/);
    expect(() => renderNginxServer({ ...DEPLOYED_SITE, serverName: 'a b' }, 'ガイド')).toThrow(/server name/);
    // `_` is not a catch-all: next to Debian's default site it would never be chosen.
    expect(() => renderNginxServer({ ...DEPLOYED_SITE, serverName: '_' }, 'ガイド')).toThrow(/server name/);
    expect(() => renderNginxServer(deployedSite({ serverName: 'guide.example.jp;' }), 'ガイド')).toThrow(/server name/);
  });

  it('holds the policy itself and includes nothing from the web root', () => {
    const config = renderNginxServer(deployedSite({ root: '/srv/guide' }), 'ガイド');
    expect(config.split('\n')[0]).toBe('# ガイド: nginx configuration for the built site (the contents of dist/).');
    expect(config).toContain(`add_header Content-Security-Policy "${CONTENT_SECURITY_POLICY}";`);
    expect(config).not.toMatch(/^\s*include\b/m);
  });

  it('serves HTTPS for the name it is given, with certbot\'s paths for that name, and only redirects on port 80', () => {
    const config = renderNginxServer(deployedSite({ serverName: 'mynumber.example.lg.jp' }), 'ガイド');
    expect(config).toContain('listen 443 ssl http2;');
    expect(config).toContain('ssl_certificate /etc/letsencrypt/live/mynumber.example.lg.jp/fullchain.pem;');
    expect(config).toContain('ssl_certificate_key /etc/letsencrypt/live/mynumber.example.lg.jp/privkey.pem;');
    expect(config).toContain('return 301 https://mynumber.example.lg.jp$request_uri;');
    expect(config.match(/^\s*server_name (.+);$/gm)).toEqual(['    server_name mynumber.example.lg.jp;', '    server_name mynumber.example.lg.jp;']);
  });
});
