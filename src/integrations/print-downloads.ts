/**
 * The print and e-book downloads, after `astro build`: the large-print PDFs (large-print.ts),
 * the EPUB and, when the site has the audio guide, the DAISY 2.02 book (ebook.ts), both in
 * src/build/. The PDFs' page counts go to the download registry, for download-info to write into
 * the pages that list them.
 * Runs before the search index and the link check, so that both see the finished pages and the
 * link check finds every download that a page links to.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { printLargePrint } from '../build/large-print.ts';
import { writeDaisy, writeEpub } from '../build/ebook.ts';
import type { DownloadRegistry } from '../lib/download-info/registry.ts';

export function printDownloads(downloads: DownloadRegistry): AstroIntegration {
  const recorder = downloads.recorder('print-downloads');
  // No fallback: every PDF and the EPUB print the site's address (「ウェブ版：…」), which
  // astro.config.mjs takes from SITE_URL and src/integrations/site-address.ts requires.
  let siteUrl: string | undefined;
  return {
    name: 'print-downloads',
    hooks: {
      'astro:config:done': ({ config }) => {
        siteUrl = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!siteUrl) throw new Error('astro.config.mjs: site is not set (SITE_URL), and the downloads print the address of the site');
        const siteDir = fileURLToPath(dir);
        const started = performance.now();
        const pdfs = await printLargePrint(siteDir, siteUrl);
        const book = await writeEpub(siteDir, siteUrl);
        const daisy = await writeDaisy(siteDir, siteUrl);
        if (!daisy) logger.warn('no audio guide in this build (public/audio/manifest.json): the EPUB has no narration and the DAISY book was not made');
        for (const pdf of pdfs) recorder.record(pdf.href, { pages: pdf.pages });
        recorder.finish();
        const whole = pdfs.at(-1)!;
        logger.info(
          `${pdfs.length} large-print PDFs (whole guide ${whole.pages} pages, ${Math.round(whole.bytes / 1024)} KB), ` +
            `EPUB ${Math.round(book.bytes / 1024)} KB (${book.narrated} pages narrated)` +
            (daisy ? `, DAISY 2.02 ${Math.round(daisy.bytes / 1024)} KB (${daisy.narrated} pages with audio)` : '') +
            `; ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
