/**
 * Kana helpers shared by the procedure finder (matching what a reader types) and the glossary
 * (sorting and grouping terms by reading). Pure: strings in, strings out.
 */

const KATAKANA_START = 0x30a1; // ァ
const KATAKANA_END = 0x30f6; // ヶ
const KATA_TO_HIRA = 0x60;

/** Katakana → hiragana (カード → かーど). Other characters, including ー, are kept. */
export function toHiragana(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    out += code >= KATAKANA_START && code <= KATAKANA_END ? String.fromCodePoint(code - KATA_TO_HIRA) : char;
  }
  return out;
}

/** Punctuation that readers may or may not type: 障害者・児 and 障害者児 should find the same. */
const IGNORED = /[\s・、，,。．.（）()「」『』［］[\]【】〔〕／/]/gu;

/**
 * The form in which text is compared: NFKC (full-width Latin and digits become half-width,
 * half-width katakana becomes full-width), lower case, katakana as hiragana, and without spaces
 * or the punctuation above.
 */
export function normaliseForSearch(text: string): string {
  return toHiragana(text.normalize('NFKC').toLowerCase()).replace(IGNORED, '');
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

const SMALL_TO_LARGE: Record<string, string> = {
  ぁ: 'あ', ぃ: 'い', ぅ: 'う', ぇ: 'え', ぉ: 'お', っ: 'つ', ゃ: 'や', ゅ: 'ゆ', ょ: 'よ', ゎ: 'わ', ゕ: 'か', ゖ: 'け',
};

/**
 * The kana row (あ, か, …) a reading is filed under: by its first kana, with voiced and
 * semi-voiced marks removed (が → か, ぱ → は) and small kana as large ones. Undefined when the
 * reading does not start with a kana.
 */
export function kanaRowOf(reading: string): KanaRowKey | undefined {
  const first = toHiragana(reading.trim()).normalize('NFD').charAt(0);
  if (first === '') return undefined;
  const base = SMALL_TO_LARGE[first] ?? first;
  return KANA_ROWS.find((row) => row.kana.includes(base))?.key;
}

const collator = new Intl.Collator('ja');

/** Sorts entries in kana order of their reading (Intl.Collator('ja')), then by term. */
export function sortByReading<T extends { reading: string; term: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => collator.compare(a.reading, b.reading) || collator.compare(a.term, b.term));
}
