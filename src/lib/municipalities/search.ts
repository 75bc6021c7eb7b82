/**
 * The municipality finder's search: a query in any of the ways a reader may write a local
 * government (kanji with variant forms, hiragana, katakana, half- or full-width, romaji in
 * Hepburn or word-processor spelling with or without long vowels, with or without 市・町・村・区,
 * the prefecture in front or as a second word, the 5- or 6-digit code) → the local governments
 * it names, each with its status on the acceptance list, and the overall state:
 *
 *   listed      at least one hit is on the list (a ward counts through its city)
 *   not-listed  there are hits and none is on the list
 *   unknown     nothing matches, or the query cannot be a name or code (see `problem`)
 *   empty       nothing was typed
 *
 * Matching is in three tiers, and only the best tier that has hits is returned, so that
 * 「千葉県」 finds the prefecture and not every town in it, and 「さくらし」 finds both 佐倉市 and
 * さくら市 but not 桜川市:
 *   1 exact    the whole name, reading or romaji (also with the prefecture or city in front)
 *   2 base     the same without its ending (さくら, zamami, 座間味 for 座間味村)
 *   3 prefix   the beginning of a name, reading or romaji (ひがしむら → 東村山市)
 */
import type { Acceptance } from './acceptance.ts';
import { hasValidCheckDigit } from './check-digit.ts';
import type { LocalGov } from './local-governments.ts';
import { withoutSuffix } from './names.ts';
import { digitsOf, isLatin, romajiKey, textKey, withoutInvisible } from './normalise.ts';
import { MAX_QUERY_LENGTH } from '../japanese/query.ts';
import { toWapuro } from './romaji.ts';

export type FinderState = 'listed' | 'not-listed' | 'unknown' | 'empty';

/** Why a query could not be searched. */
export type QueryProblem = 'too-long' | 'no-letters' | 'check-digit' | 'too-many-digits';

export interface Hit {
  readonly gov: LocalGov;
  readonly status: 'listed' | 'not-listed';
  /** The list entry that makes it listed: its own, or its city's for a ward. */
  readonly acceptance?: Acceptance;
  /** For a ward, its designated city. */
  readonly city?: LocalGov;
  readonly prefecture: LocalGov;
  /** The prefecture's own entry, when the prefecture is listed (for its facilities only). */
  readonly prefectureAcceptance?: Acceptance;
}

export interface SearchResult {
  /** The query as searched: invisible characters removed, spaces trimmed. */
  readonly query: string;
  readonly state: FinderState;
  readonly hits: readonly Hit[];
  readonly problem?: QueryProblem;
}

export interface SearchIndex {
  readonly govs: readonly LocalGov[];
  readonly byCode: ReadonlyMap<string, LocalGov>;
  readonly acceptance: ReadonlyMap<string, Acceptance>;
  readonly exact: ReadonlyMap<string, readonly number[]>;
  readonly base: ReadonlyMap<string, readonly number[]>;
  /** Every exact key once, sorted, with the entries it belongs to: prefix search by bisection. */
  readonly sortedKeys: readonly string[];
  readonly sortedEntries: ReadonlyArray<readonly number[]>;
  readonly byCode5: ReadonlyMap<string, number>;
}

/** Endings a reader may type after a name, and the name endings (kanji) each can stand for. */
const KANA_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['し', '市'], ['く', '区'], ['ちょう', '町'], ['まち', '町'], ['そん', '村'], ['むら', '村'],
  ['けん', '県'], ['ふ', '府'], ['と', '都'], ['どう', '道'],
];
const KANJI_ENDINGS = ['市', '区', '町', '村', '都', '道', '府', '県'];
const ROMAJI_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['shi', '市'], ['ku', '区'], ['cho', '町'], ['machi', '町'], ['son', '村'], ['mura', '村'],
  ['ken', '県'], ['fu', '府'], ['to', '都'], ['do', '道'],
];
/** English endings and the Japanese endings they stand for. */
const ENGLISH_ENDINGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['prefecture', ['ken', 'fu', 'to', 'do']],
  ['pref', ['ken', 'fu', 'to', 'do']],
  ['city', ['shi']],
  ['town', ['cho', 'machi']],
  ['village', ['son', 'mura']],
  ['ward', ['ku']],
];
const PREFECTURE_ENDINGS = '県府都道';

function push(map: Map<string, number[]>, key: string, index: number): void {
  if (key === '') return;
  const list = map.get(key);
  if (!list) map.set(key, [index]);
  else if (list[list.length - 1] !== index) list.push(index);
}

