/**
 * Japanese text: kana conversion, folding, query bounds, kana → Latin and character classes,
 * written once for the reading layer, the site search, both finders, braille and the page
 * text. Pure, and small: browser scripts import the one file they need (kana.ts, classes.ts …)
 * rather than this index.
 */
export { hiraganaToKatakana, katakanaToHiragana, type KanaConversion } from './kana.ts';
export {
  HIRAGANA_LETTERS,
  hasKanji,
  isHiraganaText,
  isJapaneseTextCharacter,
  isKanaText,
  isKanji,
  isKatakanaText,
  JAPANESE_TEXT_CHARACTERS,
  KANJI_LETTERS,
  KATAKANA_LETTERS,
} from './classes.ts';
export { foldForComparison, SMALL_KANA_TO_LARGE } from './fold.ts';
export { MAX_QUERY_LENGTH } from './query.ts';
export { HEPBURN_KANA } from './latin.ts';
