/**
 * The two build steps that finish a build, run on small builds written to a temporary folder:
 * the header writer refuses all inline code (the policy is a fixed literal), and the link check names the page
 * and the target of each broken address, and, in a build to publish, every address of this
 * machine in a page, a PDF (read with pdftotext, as the build does) or an EPUB.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { writeSecurityHeaders } from '../../src/integrations/security-headers.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/security-headers/index.ts';
import { checkBuiltSite, loadAllowedHosts } from '../../src/integrations/link-integrity.ts';
import { zip } from '../../src/lib/zip/index.ts';

const ORIGIN = 'http://localhost:4321';
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function build(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'serving-build-'));
  folders.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

const page = (body: string, head = '') => `<!doctype html><html lang="ja"><head><title>t</title>${head}</head><body>${body}</body></html>`;
const sitemap = (paths: string[]) => ({
  'sitemap-index.xml': `<sitemapindex><sitemap><loc>${ORIGIN}/sitemap-0.xml</loc></sitemap></sitemapindex>`,
  'sitemap-0.xml': `<urlset>${paths.map((path) => `<url><loc>${ORIGIN}${path}</loc></url>`).join('')}</urlset>`,
});

describe('writeSecurityHeaders', () => {
  it('writes _headers with the fixed policy, and nothing for nginx into the site', () => {
    const root = build({ 'index.html': page('<p>x</p>', '<script src="/_astro/boot.js"></script><script type="application/ld+json">{"@type":"BreadcrumbList"}</script>') });
    const result = writeSecurityHeaders(root);
    expect(result.policy).toBe(CONTENT_SECURITY_POLICY);
    expect(readFileSync(join(root, '_headers'), 'utf8')).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}`);
    expect(existsSync(join(root, '_nginx'))).toBe(false);
  });

  it('fails on an inline script, naming the file (the policy runs none: no hashes)', () => {
    const root = build({ 'index.html': page('<p>x</p>'), 'card/index.html': page('<p>x</p>', "<script>document.documentElement.dataset.theme='dark'</script>") });
    expect(() => writeSecurityHeaders(root)).toThrow(/card\/index\.html: <script>: an inline script \("document\.documentElement\.dataset\.theme='dark'"\)/);
  });

  it('fails on an inline style element, naming the file', () => {
    const root = build({ 'index.html': page('<p>x</p>', '<style>p{color:red}</style>') });
    expect(() => writeSecurityHeaders(root)).toThrow(/index\.html: <style>: an inline style element/);
  });

  it('fails on a style attribute, naming the file and the element', () => {
    const root = build({ 'index.html': page('<p>x</p>'), 'card/index.html': page('<p id="warn" style="color:red">x</p>') });
    expect(() => writeSecurityHeaders(root)).toThrow(/card\/index\.html: <p id="warn">: style="color:red" is an inline style/);
  });

  it('fails on an inline event handler', () => {
    const root = build({ 'index.html': page('<button onclick="go()">x</button>') });
    expect(() => writeSecurityHeaders(root)).toThrow(/index\.html: <button>: onclick="go\(\)" is an inline event handler/);
  });
});

describe('checkBuiltSite', () => {
  const options = { siteOrigin: ORIGIN, allowedHosts: loadAllowedHosts('.'), publishable: false };

  it('accepts links to the official pages listed in content/data/links.yaml', () => {
    const root = build({ 'index.html': page('<a href="https://www.digital.go.jp/">デジタル庁（外部サイト）</a>'), ...sitemap(['/']) });
    const report = checkBuiltSite(root, options);
    expect(report.problems).toEqual([]);
    expect([...report.external.keys()]).toEqual(['https://www.digital.go.jp/']);
  });

  it('reports a broken link with its page and target', () => {
    const root = build({
      'index.html': page('<a href="/card/">card</a>'),
      'card/index.html': page('<a href="/card/lost/#steps">lost</a>'),
      ...sitemap(['/', '/card/']),
    });
    expect(checkBuiltSite(root, options).problems).toEqual(['/card/: a[href]="/card/lost/#steps": leads nowhere: there is no card/lost/index.html']);
  });
});

/**
 * A one-page PDF whose only text is `text`, in Helvetica. The text is written as a hex string
 * in a deflated content stream, so neither the file's bytes nor its inflated stream hold it
 * as letters: only a PDF reader's text extraction (pdftotext) finds it, as with the glyphs of
 * Chromium's PDFs.
 */
