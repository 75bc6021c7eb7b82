#!/usr/bin/env node
// Looks up local governments the way the finder on /disability-id/municipalities/ does and
// prints the matches as JSON: code, name, prefecture, reading, listed (on the ミライロID
// acceptance list; a ward through its city).
//
//   npm run -s municipality -- "ちば"
//
// Runs the TypeScript modules directly (Node 22.18+ strips types). Exit status: 0 when the
// query was searched (even with no match: the output is then []), 1 when the data files have
// problems, 2 when no query was given.
import { readMunicipalityData } from '../src/data/municipalities.ts';
import { buildSearchIndex, displayName, displayReading, search, statusMessage } from '../src/lib/municipalities/index.ts';

const query = process.argv.slice(2).join(' ');
if (query.trim() === '') {
  process.stderr.write('使い方: npm run -s municipality -- "ちば"（名前、読み、ローマ字、地方公共団体コード）\n');
  process.exit(2);
}

let dataset;
try {
  dataset = readMunicipalityData();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

const result = search(buildSearchIndex(dataset.govs, dataset.acceptance), query);
const matches = result.hits.map((hit) => ({
  code: hit.gov.code,
  name: displayName(hit.gov, hit.city),
  prefecture: hit.prefecture.name,
  reading: displayReading(hit.gov, hit.city),
  listed: hit.status === 'listed',
}));
process.stdout.write(`${JSON.stringify(matches, null, 2)}\n`);
if (result.problem) process.stderr.write(`${statusMessage(result, dataset.dates)}\n`);
