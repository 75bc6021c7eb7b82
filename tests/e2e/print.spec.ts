/**
 * The large-print PDFs (大活字版, issue 12 part 1) and the downloads list (part 5), checked in the
 * built files with poppler-utils (pdfinfo, pdffonts, pdftohtml, pdftotext) and in the browser.
 *
 * Expected values come from outside the generator: the numbers (A4, 22pt, line spacing
 * 1.7, BIZ UDPGothic embedded as a subset), ISO 2145 decimal numbering, and each built page's
 * own headings and words as src/lib/page-text reads them (the shared extractor, not the PDF code).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './page-per-worker.ts';
import { parse as parseYaml } from 'yaml';
import { blockText, extractPageText, type PageText } from '../../src/lib/page-text/index.ts';
import { guidePages } from '../../src/data/content-files.ts';
import { sitemapPaths } from './checks.ts';

const SITE_DIR = process.env['SITE_DIR'] ?? 'dist';
const SITE_NAME = (parseYaml(readFileSync('content/site.yaml', 'utf8')) as { id: string; siteName: string }[]).find((entry) => entry.id === 'site')!.siteName;
const pages = guidePages();
// Every file made from a page is named by its path, the top page's as top (like its braille and audio files).
const stem = (path: string) => path.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'top';
const pdfOf = (path: string) => `/downloads/large-print/${stem(path)}.pdf`;
const WHOLE = '/downloads/large-print/guide-large-print.pdf';
const fileOf = (href: string) => join(SITE_DIR, href);

const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
const info = (href: string) => Object.fromEntries(run('pdfinfo', [fileOf(href)]).split('\n').map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]));

/** A built page's text, with its diagrams' drawings left out (a PDF shows the drawing, whose text version follows it). */
function pageText(path: string): PageText {
  const html = readFileSync(join(SITE_DIR, path, 'index.html'), 'utf8').replace(/<svg[\s\S]*?<\/svg>/g, '');
  return extractPageText(html, path);
}

const decodeXml = (text: string) =>
  text.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').trim();

/** The PDF's bookmarks in order, each with its depth (1 = top), from pdftohtml's XML outline. */
function bookmarks(href: string): { depth: number; title: string }[] {
  const xml = run('pdftohtml', ['-xml', '-i', '-stdout', '-q', fileOf(href)]);
  const found: { depth: number; title: string }[] = [];
  let depth = 0;
  for (const token of xml.slice(xml.indexOf('<outline')).matchAll(/<outline>|<\/outline>|<item[^>]*>([\s\S]*?)<\/item>/g)) {
    if (token[0] === '<outline>') depth += 1;
    else if (token[0] === '</outline>') depth -= 1;
    else found.push({ depth, title: decodeXml(token[1]!) });
  }
  return found;
}

const NUMBER = /^(\d+(?:\.\d+)*)[\s\u3000]+/;
const withoutNumber = (title: string) => title.replace(NUMBER, '').replace(/\s+/g, ' ');

/** The words a reader should meet in the PDF, in order: headings, then each block's opening. */
function expectedOrder(text: PageText): string[] {
  return text.blocks.flatMap((block) => {
    if (block.kind === 'table') return [block.caption, ...block.rows.map((row) => row.cells[0]?.text ?? '')];
    if (block.kind === 'definition') return [block.term, block.text];
    return [blockText(block)];
  }).map((words) => words.replace(/\s+/g, '').slice(0, 8)).filter(Boolean);
}

/** pdftotext's words without page-number lines and spaces, so that line and page breaks do not matter. */
function extractedText(href: string): string {
  return run('pdftotext', ['-enc', 'UTF-8', fileOf(href), '-'])
    .split('\n')
    .filter((line) => !/^\s*\d+ \/ \d+\s*$/.test(line))
    .join('')
    .replace(/[\s\f]+/g, '');
}

function expectInOrder(haystack: string, needles: readonly string[], where: string) {
  let from = 0;
  for (const needle of needles) {
    const at = haystack.indexOf(needle, from);
    expect(at, `${where}: 「${needle}」 is missing or out of reading order`).toBeGreaterThanOrEqual(0);
    from = at + needle.length;
  }
}

