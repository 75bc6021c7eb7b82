/**
 * Kana helpers shared by the procedure finder (matching what a reader types) and the glossary
 * (sorting and grouping terms by reading). Pure: strings in, strings out.
 */
import { foldForComparison, SMALL_KANA_TO_LARGE } from '../japanese/fold.ts';
import { katakanaToHiragana } from '../japanese/kana.ts';

/** Punctuation that readers may or may not type: 障害者・児 and 障害者児 should find the same. */
const IGNORED = /[\s・、，,。．.（）()「」『』［］[\]【】〔〕／/]/gu;

/**
 * The form in which text is compared: src/lib/japanese's foldForComparison (NFKC, lower case,
 * katakana as hiragana), without spaces or the punctuation above.
 */
export function normaliseForSearch(text: string): string {
  return foldForComparison(text).replace(IGNORED, '');
}

/** The rows of the kana index on the glossary page, in 五十音 order. */
export const KANA_ROWS = [
  { key: 'a', label: 'あ', kana: 'あいうえお' },
  { key: 'ka', label: 'か', kana: 'かきくけこ' },
  { key: 'sa', label: 'さ', kana: 'さしすせそ' },
  { key: 'ta', label: 'た', kana: 'たちつてと' },
  { key: 'na', label: 'な', kana: 'なにぬねの' },
  { key: 'ha', label: 'は', kana: 'はひふへほ' },
  { key: 'ma', label: 'ま', kana: 'まみむめも' },
  { key: 'ya', label: 'や', kana: 'やゆよ' },
  { key: 'ra', label: 'ら', kana: 'らりるれろ' },
  { key: 'wa', label: 'わ', kana: 'わゐゑをん' },
] as const;

export type KanaRowKey = (typeof KANA_ROWS)[number]['key'];

/**
 * The kana row (あ, か, …) a reading is filed under: by its first kana, with voiced and
 * semi-voiced marks removed (が → か, ぱ → は) and small kana as large ones. Undefined when the
 * reading does not start with a kana.
 */
export function kanaRowOf(reading: string): KanaRowKey | undefined {
  // ヵ ヶ as ゕ ゖ, filed under か and け like the small kana they are in a reading.
  const first = katakanaToHiragana(reading.trim(), { smallKaKe: 'convert' }).normalize('NFD').charAt(0);
  if (first === '') return undefined;
  const base = SMALL_KANA_TO_LARGE[first] ?? first;
  return KANA_ROWS.find((row) => row.kana.includes(base))?.key;
}

const collator = new Intl.Collator('ja');

/** Sorts entries in kana order of their reading (Intl.Collator('ja')), then by term. */
export function sortByReading<T extends { reading: string; term: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => collator.compare(a.reading, b.reading) || collator.compare(a.term, b.term));
}
