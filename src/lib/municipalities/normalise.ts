/**
 * The forms in which names, readings and queries are compared. Both sides go through the
 * same function, so a rule only has to make equal what a reader may write differently:
 *
 *   textKey    kanji and kana: NFKC (full-width Latin and digits → half-width, half-width kana
 *              → full-width), variant kanji folded (variants.ts), katakana → hiragana, small
 *              kana → large (総務省's readings write ぎようだ for ぎょうだ), ぢ/づ/を → じ/ず/お,
 *              spaces, punctuation and invisible characters removed.
 *   romajiKey  Latin letters: marks removed (ō → o), Hepburn, 訓令 and word-processor spellings
 *              brought to one form (shi/si, chi/ti, tsu/tu, fu/hu, ji/zi, cch/tch), long vowels
 *              shortened (ou, oo, oh → o; uu → u) and m before b, m, p read as n (gumma/gunma).
 */
import { withoutInvisible } from '../invisible/index.ts';
import { foldForComparison, SMALL_KANA_TO_LARGE } from '../japanese/fold.ts';
import { KANJI_VARIANTS } from './variants.ts';

// Control and format characters (including zero-width ones) and unpaired surrogates never
// belong to a name (src/lib/invisible, the rule every script that shows text back uses).
export { withoutInvisible };
/** Separators a reader may or may not type: 千葉県 千葉市, 千葉県・千葉市, chiba-shi, n'. */
const SEPARATORS = /[\s\p{P}\p{S}ー]/gu;

/** Small kana as large ones, and kana that sound alike in names as one. */
const KANA_FOLD: Readonly<Record<string, string>> = {
  ...SMALL_KANA_TO_LARGE,
  ぢ: 'じ', づ: 'ず', を: 'お', ゐ: 'い', ゑ: 'え',
};

/** Every character the two tables fold, as one pattern, so a key costs one pass. */
const FOLDED = new RegExp(`[${Object.keys(KANJI_VARIANTS).join('')}${Object.keys(KANA_FOLD).join('')}]`, 'gu');
const foldOne = (char: string): string => {
  const kanji = KANJI_VARIANTS[char] ?? char;
  return KANA_FOLD[kanji] ?? kanji;
};

/** The comparison form of a kanji or kana name, reading or query. */
export function textKey(text: string): string {
  // foldForComparison: NFKC, lower case, katakana (ヵ ヶ too) as hiragana (src/lib/japanese).
  return withoutInvisible(foldForComparison(text)).replace(SEPARATORS, '').replace(FOLDED, foldOne);
}

/** Whether a query is written in Latin letters (romaji, with or without marks and separators). */
export function isLatin(text: string): boolean {
  const letters = withoutInvisible(text.normalize('NFKD')).replace(/\p{M}/gu, '').replace(SEPARATORS, '');
  return /^[a-z]+$/i.test(letters);
}

/** Whether a query is a (possibly full-width, possibly hyphenated) run of digits. */
export function digitsOf(text: string): string | undefined {
  const flat = withoutInvisible(text.normalize('NFKC')).replace(SEPARATORS, '');
  return /^\d+$/.test(flat) ? flat : undefined;
}

/** Spelling pairs brought to one form, in this order (each later rule sees the earlier ones' output). */
const ROMAJI_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/cch/g, 'tch'], // word-processor っち
  [/shi/g, 'si'],
  [/sh/g, 'sy'],
  [/chi/g, 'ti'],
  [/ch/g, 'ty'],
  [/cy/g, 'ty'],
  [/tsu/g, 'tu'],
  [/fu/g, 'hu'],
  [/jy/g, 'zy'],
  [/ji/g, 'zi'],
  [/j/g, 'zy'],
  [/di/g, 'zi'],
  [/du/g, 'zu'],
  [/dy/g, 'zy'],
  [/wo/g, 'o'],
  [/m(?=[bmp])/g, 'n'],
  [/n+/g, 'n'], // ん typed as nn, and ん before な-row
  [/oh(?![aiueoy])/g, 'o'], // passport spelling of a long o: Ohno
  [/o[ou]+/g, 'o'],
  [/uu+/g, 'u'],
];

/** The comparison form of a romaji spelling. */
export function romajiKey(text: string): string {
  let key = withoutInvisible(text.normalize('NFKD')).replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
  for (const [pattern, replacement] of ROMAJI_RULES) key = key.replace(pattern, replacement);
  return key;
}
