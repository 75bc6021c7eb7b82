// Municipality finder: time of one query over the full local-government index, and the bytes
// the finder page loads for the search (script + data, gzipped), measured on the built site.
// Called by scripts/bench.mjs with { dist }; prints nothing. Budgets from issue 6: median
// < 0.2 ms, p99 < 1 ms in Node; script + index < 40 KB gzipped.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readMunicipalityData } from '../../src/data/municipalities.ts';
import { hiraganaToKatakana, katakanaToHiragana } from '../../src/lib/japanese/index.ts';
import { buildSearchIndex, search, toHepburn, toWapuro, withoutSuffix } from '../../src/lib/municipalities/index.ts';

const QUERY_COUNT = 200;
/** Each query is run this many times per sample, so that one sample is well above timer resolution. */
const REPEAT = 20;
const SAMPLES = 5;

const CONVERT_KA_KE = { smallKaKe: 'convert' };

/**
 * 200 queries in the ways readers type: kanji, hiragana, katakana, Hepburn, word-processor
 * romaji, the name without its ending, codes, a two-kana prefix and text that matches nothing.
 * Chosen by a fixed stride through the list, so the set is the same on every run.
 */
export function benchQueries(govs) {
  const forms = [
    (gov) => gov.name,
    (gov) => gov.reading,
    (gov) => hiraganaToKatakana(gov.reading, CONVERT_KA_KE),
    (gov) => toHepburn(gov.reading),
    (gov) => toWapuro(gov.reading),
    (gov) => withoutSuffix(gov.name, gov.reading)?.name ?? gov.name,
    (gov) => gov.code,
    (gov) => gov.code.slice(0, 5),
    (gov) => katakanaToHiragana(gov.reading, CONVERT_KA_KE).slice(0, 2),
    (gov) => `zq${gov.code}x`,
  ];
  return Array.from({ length: QUERY_COUNT }, (_, i) => forms[i % forms.length](govs[(i * 9973) % govs.length]));
}

function percentile(sorted, fraction) {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

const PAGE = 'disability-id/municipalities/index.html';
const DATA = 'disability-id/municipalities/finder-data.json';

/**
 * The finder's scripts as built: the module the page loads, and the chunks it imports
 * (statically at load, or dynamically when the reader starts to search), each counted once.
 */
function builtScripts(dist) {
  const html = readFileSync(join(dist, PAGE), 'utf8');
  const entry = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)]
    .map((match) => join(dist, match[1]))
    .find((file) => readFileSync(file, 'utf8').includes('municipality-finder'));
  if (!entry) throw new Error(`${PAGE}: the municipality-finder script is not on the page`);
  const atLoad = new Set();
  const later = new Set();
  const visit = (file, set) => {
    if (atLoad.has(file) || later.has(file) || !existsSync(file)) return;
    set.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) visit(join(dirname(file), match[1]), set);
    for (const match of code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g)) visit(join(dirname(file), match[1]), later);
  };
  visit(entry, atLoad);
  const gz = (files) => [...files].reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
  return { atLoad: gz(atLoad), later: gz(later) };
}

export async function run({ dist } = {}) {
  const dataset = readMunicipalityData();
  const started = performance.now();
  const index = buildSearchIndex(dataset.govs, dataset.acceptance);
  const buildMs = performance.now() - started;

  const queries = benchQueries(dataset.govs);
  for (const query of queries) search(index, query); // warm up
  const perQuery = queries.map((query) => {
    const samples = [];
    for (let sample = 0; sample < SAMPLES; sample += 1) {
      const start = performance.now();
      for (let repeat = 0; repeat < REPEAT; repeat += 1) search(index, query);
      samples.push((performance.now() - start) / REPEAT);
    }
    return Math.min(...samples);
  });
  const sorted = [...perQuery].sort((a, b) => a - b);

  const round = (value, places) => Number(value.toFixed(places));
  const rows = [
    { label: `municipality search: median of ${QUERY_COUNT} queries`, value: round(percentile(sorted, 0.5), 4), unit: 'ms', budget: 0.2 },
    { label: `municipality search: p99 of ${QUERY_COUNT} queries`, value: round(percentile(sorted, 0.99), 4), unit: 'ms', budget: 1 },
    { label: 'municipality search: building the index', value: round(buildMs, 1), unit: 'ms' },
  ];
  if (!dist || !existsSync(join(dist, PAGE))) return rows;

  const dataGzip = gzipSync(readFileSync(join(dist, DATA)), { level: 9 }).length;
  const scripts = builtScripts(dist);
  return [
    ...rows,
    { label: 'municipality finder: script at page load, gzipped', value: scripts.atLoad, unit: 'B', budget: 5 * 1024 },
    { label: 'municipality finder: engine, loaded when searching, gzipped', value: scripts.later, unit: 'B' },
    { label: 'municipality finder: finder-data.json, loaded when searching, gzipped', value: dataGzip, unit: 'B' },
    { label: 'municipality finder: script + engine + data, gzipped', value: scripts.atLoad + scripts.later + dataGzip, unit: 'B', budget: 40 * 1024 },
  ];
}
