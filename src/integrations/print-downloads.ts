/**
 * The print and e-book downloads, after `astro build`: the large-print PDFs (large-print.ts),
 * the EPUB and, when the site has the audio guide, the DAISY 2.02 book (ebook.ts), then the facts (size, page count) written into every page that lists
 * them. Runs before the search index and the link check, so that both see the finished pages
 * and the link check finds every download that a page links to.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listBuiltFiles } from './built-files.ts';
import { printLargePrint } from './large-print.ts';
import { writeDaisy, writeEpub } from './ebook.ts';
import { factsPlaceholder, factsText, type DownloadFacts, type DownloadFormat } from '../lib/print/downloads.ts';

/**
 * Replaces every facts placeholder in the built pages. A placeholder for a file that was not
 * generated fails the build, naming the page and the file.
 */
export async function fillDownloadFacts(siteDir: string, facts: ReadonlyMap<string, DownloadFacts>): Promise<number> {
  let filled = 0;
  for (const file of listBuiltFiles(siteDir).filter((name) => name.endsWith('.html'))) {
    const path = join(siteDir, file);
    const html = await readFile(path, 'utf8');
    if (!html.includes('data-download-facts')) continue;
    const next = html.replace(factsPlaceholder, (_, href: string, format: DownloadFormat) => {
      const found = facts.get(href);
      if (!found) throw new Error(`${file}: the download ${href} is listed but was not generated`);
      filled += 1;
      return factsText(format, found);
    });
    await writeFile(path, next);
  }
  return filled;
}

export function printDownloads(): AstroIntegration {
  let siteUrl = 'http://localhost:4321';
  return {
    name: 'print-downloads',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) siteUrl = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const started = performance.now();
        const pdfs = await printLargePrint(siteDir, siteUrl);
        const book = await writeEpub(siteDir, siteUrl);
        const daisy = await writeDaisy(siteDir, siteUrl);
        if (!daisy) logger.warn('no audio guide in this build (public/audio/manifest.json): the EPUB has no narration and the DAISY book was not made');
        const facts = new Map<string, DownloadFacts>([
          ...pdfs.map((pdf) => [pdf.href, { bytes: pdf.bytes, pages: pdf.pages }] as const),
          [book.href, { bytes: book.bytes, pages: book.chapters }],
          ...(daisy ? [[daisy.href, { bytes: daisy.bytes, pages: daisy.pages }] as const] : []),
        ]);
        const filled = await fillDownloadFacts(siteDir, facts);
        const whole = pdfs.at(-1)!;
        logger.info(
          `${pdfs.length} large-print PDFs (whole guide ${whole.pages} pages, ${Math.round(whole.bytes / 1024)} KB), ` +
            `EPUB ${Math.round(book.bytes / 1024)} KB (${book.narrated} pages narrated)` +
            (daisy ? `, DAISY 2.02 ${Math.round(daisy.bytes / 1024)} KB (${daisy.narrated} pages with audio)` : '') +
            `; ${filled} size notes filled; ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
