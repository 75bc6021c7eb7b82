/**
 * The procedure finder's logic: joining procedures to their documents, filtering them by
 * document, office and free text, and reading / writing the filter state in the page address
 * (?doc=<document id>&office=<office>&q=<text>). Pure and small, because the browser script
 * (src/scripts/procedure-finder.ts) runs the very same functions the unit tests check.
 */
import { withoutInvisible } from '../invisible/index.ts';
import { MAX_QUERY_LENGTH } from '../japanese/query.ts';
import { normaliseForSearch } from './kana.ts';

export type DeckTable = 'pension' | 'other';

/** A document as the finder shows and searches it. */
export interface FinderDocument {
  readonly id: string;
  readonly name: string;
  readonly reading: string;
  /** Other spellings the deck uses for the same document; free text matches them too. */
  readonly variants?: readonly string[];
}

/** A procedure with its documents resolved to names. */
export interface FinderProcedure {
  readonly id: string;
  readonly name: string;
  readonly law: string;
  readonly office: string;
  readonly documents: readonly FinderDocument[];
  readonly tables: readonly DeckTable[];
}

/** What the reader has chosen. An empty string means "no condition". */
export interface FilterState {
  readonly doc: string;
  readonly office: string;
  readonly q: string;
}

export const EMPTY_FILTER: FilterState = { doc: '', office: '', q: '' };

/**
 * Resolves each procedure's document ids to documents. Throws on an unknown id, naming the
 * procedure (the build checks this too, in src/lib/content-graph).
 */
export function joinDocuments(
  procedures: ReadonlyArray<{ id: string; name: string; law: string; office: string; documents: readonly string[]; tables: readonly DeckTable[] }>,
  documents: ReadonlyArray<FinderDocument>,
): FinderProcedure[] {
  const byId = new Map(documents.map((document) => [document.id, document]));
  return procedures.map((procedure) => ({
    ...procedure,
    documents: procedure.documents.map((id) => {
      const document = byId.get(id);
      if (!document) throw new Error(`procedures.yaml: ${procedure.id}.documents: 書類「${id}」は documents.yaml にありません`);
      return document;
    }),
  }));
}

/**
 * Puts items in the order of `ids` (the order of the entries in their YAML file, which content
 * collections do not keep). Items whose id is not in `ids` come last, by id.
 */
export function inFileOrder<T extends { id: string }>(items: readonly T[], ids: readonly string[]): T[] {
  const rank = new Map(ids.map((id, index) => [id, index]));
  const at = (item: T) => rank.get(item.id) ?? Number.MAX_SAFE_INTEGER;
  return [...items].sort((a, b) => at(a) - at(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The offices procedures are applied at, each once, in the order they first appear. */
export function officesOf(procedures: ReadonlyArray<{ office: string }>): string[] {
  return [...new Set(procedures.map((procedure) => procedure.office))];
}

/** For each document id, the procedures that list it, in procedure order. */
export function proceduresByDocument(procedures: readonly FinderProcedure[]): Map<string, FinderProcedure[]> {
  const index = new Map<string, FinderProcedure[]>();
  for (const procedure of procedures) {
    for (const document of procedure.documents) {
      const list = index.get(document.id) ?? [];
      list.push(procedure);
      index.set(document.id, list);
    }
  }
  return index;
}

/**
 * The normalised words of a query: split at spaces (half- or full-width) and at invisible
 * characters (src/lib/invisible), as the site search does, empty words dropped.
 */
export function queryWords(q: string): string[] {
  return withoutInvisible(q, ' ')
    .normalize('NFKC')
    .split(/\s+/u)
    .map(normaliseForSearch)
    .filter((word) => word !== '');
}

/**
 * The texts free text is matched against: name, law, office, and each document's name, reading
 * and other spellings (生活保護受給者証明書 finds the procedures of 生活保護受給証明書).
 */
function searchableTexts(procedure: FinderProcedure): string[] {
  return [
    procedure.name,
    procedure.law,
    procedure.office,
    ...procedure.documents.flatMap((document) => [document.name, document.reading, ...(document.variants ?? [])]),
  ].map(normaliseForSearch);
}

/**
 * The procedures that meet every condition: they list the document `doc`, are applied at
 * `office`, and every word of `q` appears in one of their texts (full-width and half-width,
 * katakana and hiragana are treated alike). Keeps the input order.
 */
export function filter(procedures: readonly FinderProcedure[], state: Partial<FilterState>): FinderProcedure[] {
  const { doc = '', office = '', q = '' } = state;
  const words = queryWords(q);
  return procedures.filter((procedure) => {
    if (doc !== '' && !procedure.documents.some((document) => document.id === doc)) return false;
    if (office !== '' && procedure.office !== office) return false;
    if (words.length === 0) return true;
    const texts = searchableTexts(procedure);
    return words.every((word) => texts.some((text) => text.includes(word)));
  });
}

/** A condition of the address that names nothing in the list. */
export type UnknownCondition = 'doc' | 'office';

export type ParseResult =
  | { readonly ok: true; readonly state: FilterState }
  /**
   * The address names a document or office the list does not have. The result says which
   * condition, never its value: anyone can write an address, so the page says in its own words
   * that the condition is unknown (a value shown back could pose as the site's own words).
   */
  | { readonly ok: false; readonly state: FilterState; readonly unknown: readonly UnknownCondition[] };

/**
 * Reads the filter state from the page address. An unknown document id or office is dropped
 * from the state, and not silently: the result names the condition for the page to explain.
 * The free text is a search word the reader may have typed, so it is kept, without invisible
 * characters (src/lib/invisible) and cut to MAX_QUERY_LENGTH first, so that the cut cannot
 * leave half a surrogate pair.
 */
export function parseFilterState(
  params: URLSearchParams,
  known: { readonly documentIds: Iterable<string>; readonly offices: Iterable<string> },
): ParseResult {
  const documentIds = new Set(known.documentIds);
  const offices = new Set(known.offices);
  const doc = (params.get('doc') ?? '').trim();
  const office = (params.get('office') ?? '').trim();
  // Cut to MAX_QUERY_LENGTH UTF-16 code units, so that a crafted link cannot make the page slow.
  const q = withoutInvisible((params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH));
  const unknown: UnknownCondition[] = [];
  if (doc !== '' && !documentIds.has(doc)) unknown.push('doc');
  if (office !== '' && !offices.has(office)) unknown.push('office');
  const state: FilterState = {
    doc: documentIds.has(doc) ? doc : '',
    office: offices.has(office) ? office : '',
    q,
  };
  return unknown.length === 0 ? { ok: true, state } : { ok: false, state, unknown };
}

/**
 * The filter state as address parameters; conditions that are not set are left out. The free
 * text goes without invisible characters, so the address written back never carries them.
 */
export function serialiseFilterState(state: Partial<FilterState>): URLSearchParams {
  const params = new URLSearchParams();
  const q = withoutInvisible(state.q ?? '');
  if (state.doc) params.set('doc', state.doc);
  if (state.office) params.set('office', state.office);
  if (q.trim() !== '') params.set('q', q);
  return params;
}

export { resultMessage } from './messages.ts';
