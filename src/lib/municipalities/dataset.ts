/**
 * Everything the finder needs, built from the raw inputs in one call: the local governments
 * (local-governments.ts) and the acceptance list (acceptance.ts), checked together. Pure: the
 * caller reads the files (src/data/municipalities.ts at build time, the CLI, the tests).
 */
import { listDates, readAcceptance, type Acceptance } from './acceptance.ts';
import { buildLocalGovs, type LocalGov, type LocalGovSources, type SourceText } from './local-governments.ts';
import type { DataProblem } from './problems.ts';

export interface DatasetSources extends LocalGovSources {
  readonly acceptance: SourceText;
  /** Ids of content/data/sources.yaml, which the acceptance rows cite. */
  readonly sourceIds: ReadonlySet<string>;
}

export interface Dataset {
  readonly govs: readonly LocalGov[];
  readonly acceptance: readonly Acceptance[];
  readonly dates: { readonly oldest: string; readonly newest: string };
}

export function buildDataset(sources: DatasetSources): { dataset?: Dataset; problems: DataProblem[] } {
  const { govs, problems } = buildLocalGovs(sources);
  const accepted = readAcceptance(sources.acceptance, { govs, sourceIds: sources.sourceIds });
  problems.push(...accepted.problems);
  const dates = listDates(accepted.entries);
  if (!dates) problems.push({ file: sources.acceptance.path, message: '一覧に1行もありません' });
  if (problems.length > 0 || !dates) return { problems };
  return { dataset: { govs, acceptance: accepted.entries, dates }, problems };
}
