// Reading layer (issue 4): how long kuromoji's dictionary takes to load, how long the lexicon
// and the place names take, and how long reading the text of every built page takes once the
// dictionary is loaded (budget: 2 s for all pages). Also what the furigana markup adds to the
// pages, gzipped. Called by scripts/bench.mjs with { dist }; prints nothing.
//
// Times are given twice: wall-clock, and the CPU time of this process. The budget is checked
// on CPU time, because on a shared machine (CI, or a build running beside the tests) the
// wall-clock time mostly measures the other work.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadLexicon } from '../../src/data/reading-layer.ts';
import { createReader, loadAnalyser, unreadWords } from '../../src/lib/reading/index.ts';

const READING_BUDGET_MS = 2000;
const WARM_RUNS = 5;

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** The text of each block in <main>, without the readings, as the build reads it. */
function pageTexts(html) {
  const main = /<main[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? '';
  return main
    .replace(/<(script|style|svg|rt|rp)\b[\s\S]*?<\/\1>/g, '')
    .split(/<\/?(?:p|li|h[1-6]|td|th|dt|dd|caption|figcaption|div|section|table|tr|ul|ol|dl)\b[^>]*>/)
    .map((chunk) => chunk.replace(/<[^>]+>/g, '').replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name) => ENTITIES[name]).trim())
    .filter(Boolean);
}

function htmlFiles(dir) {
  const files = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...htmlFiles(path));
    else if (name.endsWith('.html')) files.push(path);
  }
  return files;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

export async function run({ dist = 'dist' } = {}) {
  let start = performance.now();
  let cpuStart = cpuMs();
  const analyser = await loadAnalyser();
  const dictionaryMs = performance.now() - start;
  const dictionaryCpuMs = cpuMs() - cpuStart;

  start = performance.now();
  const lexicon = loadLexicon();
  const lexiconMs = performance.now() - start;
  const reader = createReader(analyser, lexicon);

  const pages = htmlFiles(dist).map((file) => readFileSync(file, 'utf8'));
  const texts = pages.flatMap(pageTexts);
  const characters = texts.reduce((sum, text) => sum + text.length, 0);

  const readAll = () => {
    let unread = 0;
    for (const text of texts) unread += unreadWords(reader.read(text)).length;
    return unread;
  };
  start = performance.now();
  cpuStart = cpuMs();
  const unread = readAll();
  const firstMs = performance.now() - start;
  const firstCpuMs = cpuMs() - cpuStart;
  const warm = [];
  for (let round = 0; round < WARM_RUNS; round += 1) {
    start = performance.now();
    readAll();
    warm.push(performance.now() - start);
  }

  const gz = (text) => gzipSync(text, { level: 9 }).length;
  const withoutRuby = (html) => html.replace(/<rp>\(<\/rp><rt aria-hidden="true">[^<]*<\/rt><rp>\)<\/rp>/g, '').replace(/<\/?ruby>/g, '');
  const rubyBytes = pages.reduce((sum, html) => sum + gz(html) - gz(withoutRuby(html)), 0);
  const rubyCount = pages.reduce((sum, html) => sum + (html.match(/<ruby>/g)?.length ?? 0), 0);

  const round = (value) => Math.round(value);
  return [
    { label: 'kuromoji dictionary load, wall clock', value: round(dictionaryMs), unit: 'ms' },
    { label: 'kuromoji dictionary load, CPU time', value: round(dictionaryCpuMs), unit: 'ms' },
    { label: `lexicon load (${lexicon.size} entries: content/lexicon and every place name)`, value: round(lexiconMs), unit: 'ms' },
    { label: `read all ${pages.length} pages (${texts.length} blocks, ${characters} characters), first pass, wall clock`, value: round(firstMs), unit: 'ms' },
    { label: 'read all pages, first pass, CPU time', value: round(firstCpuMs), unit: 'ms', budget: READING_BUDGET_MS },
    { label: `read all pages, median of ${WARM_RUNS} later passes, wall clock`, value: round(median(warm)), unit: 'ms' },
    { label: 'kanji words without a reading on the built pages', value: unread, unit: 'words', budget: 0 },
    { label: `furigana markup on all pages (${rubyCount} <ruby>), gzipped`, value: rubyBytes, unit: 'B' },
  ];
}
