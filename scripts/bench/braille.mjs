// Braille downloads (issue 5): how many public vectors the translator passes exactly (spaced kana
// and cells), how many of the project's own vectors (spacing.tsv and the rule vectors of issue
// 19), how many words of all guide pages the translator marks as doubtful (issue 19: no
// reading, a guessed boundary, a rule conflict; src/lib/braille/doubts.ts), and how long
// translating and laying out every guide page takes once the dictionary is loaded (budget: 1 s
// CPU for the whole site).
// Called by scripts/bench.mjs with { dist }; prints nothing.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadTranslator } from '../../src/build/braille-translator.ts';
import { pageToBraille } from '../../src/lib/braille/document.ts';

import { extractPageText } from '../../src/lib/page-text/index.ts';
import { guidePages } from '../../src/data/content-files.ts';

const TRANSLATION_BUDGET_MS = 1000;

const rows = (file) =>
  readFileSync(new URL(`../../src/lib/braille/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t'));

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

export async function run({ dist = 'dist' } = {}) {
  let start = performance.now();
  const translator = await loadTranslator();
  const loadMs = performance.now() - start;

  const spaces = (text) => text.replace(/\u2800/g, ' ');
  const publicRows = rows('public-vectors.tsv');
  const kanaPass = publicRows.filter(([, source, kana]) => translator.kana(source) === kana).length;
  const cellPass = publicRows.filter(([, source, , cells]) => {
    try {
      return spaces(translator.braille(source)) === cells;
    } catch {
      return false;
    }
  }).length;
  const ownRows = rows('spacing.tsv');
  const ownPass = ownRows.filter(([, source, kana]) => translator.kana(source) === kana).length;
  const ruleRows = rows('rule-vectors.tsv');
  const rulePass = ruleRows.filter(([, source, kana, cells]) => translator.kana(source) === kana && (!cells || spaces(translator.braille(source)) === cells)).length;

  const texts = guidePages().map((page) => extractPageText(readFileSync(join(dist, page.path, 'index.html'), 'utf8'), page.path));
  // The doubts of every text the layout translates (blocks, list markers, table headers).
  const translated = [];
  const recording = { ...translator, units: (text) => (translated.push(text), translator.units(text)) };
  for (const text of texts) pageToBraille(text, recording);
  const doubts = {};
  for (const text of translated) for (const doubt of translator.doubts(text)) doubts[doubt.reason] = (doubts[doubt.reason] ?? 0) + 1;
  const doubtful = Object.values(doubts).reduce((sum, count) => sum + count, 0);
  const doubtKinds = Object.entries(doubts).map(([reason, count]) => `${reason} ${count}`).join(', ') || 'none';
  const translateAll = () => texts.map((text) => pageToBraille(text, translator));
  start = performance.now();
  const cpuStart = cpuMs();
  const documents = translateAll();
  const firstMs = performance.now() - start;
  const firstCpuMs = cpuMs() - cpuStart;
  const warm = [];
  for (let round = 0; round < 3; round += 1) {
    start = performance.now();
    translateAll();
    warm.push(performance.now() - start);
  }
  const pages = documents.reduce((sum, document) => sum + document.length, 0);
  const characters = texts.reduce((sum, text) => sum + JSON.stringify(text.blocks).length, 0);
  const wholeGuide = statSync(join(dist, 'downloads/braille/minna-no-mynumber-guide.brf')).size;

  const round = (value) => Math.round(value);
  const percent = (passed, total) => Math.round((1000 * passed) / total) / 10;
  return [
    { label: 'dictionary and braille word list load (reading layer), wall clock', value: round(loadMs), unit: 'ms' },
    { label: `public vectors: spaced kana exact (${kanaPass}/${publicRows.length})`, value: percent(kanaPass, publicRows.length), unit: '%' },
    { label: `public vectors: cells exact (${cellPass}/${publicRows.length})`, value: percent(cellPass, publicRows.length), unit: '%' },
    { label: `own spacing vectors exact (${ownPass}/${ownRows.length})`, value: percent(ownPass, ownRows.length), unit: '%' },
    { label: `rule vectors of issue 19 exact (${rulePass}/${ruleRows.length})`, value: percent(rulePass, ruleRows.length), unit: '%' },
    { label: `doubtful words over all guide pages (${doubtKinds})`, value: doubtful, unit: 'words' },
    { label: `translate and lay out all ${texts.length} guide pages (${pages} braille pages, ~${characters} chars of block JSON), CPU time`, value: round(firstCpuMs), unit: 'ms', budget: TRANSLATION_BUDGET_MS },
    { label: 'the same, wall clock (first pass)', value: round(firstMs), unit: 'ms' },
    { label: 'the same, median of 3 later passes, wall clock', value: round([...warm].sort((a, b) => a - b)[1]), unit: 'ms' },
    { label: 'whole guide BRF file', value: wholeGuide, unit: 'B' },
  ];
}
