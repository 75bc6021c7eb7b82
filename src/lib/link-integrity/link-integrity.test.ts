import { describe, expect, it } from 'vitest';
import { checkSite, fileOfPath, pathOfFile, readPage, resolveReference, srcsetUrls, stylesheetUrls, type BuiltSite } from './index.ts';
import { readVectors } from '../test-vectors/index.ts';

const ORIGIN = 'http://localhost:4321';
const vectors = readVectors(new URL('./resolve.tsv', import.meta.url));

describe('resolveReference (labelled vectors)', () => {
  it.each(vectors)('%s', (_label, page, address, expected) => {
    const target = resolveReference(address, new URL(page, ORIGIN), ORIGIN);
    const summary =
      target.kind === 'internal'
        ? `internal ${target.path}${target.fragment === undefined ? '' : ` #${target.fragment}`}`
        : target.kind === 'external'
          ? `external ${target.host}`
          : target.kind;
    expect(summary).toBe(expected);
  });
});

describe('pages and files', () => {
  const files = new Set(['index.html', 'card/index.html', 'favicon.svg', '404.html']);
  it('maps built files to the paths they are served at', () => {
    expect(pathOfFile('index.html')).toBe('/');
    expect(pathOfFile('card/lost/index.html')).toBe('/card/lost/');
    expect(pathOfFile('404.html')).toBe('/404.html');
  });
  it('answers a path the way a static host does', () => {
    expect(fileOfPath('/', files)).toEqual({ found: true, file: 'index.html' });
    expect(fileOfPath('/card/', files)).toEqual({ found: true, file: 'card/index.html' });
    expect(fileOfPath('/favicon.svg', files)).toEqual({ found: true, file: 'favicon.svg' });
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types its asymmetric matchers (expect.stringContaining) as any
    expect(fileOfPath('/card', files)).toMatchObject({ found: false, reason: expect.stringContaining('/card/') });
    expect(fileOfPath('/crad/', files)).toMatchObject({ found: false, reason: 'there is no crad/index.html' });
  });
});

describe('reading built files', () => {
  it('finds links, loaded files, forms, ids and noindex', () => {
    const facts = readPage(`<!doctype html><html><head><meta name="robots" content="noindex">
      <link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/b.js"></script></head>
      <body><h2 id="one">x</h2><a name="old">y</a><a href="/card/#one">z</a>
      <img src="/a.png" srcset="/a-2x.png 2x, /a-3x.png 3x" alt=""><form><input name="q"></form>
      <template><a href="/in-template/">t</a></template></body></html>`);
    expect(facts.noindex).toBe(true);
    expect(facts.anchors).toEqual(['one', 'old']);
    expect(facts.references.map((reference) => `${reference.where}=${reference.value}`)).toEqual([
      'link[href]=/_astro/a.css',
      'script[src]=/_astro/b.js',
      'a[href]=/card/#one',
      'img[src]=/a.png',
      'img[srcset]=/a-2x.png',
      'img[srcset]=/a-3x.png',
      'form[action]=',
      'a[href]=/in-template/',
    ]);
    expect(facts.references.filter((reference) => reference.navigation).map((reference) => reference.value)).toEqual(['/card/#one', '/in-template/']);
  });

  it('reads srcset candidates and stylesheet url()s', () => {
    expect(srcsetUrls('a.png 1x,b.png  2x , c.png')).toEqual(['a.png', 'b.png', 'c.png']);
    expect(stylesheetUrls(`/* url(/commented.png) */ a{background:url("/x.svg")} b{mask:url( '/y.svg' )} c{src:url(/f.woff2)} @import "/z.css";`)).toEqual([
      '/x.svg',
      '/y.svg',
      '/f.woff2',
      '/z.css',
    ]);
  });
});

/** A small build: the top page, one guide page with sections, the 404 page and a sitemap. */
function site(overrides: { pages?: Record<string, string>; files?: string[]; sitemap?: string[] | undefined; stylesheets?: Record<string, string[]> } = {}): BuiltSite {
  const pages: Record<string, string> = {
    'index.html': '<a href="/card/">card</a><a href="/card/#lost">lost</a><a href="https://www.cao.go.jp/bangouseido/">cao</a>',
    'card/index.html': '<h2 id="lost">lost</h2><a href="../">home</a><a href="#top">top</a>',
    '404.html': '<meta name="robots" content="noindex"><a href="/">home</a>',
    ...overrides.pages,
  };
  return {
    files: new Set([...Object.keys(pages), 'sitemap-index.xml', 'favicon.svg', ...(overrides.files ?? [])]),
    pages: new Map(Object.entries(pages).map(([file, html]) => [file, readPage(html)])),
    stylesheets: new Map(Object.entries(overrides.stylesheets ?? {})),
    sitemap: 'sitemap' in overrides ? overrides.sitemap : [`${ORIGIN}/`, `${ORIGIN}/card/`],
  };
}
const options = { siteOrigin: ORIGIN, allowedHosts: new Set(['www.cao.go.jp']) };

