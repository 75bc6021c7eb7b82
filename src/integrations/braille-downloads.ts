/**
 * Build step (astro:build:done): braille downloads of every guide page and of the whole guide,
 * made from the built pages (the text the reader sees, via src/lib/page-text) so that braille
 * never says something else than the page. For each, three files in dist/downloads/braille/:
 * .brf (braille ASCII), .bse (the same with the BASE header) and .txt (Unicode braille).
 * Page counts and a preview (the first braille page) go to the download registry, for the
 * pages' download slots. A character with no braille rule fails the build with page, character and
 * code point.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pageToBraille, withContents, type BrailleSection } from '../lib/braille/document.ts';
import { BRAILLE_FOLDER, brailleHref, WHOLE_GUIDE_NAME } from '../lib/braille/files.ts';
import { pageFileStem } from '../lib/site/index.ts';
import { toBrf, toBse, toUnicodeText } from '../lib/braille/formats.ts';
import { JAPANESE_PAGE, type Page } from '../lib/braille/layout.ts';
import { extractPageText } from '../lib/page-text/index.ts';
import { guidePages, siteName } from '../data/content-files.ts';
import type { DownloadRegistry } from '../lib/download-info/registry.ts';
import { loadTranslator } from '../build/braille-translator.ts';

/** Today as YYYY/MM/DD, or the reproducible-build date when SOURCE_DATE_EPOCH is set. */
function buildDate(): string {
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  const date = epoch ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().slice(0, 10).replace(/-/g, '/');
}

export interface BrailleFile {
  readonly baseName: string;
  readonly title: string;
  readonly pages: number;
  /** The first braille page, as Unicode braille. */
  readonly preview: string;
}

/** Writes the three files of one document; returns its preview. */
function writeDocument(siteDir: string, baseName: string, title: string, pages: Page[], date: string, publisher: string): string {
  const folder = join(siteDir, BRAILLE_FOLDER);
  mkdirSync(folder, { recursive: true });
  const preview = (pages[0] ?? []).join('\n');
  writeFileSync(join(folder, `${baseName}.brf`), toBrf(pages), 'ascii');
  writeFileSync(join(folder, `${baseName}.bse`), toBse(pages, { title, date, publisher }, JAPANESE_PAGE));
  writeFileSync(join(folder, `${baseName}.txt`), toUnicodeText(pages), 'utf8');
  return preview;
}

/** Translates every guide page of the build in `siteDir` and writes the downloads. */
export async function writeBrailleDownloads(siteDir: string, root = process.cwd()): Promise<BrailleFile[]> {
  const translator = await loadTranslator(root);
  const date = buildDate();
  const written: BrailleFile[] = [];
  const sections: BrailleSection[] = [];
  // The site's name is both the publisher of every document and the title of the whole guide.
  const name = siteName(root);
  for (const guidePage of guidePages(root)) {
    const html = readFileSync(join(siteDir, guidePage.path, 'index.html'), 'utf8');
    const text = extractPageText(html, guidePage.path);
    const pages = pageToBraille(text, translator);
    const baseName = pageFileStem(guidePage.path);
    const preview = writeDocument(siteDir, baseName, text.title, pages, date, name);
    written.push({ baseName, title: text.title, pages: pages.length, preview });
    sections.push({ title: text.title, pages });
  }
  // The whole guide: a contents list with the braille page of each guide page, then the pages,
  // each starting on a new braille page.
  const whole = withContents(sections, translator);
  const preview = writeDocument(siteDir, WHOLE_GUIDE_NAME, name, whole, date, name);
  written.push({ baseName: WHOLE_GUIDE_NAME, title: name, pages: whole.length, preview });
  return written;
}

export function brailleDownloads(downloads: DownloadRegistry): AstroIntegration {
  const recorder = downloads.recorder('braille-downloads');
  return {
    name: 'braille-downloads',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const files = await writeBrailleDownloads(fileURLToPath(dir));
        for (const file of files) {
          recorder.record(brailleHref(file.baseName, 'brf'), { pages: file.pages });
          recorder.record(brailleHref(file.baseName, 'bse'), { pages: file.pages });
          recorder.record(brailleHref(file.baseName, 'txt'), { pages: file.pages, preview: file.preview });
        }
        recorder.finish();
        const pages = files.reduce((sum, file) => sum + file.pages, 0);
        logger.info(`${files.length} braille documents (${pages} braille pages) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
