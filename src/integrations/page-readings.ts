/**
 * Build step (astro:build:done): readings (<ruby>) on every kanji word of every built page
 * that a layout, component or page template wrote without them (src/lib/ruby/page.ts). The
 * Markdown body already has them from the rehype plugin; this covers the rest, so that the
 * ふりがな setting and WCAG 3.1.6 hold on every page. A kanji word with no reading stops the
 * build with the page and the word, like the rehype plugin does.
 *
 * Runs first among the build steps: the search index, the downloads and the security headers
 * read the pages as they will be served.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addPageReadings } from '../lib/ruby/page.ts';
import { listBuiltFiles } from '../build/built-files.ts';
import { loadReadingLayer } from '../data/reading-layer.ts';

export async function addReadingsToBuild(root: string): Promise<{ pages: number; runs: number }> {
  const reader = await loadReadingLayer();
  const problems: string[] = [];
  let pages = 0;
  let runs = 0;
  for (const file of listBuiltFiles(root).filter((name) => name.endsWith('.html'))) {
    const path = join(root, file);
    const result = addPageReadings(readFileSync(path, 'utf8'), reader);
    for (const [word, context] of result.unread) problems.push(`  ${file}: 「${word}」（${context}）`);
    if (result.changed === 0) continue;
    writeFileSync(path, result.html);
    pages += 1;
    runs += result.changed;
  }
  if (problems.length > 0) {
    throw new Error(`読みのわからない語があります。content/lexicon/words.tsv に読みを足してください:\n${problems.join('\n')}`);
  }
  return { pages, runs };
}

export function pageReadings(): AstroIntegration {
  return {
    name: 'page-readings',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, runs } = await addReadingsToBuild(fileURLToPath(dir));
        logger.info(`readings added to ${runs} text run(s) on ${pages} page(s)`);
      },
    },
  };
}