/** Builds the lookup tables once; a query then costs a few map lookups and one bisection. */
export function buildSearchIndex(govs: readonly LocalGov[], acceptance: readonly Acceptance[]): SearchIndex {
  const byCode = new Map(govs.map((gov) => [gov.code, gov]));
  const exact = new Map<string, number[]>();
  const base = new Map<string, number[]>();
  const byCode5 = new Map<string, number>();
  govs.forEach((gov, index) => {
    const prefecture = byCode.get(gov.prefectureCode);
    const city = gov.cityCode ? byCode.get(gov.cityCode) : undefined;
    const bare = withoutSuffix(gov.name, gov.reading) ?? { name: gov.name, reading: gov.reading };
    const namePrefixes = [''];
    const readingPrefixes = [''];
    if (city) {
      namePrefixes.push(city.name);
      readingPrefixes.push(city.reading);
    }
    if (prefecture && gov.kind !== 'prefecture') {
      namePrefixes.push(...namePrefixes.map((prefix) => prefecture.name + prefix));
    }
    for (const prefix of namePrefixes) {
      push(exact, textKey(prefix + gov.name), index);
      push(base, textKey(prefix + bare.name), index);
    }
    for (const prefix of readingPrefixes) {
      push(exact, textKey(prefix + gov.reading), index);
      push(exact, romajiKey(toWapuro(prefix + gov.reading)), index);
      push(base, textKey(prefix + bare.reading), index);
      push(base, romajiKey(toWapuro(prefix + bare.reading)), index);
    }
    byCode5.set(gov.code.slice(0, 5), index);
  });
  const sortedKeys = [...exact.keys()].sort();
  const sortedEntries = sortedKeys.map((key) => exact.get(key)!);
  return { govs, byCode, acceptance: new Map(acceptance.map((entry) => [entry.code, entry])), exact, base, sortedKeys, sortedEntries, byCode5 };
}

