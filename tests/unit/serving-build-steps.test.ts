/**
 * The two build steps that finish a build, run on small builds written to a temporary folder:
 * the header writer refuses inline code no hash can allow, and the link check names the page
 * and the target of each broken address.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeSecurityHeaders } from '../../src/integrations/security-headers.ts';
import { checkBuiltSite, loadAllowedHosts } from '../../src/integrations/link-integrity.ts';

const ORIGIN = 'http://localhost:4321';
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function build(files: Record<string, string>): string {
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
  it('hashes the inline boot script into _headers and the nginx policy file', () => {
    const root = build({ 'index.html': page('<p>x</p>', "<script>document.documentElement.dataset.theme='dark'</script>") });
    const result = writeSecurityHeaders(root);
    // printf %s "document.documentElement.dataset.theme='dark'" | openssl dgst -sha256 -binary | base64
    const hash = "'sha256-4GCtlRIa5/po6BIm3cLw/p4RvTTtjKhicVUkjPlNp/s='";
    expect(result.policy).toContain(`script-src 'self' ${hash};`);
    expect(readFileSync(join(root, '_headers'), 'utf8')).toContain(`Content-Security-Policy: ${result.policy}`);
    expect(readFileSync(join(root, '_nginx/content-security-policy.conf'), 'utf8')).toContain(`set $mynumber_guide_csp "${result.policy}";`);
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
  const options = { siteOrigin: ORIGIN, allowedHosts: loadAllowedHosts('.') };

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