describe('checkSite', () => {
  it('passes a build whose every address resolves, and reports links to other sites', () => {
    const report = checkSite(site(), options);
    expect(report.problems).toEqual([]);
    expect(report.external).toEqual(new Map([['https://www.cao.go.jp/bangouseido/', ['/']]]));
  });

  it('names the page and the target of a broken link', () => {
    const { problems } = checkSite(site({ pages: { 'index.html': '<a href="/crad/">typo</a>' } }), options);
    expect(problems).toEqual(['/: a[href]="/crad/": leads nowhere: there is no crad/index.html']);
  });

  it('finds a fragment that names no element on its page', () => {
    const { problems } = checkSite(site({ pages: { 'index.html': '<a href="/card/#lots">x</a>' } }), options);
    expect(problems).toEqual(['/: a[href]="/card/#lots": /card/ has no element with id "lots"']);
  });

  it('finds a broken same-page fragment and a repeated id', () => {
    const { problems } = checkSite(site({ pages: { 'card/index.html': '<h2 id="lost">x</h2><p id="a">1</p><p id="a">2</p><a href="#b">b</a>' } }), options);
    expect(problems).toEqual([
      '/card/: the id "a" is used more than once, so #a is ambiguous',
      '/card/: a[href]="#b": /card/ has no element with id "b"',
    ]);
  });

  it('refuses links to hosts not listed in links.yaml, and anything loaded from another site', () => {
    const { problems } = checkSite(
      site({ pages: { 'index.html': '<a href="https://example.com/">x</a><img src="https://www.cao.go.jp/logo.png" alt="">' } }),
      options,
    );
    expect(problems).toEqual([
      '/: a[href]="https://example.com/": example.com is not a host listed in content/data/links.yaml',
      '/: img[src]="https://www.cao.go.jp/logo.png": loads from another site (www.cao.go.jp); every file must come from this site',
    ]);
  });

  it('checks downloads, images and stylesheet references as files', () => {
    const { problems } = checkSite(
      site({
        pages: { 'index.html': '<a href="/downloads/guide.brf" download>braille</a><img src="/favicon.svg" alt="">' },
        stylesheets: { '_astro/a.css': ['/fonts/missing.woff2', 'data:image/svg+xml,x'] },
      }),
      options,
    );
    expect(problems).toEqual([
      '/: a[href]="/downloads/guide.brf": leads nowhere: there is no downloads/guide.brf',
      '/_astro/a.css: url()="/fonts/missing.woff2": leads nowhere: there is no fonts/missing.woff2',
    ]);
  });

  it('asks for the trailing slash instead of relying on a redirect', () => {
    const { problems } = checkSite(site({ pages: { 'index.html': '<a href="/card">card</a>' } }), options);
    expect(problems).toEqual(['/: a[href]="/card": leads nowhere: write /card/ (without the slash the server answers with a redirect)']);
  });

  it('requires root-relative addresses on the 404 page, which is shown at any path', () => {
    const { problems } = checkSite(site({ pages: { '404.html': '<meta name="robots" content="noindex"><a href="card/">card</a>' } }), options);
    expect(problems).toEqual(['/404.html: a[href]="card/": the 404 page is shown at any address, so its addresses must start with /']);
  });

  it('requires every page in the sitemap and every sitemap entry to be a page', () => {
    const { problems } = checkSite(
      site({ pages: { 'settings/index.html': '<p>settings</p>' }, sitemap: [`${ORIGIN}/`, `${ORIGIN}/card/`, `${ORIGIN}/gone/`, 'https://elsewhere.example/'] }),
      options,
    );
    expect(problems).toEqual([
      'sitemap: http://localhost:4321/gone/ leads nowhere: there is no gone/index.html',
      'sitemap: https://elsewhere.example/ is not an address on http://localhost:4321',
      '/settings/: the page is missing from the sitemap',
    ]);
    expect(checkSite(site({ sitemap: undefined }), options).problems).toEqual(['sitemap-index.xml: the build has no sitemap']);
  });

  it('refuses javascript: links', () => {
    const { problems } = checkSite(site({ pages: { 'index.html': '<a href="javascript:history.back()">back</a>' } }), options);
    expect(problems).toEqual(['/: a[href]="javascript:history.back()": runs code instead of leading somewhere']);
  });
});