test.describe('large-print PDFs', () => {
  test('every PDF exists, is tagged, in Japanese, titled (and shows its title), A4, with bookmarks', () => {
    for (const href of [...pages.map((page) => pdfOf(page.path)), WHOLE]) {
      expect(existsSync(fileOf(href)), `${href} was not generated`).toBe(true);
      const details = info(href);
      expect(details['Tagged'], href).toBe('yes');
      const size = /^([\d.]+) x ([\d.]+) pts/.exec(details['Page size'] ?? '');
      // A4 is 210 × 297 mm = 595.3 × 841.9 pt (ISO 216).
      expect(Math.abs(Number(size?.[1]) - 595.3), href).toBeLessThan(1.5);
      expect(Math.abs(Number(size?.[2]) - 841.9), href).toBeLessThan(1.5);
      const raw = readFileSync(fileOf(href)).toString('latin1');
      expect(raw, `${href}: /Lang (ja)`).toMatch(/\/Lang \(ja\)/);
      expect(raw, `${href}: the viewer shows the title, not the file name`).toMatch(/\/DisplayDocTitle true/);
      expect(raw, `${href}: a structure tree`).toMatch(/\/StructTreeRoot \d+ 0 R/);
      expect(raw, `${href}: bookmarks`).toMatch(/\/Outlines \d+ 0 R/);
    }
    for (const page of pages) expect(info(pdfOf(page.path))['Title']).toBe(`${pageText(page.path).title}（大活字版）｜${SITE_NAME}`);
    expect(info(WHOLE)['Title']).toBe(`${SITE_NAME}（大活字版）`);
  });

  test('every font is BIZ UDPGothic, embedded as a subset', () => {
    for (const href of [...pages.map((page) => pdfOf(page.path)), WHOLE]) {
      const rows = run('pdffonts', [fileOf(href)]).split('\n').slice(2).filter((line) => line.trim());
      expect(rows.length, href).toBeGreaterThan(0);
      for (const row of rows) {
        const [name, ...rest] = row.trim().split(/\s+/);
        // pdffonts columns end with: emb sub uni object-id generation.
        const [emb, sub] = rest.slice(-5, -3);
        expect(name, `${href}: ${row}`).toMatch(/^[A-Z]{6}\+BIZUDPGothic-(Regular|Bold)$/);
        expect([emb, sub], `${href}: ${row}`).toEqual(['yes', 'yes']);
      }
    }
  });

  test('the bookmarks of each page are its headings, numbered 1, 1.1, … (ISO 2145)', () => {
    for (const page of pages) {
      const href = pdfOf(page.path);
      const marks = bookmarks(href);
      const text = pageText(page.path);
      const headings = text.blocks.flatMap((block) => (block.kind === 'heading' && block.level > 1 ? [block.text] : []));
      expect(marks.map((mark) => withoutNumber(mark.title)), href).toEqual([text.title, '目次', ...headings]);
      // Sections (depth 2 after the title) count 1, 2, …; their subsections parent.1, parent.2, …
      let section = 0;
      let sub = 0;
      for (const mark of marks.slice(2)) {
        const number = NUMBER.exec(mark.title)?.[1];
        if (mark.depth === 2) {
          section += 1;
          sub = 0;
          expect(number, `${href}: ${mark.title}`).toBe(String(section));
        } else if (mark.depth === 3) {
          sub += 1;
          expect(number, `${href}: ${mark.title}`).toBe(`${section}.${sub}`);
        }
      }
    }
  });

  test('the structure tree tags each heading at its level, lists as lists and tables as tables', () => {
    for (const page of pages) {
      const href = pdfOf(page.path);
      const tree = run('pdfinfo', ['-struct', fileOf(href)]);
      const tags = [...tree.matchAll(/^\s*(H[1-6]|L|Table) \(block\)/gm)].map((match) => match[1]!);
      const text = pageText(page.path);
      const levels = text.blocks.flatMap((block) => (block.kind === 'heading' && block.level > 1 ? [`H${block.level}`] : []));
      // The h1, the contents' heading (h2), then the page's own headings at their levels.
      expect(tags.filter((tag) => tag.startsWith('H')), href).toEqual(['H1', 'H2', ...levels]);
      if (text.blocks.some((block) => block.kind === 'list-item')) expect(tags, `${href}: lists`).toContain('L');
      const html = readFileSync(join(SITE_DIR, page.path, 'index.html'), 'utf8');
      if (/<main[\s\S]*<table[\s\S]*<\/main>/.test(html)) expect(tags, `${href}: tables`).toContain('Table');
    }
  });

  test('the whole-guide PDF has a contents and every page as a chapter, bookmarked in reading order', () => {
    const marks = bookmarks(WHOLE).slice(2);
    const expected = pages.flatMap((page) => {
      const text = pageText(page.path);
      return [text.title, ...text.blocks.flatMap((block) => (block.kind === 'heading' && block.level > 1 ? [block.text] : []))];
    });
    expect(marks.map((mark) => withoutNumber(mark.title))).toEqual(expected);
    const chapters = marks.filter((mark) => mark.depth === 1 || mark.depth === 2).filter((mark) => /^\d+[\s\u3000]/.test(mark.title));
    expect(chapters.map((mark) => NUMBER.exec(mark.title)?.[1])).toEqual(pages.map((_, index) => String(index + 1)));
    expect(extractedText(WHOLE)).toContain('目次');
  });

  test('the text extracted with pdftotext follows the reading order of each page', () => {
    for (const page of pages) {
      expectInOrder(extractedText(pdfOf(page.path)), expectedOrder(pageText(page.path)), pdfOf(page.path));
    }
    expectInOrder(extractedText(WHOLE), pages.flatMap((page) => expectedOrder(pageText(page.path))), WHOLE);
  });

  test('the print stylesheet sets 22pt text, line spacing of 1.7 or more, and keeps table rows whole', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    for (const { path } of pages) {
      await page.goto(path);
      const problems = await page.evaluate(() => {
        const found: string[] = [];
        // 22pt = 22 × 96 / 72 px.
        const minimum = (22 * 96) / 72 - 0.01;
        for (const element of document.querySelectorAll<HTMLElement>('main p, main li, main td, main th, main dd, main dt')) {
          if (element.closest('[data-export-skip]') || element.getClientRects().length === 0) continue;
          const style = getComputedStyle(element);
          const size = parseFloat(style.fontSize);
          const line = parseFloat(style.lineHeight);
          if (size < minimum) found.push(`${element.tagName} ${size}px: ${element.textContent?.slice(0, 20)}`);
          if (!(line / size >= 1.7)) found.push(`${element.tagName} line-height ${style.lineHeight}: ${element.textContent?.slice(0, 20)}`);
        }
        for (const row of document.querySelectorAll('main tr')) {
          if (getComputedStyle(row).breakInside !== 'avoid') found.push(`a table row may split: ${row.textContent?.slice(0, 20)}`);
        }
        return found;
      });
      expect(problems, path).toEqual([]);
    }
  });
});

