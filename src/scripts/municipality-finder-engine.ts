/**
 * The municipality finder's engine, loaded by src/scripts/municipality-finder.ts only when a
 * reader starts to use the search (or opens a ?q= address), so that the page itself stays
 * within the JavaScript budget. Turns the downloaded data into a search index and answers
 * each query with plain text for the element to draw: the same src/lib/municipalities code
 * the build, the CLI and the unit tests use.
 */
import { adviceText, displayName, displayReading, hitText, statusMessage } from '../lib/municipalities/answers.ts';
import { fromPayload } from '../lib/municipalities/finder-data.ts';
import { buildSearchIndex, search, type FinderState } from '../lib/municipalities/search.ts';

export interface DrawnHit {
  readonly code: string;
  readonly status: 'listed' | 'not-listed';
  readonly name: string;
  /** （reading、prefecture） */
  readonly detail: string;
  readonly statusText: string;
  readonly notes: readonly string[];
}

export interface Answer {
  readonly state: FinderState;
  /** What the live region says. */
  readonly status: string;
  readonly advice: readonly string[];
  readonly hits: readonly DrawnHit[];
}

export type Finder = (query: string) => Answer;

/** Builds the finder from the downloaded JSON; throws if it is not finder data. */
export function createFinder(json: unknown): Finder {
  const data = fromPayload(json);
  const index = buildSearchIndex(data.govs, data.acceptance);
  const asOf = data.acceptance.map((entry) => entry.asOf).sort();
  const dates = { oldest: asOf[0] ?? '', newest: asOf[asOf.length - 1] ?? '' };
  return (query) => {
    const result = search(index, query);
    return {
      state: result.state,
      status: statusMessage(result, dates),
      advice: adviceText(result, dates),
      hits: result.hits.map((hit) => {
        const { status, notes } = hitText(hit, dates);
        const where = hit.gov.kind === 'prefecture' ? '' : `、${hit.prefecture.name}`;
        return {
          code: hit.gov.code,
          status: hit.status,
          name: displayName(hit.gov, hit.city),
          detail: `（${displayReading(hit.gov, hit.city)}${where}）`,
          statusText: status,
          notes,
        };
      }),
    };
  };
}