function pdfSaying(text: string): Uint8Array {
  const content = deflateSync(Buffer.from(`BT /F1 12 Tf 72 720 Td <${Buffer.from(text, 'latin1').toString('hex')}> Tj ET`, 'latin1'));
  const objects = [
    '<</Type/Catalog/Pages 2 0 R>>',
    '<</Type/Pages/Kids[3 0 R]/Count 1>>',
    '<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 5 0 R>>>>/Contents 4 0 R>>',
    null, // the content stream
    '<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>',
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((object, index) => {
    const body =
      object === null
        ? Buffer.concat([Buffer.from(`${index + 1} 0 obj\n<</Length ${content.length}/Filter/FlateDecode>>\nstream\n`, 'latin1'), content, Buffer.from('\nendstream\nendobj\n', 'latin1')])
        : Buffer.from(`${index + 1} 0 obj\n${object}\nendobj\n`, 'latin1');
    offsets.push(length);
    parts.push(body);
    length += body.length;
  });
  const xref = ['xref', `0 ${objects.length + 1}`, '0000000000 65535 f ', ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n `)].join('\n');
  parts.push(Buffer.from(`${xref}\ntrailer\n<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}

describe('checkBuiltSite: addresses of this machine in a build to publish', () => {
  const PUBLIC = 'https://guide.example.jp';
  const publicSitemap = {
    'sitemap-index.xml': `<sitemapindex><sitemap><loc>${PUBLIC}/sitemap-0.xml</loc></sitemap></sitemapindex>`,
    'sitemap-0.xml': `<urlset><url><loc>${PUBLIC}/</loc></url></urlset>`,
  };
  /** A build for the public address, except for one file that still names this machine. */
  const leaky = () =>
    build({
      // The text of a page (a link or canonical address elsewhere is refused by the link check already).
      'index.html': page('<a href="/downloads/guide.pdf">PDF</a><a href="/downloads/guide.epub">EPUB</a><p>ウェブ版：http://localhost:4321/</p>'),
      'downloads/guide.pdf': pdfSaying('Web: http://localhost:4321/card/'),
      'downloads/guide.epub': zip([
        { path: 'mimetype', data: 'application/epub+zip', store: true },
        { path: 'EPUB/card.xhtml', data: '<p><a href="http://127.0.0.1:4321/card/">card</a></p>' },
      ]),
      ...publicSitemap,
    });
  const publishing = { siteOrigin: PUBLIC, allowedHosts: loadAllowedHosts('.'), publishable: true };

  it('the PDF fixture holds its text only where pdftotext reads it', () => {
    const pdf = Buffer.from(pdfSaying('Web: http://localhost:4321/card/'));
    expect(pdf.includes('localhost')).toBe(false);
  });

  it('names the file, and the entry or the part of the PDF, of every local address', () => {
    expect(checkBuiltSite(leaky(), publishing).problems).toEqual([
      'downloads/guide.epub › EPUB/card.xhtml: "http://127.0.0.1:4321/card/" is an address on this machine; a build to publish must carry only its public address (SITE_URL)',
      'downloads/guide.pdf (text): "http://localhost:4321/card/" is an address on this machine; a build to publish must carry only its public address (SITE_URL)',
      'index.html: "http://localhost:4321/" is an address on this machine; a build to publish must carry only its public address (SITE_URL)',
    ]);
  });

  it('expects them in a build for this machine (LOCAL_PREVIEW=1)', () => {
    expect(checkBuiltSite(leaky(), { ...publishing, publishable: false }).problems).toEqual([]);
  });

  it('passes a build to publish that names only its public address', () => {
    const root = build({
      'index.html': page('<a href="/downloads/guide.pdf">PDF</a>', `<link rel="canonical" href="${PUBLIC}/">`),
      'downloads/guide.pdf': pdfSaying(`Web: ${PUBLIC}/card/`),
      ...publicSitemap,
    });
    expect(checkBuiltSite(root, publishing).problems).toEqual([]);
  });
});
