/**
 * Kana helpers of the reading layer. Pure: strings in, strings out. The character classes and
 * the conversions live in src/lib/japanese; the reading layer converts with ヵ and ヶ kept,
 * because in 3ヶ月 or 市ヶ谷 they stand for a word and need a reading like a kanji (they count
 * as kanji in src/lib/japanese/classes.ts). Turning ヶ into the hiragana ゖ would read it as け.
 */
import { hiraganaToKatakana, katakanaToHiragana, type KanaConversion } from '../japanese/kana.ts';

export { hasKanji, isHiraganaText, isKanaText, isKanji, isKatakanaText } from '../japanese/classes.ts';

const KEEP_KA_KE: KanaConversion = { smallKaKe: 'keep' };

/** Katakana → hiragana, ヵ ヶ kept (see above). */
export const toHiragana = (text: string): string => katakanaToHiragana(text, KEEP_KA_KE);
/** Hiragana → katakana, ゕ ゖ kept (see above). */
export const toKatakana = (text: string): string => hiraganaToKatakana(text, KEEP_KA_KE);

const VOWEL_ROWS: Record<'a' | 'i' | 'u' | 'e' | 'o', string> = {
  a: 'アァカガサザタダナハバパマヤャラワヮ',
  i: 'イィキギシジチヂニヒビピミリヰ',
  u: 'ウゥクグスズツヅヌフブプムユュルヴ',
  e: 'エェケゲセゼテデネヘベペメレヱ',
  o: 'オォコゴソゾトドノホボポモヨョロヲ',
};

/** The vowel a katakana character ends in (キョ → o via ョ); undefined for ン, ッ, ー and others. */
export function vowelOf(kana: string): 'a' | 'i' | 'u' | 'e' | 'o' | undefined {
  for (const vowel of ['a', 'i', 'u', 'e', 'o'] as const) {
    if (VOWEL_ROWS[vowel].includes(kana)) return vowel;
  }
  return undefined;
}

/**
 * The spelling braille uses for a word written by its reading (katakana in, katakana out):
 * a ウ that lengthens a ウ-row or オ-row kana becomes the long-vowel mark ー (トウキョウ →
 * トーキョー, ユウビン → ユービン), while ア/イ/エ-row lengthening and オ after オ keep their
 * kana (センセイ, オオサカ). 点訳のてびき 第2章 (see shared/braille/NOTES.md §1.2).
 *
 * This is right for nouns and names, which is what the lexicon holds; verbs such as 思う keep
 * their ウ, and the kuromoji path handles those from the dictionary's own pronunciation.
 */
export function longVowelSpelling(katakana: string): string {
  const chars = [...katakana];
  return chars
    .map((char, index) => {
      if (char !== 'ウ' || index === 0) return char;
      const before = vowelOf(chars[index - 1]!);
      return before === 'u' || before === 'o' ? 'ー' : char;
    })
    .join('');
}
