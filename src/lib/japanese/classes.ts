/**
 * Japanese character classes. Each class is written once here, as the inside of a regular
 * expression character class, so that the tests that use it (`isKanji`, a page script's own
 * pattern) cannot drift apart. Pure.
 */

/**
 * Hiragana letters: ぁ (U+3041) … ゖ (U+3096) and the iteration marks ゝ ゞ (U+309D, U+309E).
 * Not ゟ (U+309F, a ligature no reading uses) and not ー, which callers add where they allow it.
 */
export const HIRAGANA_LETTERS = '\\u3041-\\u3096\\u309d\\u309e';

/**
 * Katakana letters: ァ (U+30A1) … ヴ (U+30F4), the long-vowel mark ー (U+30FC) and the
 * iteration marks ヽ ヾ (U+30FD, U+30FE). Small ヵ ヶ (U+30F5, U+30F6) are left out on
 * purpose: in 3ヶ月 or 市ヶ谷 they stand for a word, so KANJI_LETTERS holds them (kana.ts).
 * Not ・ (U+30FB), which is punctuation; callers that allow it inside names add it.
 */
export const KATAKANA_LETTERS = '\\u30a1-\\u30f4\\u30fc\\u30fd\\u30fe';

/**
 * What the reading layer reads as kanji: the CJK Unified Ideographs (U+4E00 …, Extension A
 * U+3400 …, Extensions B–G U+20000 … U+3134F), the compatibility ideographs (U+F900 …), and
 * the marks that are read like one: 々 (U+3005) 〆 (U+3006) 〇 (U+3007) and ヵ ヶ.
 */
export const KANJI_LETTERS = '\\u3005\\u3006\\u3007\\u30f5\\u30f6\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u{20000}-\\u{3134f}';

/**
 * Japanese text: the Han, Hiragana and Katakana scripts, ー, and the Japanese punctuation the
 * pages use. Source line-wrapping leaves a space between two of these that Japanese text
 * never has; page-text, the narration's sentence map and the narration sync all drop it, and
 * must agree on where, or a sentence of the narration would not be found on its page.
 */
export const JAPANESE_TEXT_CHARACTERS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー、。「」（）・：！？';

// Marked pure so that a browser bundle keeps only the patterns it uses.
const KANJI = /* @__PURE__ */ new RegExp(`[${KANJI_LETTERS}]`, 'u');
const HIRAGANA_TEXT = /* @__PURE__ */ new RegExp(`^[${HIRAGANA_LETTERS}ー]+$`, 'u');
const KATAKANA_TEXT = /* @__PURE__ */ new RegExp(`^[${KATAKANA_LETTERS}・]+$`, 'u');
const KANA_TEXT = /* @__PURE__ */ new RegExp(`^[${HIRAGANA_LETTERS}${KATAKANA_LETTERS}]+$`, 'u');
const JAPANESE_TEXT_CHARACTER = /* @__PURE__ */ new RegExp(`[${JAPANESE_TEXT_CHARACTERS}]`, 'u');

/** Whether a character is read as kanji (see KANJI_LETTERS). */
export const isKanji = (char: string): boolean => KANJI.test(char);
/** Whether a text holds at least one character read as kanji. */
export const hasKanji = (text: string): boolean => KANJI.test(text);
/** Hiragana, including the iteration marks ゝゞ and the long-vowel mark. */
export const isHiraganaText = (text: string): boolean => HIRAGANA_TEXT.test(text);
/** Katakana words, including ・ inside names (ジョン・スミス) and the long-vowel mark. */
export const isKatakanaText = (text: string): boolean => KATAKANA_TEXT.test(text) && /[^・]/u.test(text);
/** Hiragana or katakana only: what a reading may contain. */
export const isKanaText = (text: string): boolean => KANA_TEXT.test(text);
/** Whether a character is Japanese text in the sense of JAPANESE_TEXT_CHARACTERS. */
export const isJapaneseTextCharacter = (char: string): boolean => JAPANESE_TEXT_CHARACTER.test(char);
