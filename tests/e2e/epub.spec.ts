/**
 * The EPUB 3 of the guide (issue 12 part 2 and 4): EPUBCheck (Debian `epubcheck`, EPUB 3.2
 * rules) with no error or warning, Ace by DAISY (`@daisy/ace-cli` with its Puppeteer runner on
 * the system Chromium) with no violation, and the structure the issue asks for, read from the
 * archive itself: one XHTML document per guide page in reading order, a navigation document,
 * lang="ja", furigana as ruby, and the accessibility metadata of EPUB Accessibility 1.1.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { extractPageText } from '../../src/lib/page-text/index.ts';
import { guidePages } from '../../src/data/content-files.ts';
import { chromiumExecutable } from '../../src/build/chromium.ts';
import { unzip as readZip } from '../../src/lib/zip/index.ts';
import { EPUBCHECK_CLEAN, epubCheck } from './epubcheck.ts';

const SITE_DIR = process.env['SITE_DIR'] ?? 'dist';
const EPUB = join(SITE_DIR, 'downloads/ebook/minna-no-mynumber-guide.epub');
const pages = guidePages();

/** The files of a ZIP archive in the order of its central directory (src/lib/zip reads it). */
function unzip(path: string): { order: string[]; files: Map<string, Buffer> } {
  const entries = readZip(readFileSync(path));
  return { order: [...entries.keys()], files: new Map([...entries].map(([name, bytes]) => [name, Buffer.from(bytes)])) };
}

test.describe('EPUB 3', () => {
  test('EPUBCheck reports no error and no warning', () => {
    const { report, status } = epubCheck(EPUB);
    expect(report, report).toContain(EPUBCHECK_CLEAN);
    expect(status, report).toBe(0);
  });

  test('Ace by DAISY finds no violation', () => {
    test.setTimeout(300_000);
    const executable = chromiumExecutable();
    expect(executable, 'no Chromium for Ace (run bash scripts/setup.sh)').toBeTruthy();
    const out = join('.cache', 'test-reports', 'ace');
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    execFileSync(process.execPath, ['node_modules/@daisy/ace-cli/bin/ace.js', '--silent', '--force', '--outdir', out, EPUB], {
      env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: executable!, PUPPETEER_SKIP_DOWNLOAD: '1' },
      stdio: 'inherit',
      timeout: 280_000,
    });
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as {
      'earl:result': { 'earl:outcome': string };
      assertions: { 'earl:testSubject': { url: string }; assertions?: { 'earl:test': { 'dct:title': string; 'earl:impact': string } }[] }[];
      'a11y-metadata': { missing: string[]; empty: string[] };
    };
    const violations = report.assertions.flatMap((document) =>
      (document.assertions ?? []).map((rule) => `${document['earl:testSubject'].url}: ${rule['earl:test']['dct:title']} (${rule['earl:test']['earl:impact']})`),
    );
    expect(violations).toEqual([]);
    expect(report['earl:result']['earl:outcome']).toBe('pass');
    // Ace lists what the package lacks; the metadata EPUB Accessibility 1.1 requires must not be among it.
    for (const required of ['schema:accessMode', 'schema:accessibilityFeature', 'schema:accessibilityHazard', 'schema:accessibilitySummary', 'schema:accessModeSufficient', 'dcterms:conformsTo']) {
      expect(report['a11y-metadata'].missing, required).not.toContain(required);
      expect(report['a11y-metadata'].empty, required).not.toContain(required);
    }
  });

  test('one XHTML document per guide page in reading order, a navigation document, Japanese, ruby', () => {
    const { order, files } = unzip(EPUB);
    expect(order[0]).toBe('mimetype');
    expect(files.get('mimetype')!.toString()).toBe('application/epub+zip');
    const container = files.get('META-INF/container.xml')!.toString();
    const opfPath = /full-path="([^"]+)"/.exec(container)![1]!;
    const opf = files.get(opfPath)!.toString();
    const base = opfPath.slice(0, opfPath.lastIndexOf('/') + 1);
    const items = new Map([...opf.matchAll(/<item id="([^"]+)" href="([^"]+)"[^>]*>/g)].map((match) => [match[1]!, { href: match[2]!, tag: match[0] }]));
    const spine = [...opf.matchAll(/<itemref idref="([^"]+)"(?: linear="(no)")?/g)].filter((match) => match[2] !== 'no').map((match) => items.get(match[1]!)!.href);
    expect(spine.length).toBe(pages.length);
    expect(opf).toMatch(/<dc:language>ja<\/dc:language>/);
    const nav = [...items.values()].find((item) => /properties="[^"]*\bnav\b/.test(item.tag));
    expect(nav, 'a navigation document').toBeDefined();
    const navDocument = files.get(base + nav!.href)!.toString();
    expect((navDocument.match(/<nav[^>]*epub:type="toc"/g) ?? []).length).toBe(1);

    pages.forEach((page, index) => {
      const built = extractPageText(readFileSync(join(SITE_DIR, page.path, 'index.html'), 'utf8'), page.path);
      const xhtml = files.get(base + spine[index]!)!.toString();
      expect(xhtml, page.path).toMatch(/<html [^>]*lang="ja" xml:lang="ja"/);
      // The chapter's h1 is the page's h1, and the page's headings are all there, in order.
      const headings = [...xhtml.matchAll(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/g)].map((match) =>
        match[2]!.replace(/<rt[^>]*>[\s\S]*?<\/rt>|<rp>[\s\S]*?<\/rp>/g, '').replace(/<span class="visually-hidden">[\s\S]*?<\/span>/g, '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim(),
      );
      expect(headings, page.path).toEqual(built.blocks.flatMap((block) => (block.kind === 'heading' ? [block.text] : [])));
      // The navigation document names the page.
      expect(navDocument, page.path).toContain(`>${built.title}</a>`);
      // Furigana as ruby wherever the page has them.
      if (readFileSync(join(SITE_DIR, page.path, 'index.html'), 'utf8').includes('<rt')) expect(xhtml, page.path).toMatch(/<ruby>[^<]+<rp>\(<\/rp><rt[^>]*>[^<]+<\/rt><rp>\)<\/rp><\/ruby>/);
    });

    // EPUB Accessibility 1.1 §2: the schema.org discovery metadata and the conformance statement.
    for (const property of ['schema:accessMode', 'schema:accessModeSufficient', 'schema:accessibilityFeature', 'schema:accessibilityHazard', 'schema:accessibilitySummary']) {
      expect(opf, property).toMatch(new RegExp(`<meta property="${property}">[^<]+</meta>`));
    }
    expect(opf).toContain('<meta property="dcterms:conformsTo">EPUB Accessibility 1.1 - WCAG 2.2 Level AA</meta>');
    expect(opf).toContain('<meta property="schema:accessibilityFeature">rubyAnnotations</meta>');
    expect(opf).toContain('<meta property="schema:accessibilityFeature">tableOfContents</meta>');
  });
});