test.describe('downloads list', () => {
  /** The facts a page shows after a download link, （PDF、155KB、8ページ）, as read: without markup and readings. */
  const factsAfter = (html: string, href: string) =>
    new RegExp(`<a href="${href.replace(/[.]/g, '\\.')}">(?:(?!</a>).)*</a>（((?:(?!）).)+)）`, 's')
      .exec(html)?.[1]
      ?.replace(/<(rt|rp)\b[^>]*>.*?<\/\1>/gs, '')
      .replace(/<[^>]+>/g, '');
  // Sizes as file managers show them, 1 KB = 1,000 bytes (the site's convention for every download).
  const size = (bytes: number) => (bytes < 1000 ? `${bytes}バイト` : bytes < 1_000_000 ? `${(bytes / 1000).toFixed(1)}KB` : `${(bytes / 1_000_000).toFixed(1)}MB`);

  test('/downloads/ lists every PDF and the EPUB with its real size and page count', () => {
    const html = readFileSync(join(SITE_DIR, 'downloads', 'index.html'), 'utf8');
    for (const href of [WHOLE, ...pages.map((page) => pdfOf(page.path))]) {
      const pdfPages = info(href)['Pages'];
      expect(factsAfter(html, href), href).toBe(`PDF、${size(statSync(fileOf(href)).size)}、${pdfPages}ページ`);
    }
    const epub = '/downloads/ebook/minna-no-mynumber-guide.epub';
    expect(factsAfter(html, epub)).toBe(`EPUB、${size(statSync(fileOf(epub)).size)}、ウェブの${pages.length}ページ分`);
  });

  test('every guide page links its own large-print PDF, and every page links /downloads/', () => {
    for (const path of sitemapPaths()) {
      const html = readFileSync(join(SITE_DIR, path, 'index.html'), 'utf8');
      expect(html, path).toContain('<a href="/downloads/">');
      expect(html, `${path}: a placeholder was left unfilled`).not.toContain('data-download-info');
    }
    for (const { path } of pages) {
      const html = readFileSync(join(SITE_DIR, path, 'index.html'), 'utf8');
      expect(factsAfter(html, pdfOf(path)), path).toMatch(/^PDF、[\d.]+(KB|MB)、\d+ページ$/);
    }
  });
});
