// Large-print PDFs and the EPUB (issue 12), measured on the built site: the time to generate
// them (one Chromium for all PDFs, as the build does) against the 2-minute budget, and the size
// and page count of every file. Called by scripts/bench.mjs with { dist }; prints nothing.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { printLargePrint } from '../../src/build/large-print.ts';
import { writeDaisy, writeEpub } from '../../src/build/ebook.ts';

/** Issue 12: "target: all downloads in under 2 minutes" on 2 cores. */
const GENERATION_BUDGET_MS = 120_000;

export async function run({ dist = 'dist' } = {}) {
  // The downloads are made again into this build, so with the address this build was made for
  // (its robots.txt names the sitemap there): a build to publish must not get local addresses.
  const sitemap = /^Sitemap: (\S+)$/m.exec(readFileSync(join(dist, 'robots.txt'), 'utf8'))?.[1];
  if (!sitemap) throw new Error(`${dist}/robots.txt names no sitemap, so the address of this build is unknown`);
  const site = new URL(sitemap).origin;
  const started = performance.now();
  const pdfs = await printLargePrint(dist, site);
  const pdfMs = performance.now() - started;
  const book = await writeEpub(dist, site);
  // The DAISY book exists only when the site has the audio guide (public/audio/).
  const daisy = await writeDaisy(dist, site);
  const totalMs = performance.now() - started;
  const whole = pdfs.at(-1);
  return [
    { label: `all downloads generated (${pdfs.length} PDFs, the EPUB${daisy ? ' and the DAISY book' : ''}), wall clock`, value: Math.round(totalMs), unit: 'ms', budget: GENERATION_BUDGET_MS },
    { label: `${pdfs.length} large-print PDFs, wall clock`, value: Math.round(pdfMs), unit: 'ms' },
    { label: 'slowest single PDF (the whole guide)', value: Math.max(...pdfs.map((pdf) => pdf.milliseconds)), unit: 'ms' },
    ...pdfs.map((pdf) => ({ label: `${pdf.href} (${pdf.pages} pages)`, value: pdf.bytes, unit: 'B' })),
    { label: `whole guide PDF pages`, value: whole.pages, unit: 'pages' },
    { label: `${book.href} (${book.chapters} content documents)`, value: statSync(join(dist, book.href)).size, unit: 'B' },
    { label: `EPUB (${book.narrated} pages with media overlays), wall clock`, value: book.milliseconds, unit: 'ms' },
    ...(daisy
      ? [
          { label: `${daisy.href} (${daisy.narrated} pages with audio, ${Math.round(daisy.totalMs / 60000)} min)`, value: daisy.bytes, unit: 'B' },
          { label: 'DAISY 2.02, wall clock', value: daisy.milliseconds, unit: 'ms' },
        ]
      : [{ label: 'DAISY 2.02: not made (no audio guide in this build)', value: 0, unit: 'B' }]),
  ];
}