function withPrefix(index: SearchIndex, prefix: string, into: Set<number>): void {
  if (prefix === '') return;
  let low = 0;
  let high = index.sortedKeys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (index.sortedKeys[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  for (let at = low; at < index.sortedKeys.length && index.sortedKeys[at]!.startsWith(prefix); at += 1) {
    for (const entry of index.sortedEntries[at]!) into.add(entry);
  }
}

/** A key to look up without its ending, and which name endings the typed ending allows. */
interface BaseForm {
  readonly key: string;
  /** Kanji endings the entry's name must have; undefined when nothing was stripped. */
  readonly endings?: string;
}

interface WordForms {
  readonly exact: readonly string[];
  readonly base: readonly BaseForm[];
  readonly prefix: readonly string[];
}

function strippedForms(key: string, endings: ReadonlyArray<readonly [string, string]>): BaseForm[] {
  return endings
    .filter(([ending]) => key.length > ending.length && key.endsWith(ending))
    .map(([ending, kanji]) => ({ key: key.slice(0, -ending.length), endings: kanji }));
}

const KANA_FORMS = KANA_ENDINGS.map(([kana, kanji]) => [textKey(kana), kanji] as const);
const ROMAJI_FORMS = ROMAJI_ENDINGS.map(([romaji, kanji]) => [romajiKey(romaji), kanji] as const);
const KANJI_FORMS = KANJI_ENDINGS.map((kanji) => [kanji, kanji] as const);

/** The keys one word of a query is looked up under, by tier. */
function formsOf(word: string): WordForms {
  if (isLatin(word)) {
    const letters = withoutInvisible(word.normalize('NFKD')).replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
    const key = romajiKey(letters);
    const exact = [key];
    const base: BaseForm[] = [{ key }, ...strippedForms(key, ROMAJI_FORMS)];
    const prefix = [key];
    for (const [english, endings] of ENGLISH_ENDINGS) {
      if (letters.length > english.length && letters.endsWith(english)) {
        const stem = letters.slice(0, -english.length);
        exact.push(...endings.map((ending) => romajiKey(stem + ending)));
        const kanji = english.startsWith('pref') ? PREFECTURE_ENDINGS : ROMAJI_ENDINGS.find(([romaji]) => romaji === endings[0])![1];
        base.push({ key: romajiKey(stem), endings: kanji });
        prefix.push(romajiKey(stem));
        break;
      }
    }
    return { exact, base, prefix };
  }
  const key = textKey(word);
  return { exact: [key], base: [{ key }, ...strippedForms(key, KANA_FORMS), ...strippedForms(key, KANJI_FORMS)], prefix: [key] };
}

/** Entries matching one word, each with its best tier (1 exact, 2 base, 3 prefix). */
function matchWord(index: SearchIndex, forms: WordForms): Map<number, number> {
  const tiers = new Map<number, number>();
  const note = (entries: Iterable<number>, tier: number) => {
    for (const entry of entries) if (!tiers.has(entry)) tiers.set(entry, tier);
  };
  for (const key of forms.exact) note(index.exact.get(key) ?? [], 1);
  for (const { key, endings } of forms.base) {
    const entries = index.base.get(key) ?? [];
    note(endings === undefined ? entries : entries.filter((entry) => endings.includes(index.govs[entry]!.name.slice(-1))), 2);
  }
  const prefixed = new Set<number>();
  for (const key of forms.prefix) withPrefix(index, key, prefixed);
  note(prefixed, 3);
  return tiers;
}

/** The entries of the best tier present. */
function bestTier(tiers: ReadonlyMap<number, number>): number[] {
  let best = Infinity;
  for (const tier of tiers.values()) best = Math.min(best, tier);
  return [...tiers].filter(([, tier]) => tier === best).map(([entry]) => entry);
}

/**
 * Several words: every word must name the entry itself, its prefecture or its city, and at
 * least one must name the entry itself (「府中 東京」, "fuchu tokyo").
 */
function matchWords(index: SearchIndex, words: readonly string[]): number[] {
  const perWord = words.map((word) => matchWord(index, formsOf(word)));
  const codeIndex = new Map(index.govs.map((gov, at) => [gov.code, at]));
  const tiers = new Map<number, number>();
  index.govs.forEach((gov, entry) => {
    let worst = 0;
    let named = false;
    for (const matches of perWord) {
      const own = matches.get(entry);
      const context = [gov.kind === 'prefecture' ? undefined : gov.prefectureCode, gov.cityCode]
        .map((code) => (code === undefined ? undefined : matches.get(codeIndex.get(code)!)))
        .filter((tier): tier is number => tier !== undefined);
      const tier = Math.min(own ?? Infinity, ...context);
      if (tier === Infinity) return;
      if (own !== undefined) named = true;
      worst = Math.max(worst, tier);
    }
    if (named) tiers.set(entry, worst);
  });
  return bestTier(tiers);
}

function matchDigits(index: SearchIndex, digits: string): { entries: number[]; problem?: QueryProblem } {
  if (digits.length > 6) return { entries: [], problem: 'too-many-digits' };
  if (digits.length === 6) {
    if (!hasValidCheckDigit(digits)) return { entries: [], problem: 'check-digit' };
    const gov = index.byCode.get(digits);
    return { entries: gov ? [index.govs.indexOf(gov)] : [] };
  }
  if (digits.length === 5) {
    const entry = index.byCode5.get(digits);
    return { entries: entry === undefined ? [] : [entry] };
  }
  return { entries: index.govs.flatMap((gov, entry) => (gov.code.startsWith(digits) ? [entry] : [])) };
}

function hitOf(index: SearchIndex, gov: LocalGov): Hit {
  const city = gov.cityCode ? index.byCode.get(gov.cityCode) : undefined;
  const acceptance = index.acceptance.get(gov.code) ?? (city ? index.acceptance.get(city.code) : undefined);
  const prefecture = index.byCode.get(gov.prefectureCode) ?? gov;
  const prefectureAcceptance = gov.kind === 'prefecture' ? undefined : index.acceptance.get(prefecture.code);
  return {
    gov,
    status: acceptance ? 'listed' : 'not-listed',
    ...(acceptance ? { acceptance } : {}),
    ...(city ? { city } : {}),
    prefecture,
    ...(prefectureAcceptance ? { prefectureAcceptance } : {}),
  };
}

/** Searches the index. Never throws: any text, of any length, gets an answer. */
export function search(index: SearchIndex, rawQuery: string): SearchResult {
  const query = withoutInvisible(rawQuery).trim();
  if (query === '') return { query, state: 'empty', hits: [] };
  // A query longer than MAX_QUERY_LENGTH characters is answered with a message, not cut.
  if ([...query].length > MAX_QUERY_LENGTH) return { query, state: 'unknown', hits: [], problem: 'too-long' };

  let entries: number[];
  const digits = digitsOf(query);
  if (digits !== undefined) {
    const found = matchDigits(index, digits);
    if (found.problem) return { query, state: 'unknown', hits: [], problem: found.problem };
    entries = found.entries;
  } else {
    const whole = formsOf(query);
    if (whole.exact.every((key) => key === '')) return { query, state: 'unknown', hits: [], problem: 'no-letters' };
    entries = bestTier(matchWord(index, whole));
    const words = query.normalize('NFKC').split(/\s+/u).filter((word) => word !== '');
    if (entries.length === 0 && words.length > 1) entries = matchWords(index, words);
  }
  const hits = entries.sort((a, b) => a - b).map((entry) => hitOf(index, index.govs[entry]!));
  const state: FinderState = hits.length === 0 ? 'unknown' : hits.some((hit) => hit.status === 'listed') ? 'listed' : 'not-listed';
  return { query, state, hits };
}
