/**
 * The large-print PDFs (大活字版), after `astro build`: one per guide page and one of the whole
 * guide, printed by Chromium (Playwright) from documents made of the built pages
 * (src/lib/print/) with the site's own print stylesheet, as tagged PDF with bookmarks.
 *
 * One browser and one tab print every document, one after another (the build machine may
 * have 2 cores). The documents and the site's files are served to the tab from memory and
 * from the build folder through request interception on a reserved name: nothing listens on
 * a port, and any request elsewhere is refused, so a PDF can never depend on the network.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { guidePages, siteName } from '../data/content-files.ts';
import { guidePrintDocument, pagePrintDocument, stylesheetsOf, type BuiltPage, type PrintDocument, type PrintSettings } from '../lib/print/index.ts';
import { LARGE_PRINT_FOLDER, pagePdfHref, WHOLE_GUIDE_PDF } from '../lib/print/downloads.ts';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium.ts';

/** The whole guide in one PDF. */

/** The reserved host the documents are served from inside the browser (never resolved). */
const ORIGIN = 'http://large-print.invalid';

const TYPES: Record<string, string> = { '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.js': 'text/javascript', '.woff2': 'font/woff2' };

export interface PrintedFile {
  /** The path in the built site, e.g. /downloads/large-print/card-security.pdf. */
  readonly href: string;
  /** The guide page it prints, or undefined for the whole guide. */
  readonly page: string | undefined;
  readonly title: string;
  readonly bytes: number;
  readonly pages: number;
  readonly milliseconds: number;
}

/** The built HTML of the guide pages, in reading order; a missing page fails, naming it. */
export async function readGuidePages(siteDir: string): Promise<BuiltPage[]> {
  return Promise.all(
    guidePages().map(async ({ path }) => {
      const file = join(siteDir, path, 'index.html');
      try {
        return { path, html: await readFile(file, 'utf8') };
      } catch {
        throw new Error(`${file}: the guide page ${path} was not built, so it cannot be exported`);
      }
    }),
  );
}

/** The number of pages of a PDF written by Chromium (its page objects are not compressed). */
export function countPdfPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

export async function printLargePrint(siteDir: string, siteUrl: string): Promise<PrintedFile[]> {
  const pages = await readGuidePages(siteDir);
  const settings: PrintSettings = { siteName: siteName(), siteUrl: siteUrl.replace(/\/$/, ''), stylesheets: stylesheetsOf(...pages.map((page) => page.html)) };
  const jobs: { href: string; page: string | undefined; document: PrintDocument }[] = [
    ...pages.map((page) => ({ href: pagePdfHref(page.path), page: page.path, document: pagePrintDocument(page, settings) })),
    { href: WHOLE_GUIDE_PDF, page: undefined, document: guidePrintDocument(pages, settings) },
  ];
  const executablePath = chromiumExecutable();
  if (!executablePath) throw new Error('large-print: no Chromium found (run bash scripts/setup.sh, or set PLAYWRIGHT_CHROMIUM_EXECUTABLE)');
  const { chromium } = await import('playwright');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const printed: PrintedFile[] = [];
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    let current = '';
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN) return route.abort('blockedbyclient');
      if (url.pathname === '/print.html') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: current });
      const file = normalize(join(siteDir, decodeURIComponent(url.pathname)));
      if (!file.startsWith(normalize(siteDir))) return route.abort('accessdenied');
      try {
        return route.fulfill({ contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: await readFile(file) });
      } catch {
        return route.abort('filenotfound');
      }
    });
    const tab = await context.newPage();
    await mkdir(join(siteDir, LARGE_PRINT_FOLDER), { recursive: true });
    for (const job of jobs) {
      const started = performance.now();
      current = job.document.html;
      await tab.goto(`${ORIGIN}/print.html`, { waitUntil: 'load' });
      await tab.evaluate(() => document.fonts.ready);
      const pdf = await tab.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
      await writeFile(join(siteDir, job.href), pdf);
      printed.push({
        href: job.href,
        page: job.page,
        title: job.document.title,
        bytes: (await stat(join(siteDir, job.href))).size,
        pages: countPdfPages(pdf),
        milliseconds: Math.round(performance.now() - started),
      });
    }
  } finally {
    await browser.close();
  }
  return printed;
}
