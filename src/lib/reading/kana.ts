/**
 * Character classes and kana conversions used by the reading layer. Pure: strings in, strings
 * out. Katakana ヵ and ヶ count as kanji here, because in 3ヶ月 or 市ヶ谷 they stand for a
 * word and need a reading like one.
 */

const KATAKANA_FIRST = 0x30a1; // ァ
const KATAKANA_LAST = 0x30f4; // ヴ (ヵ ヶ are left alone: see above)
const KATA_TO_HIRA = 0x60;

const KANJI = /[\u3005\u3006\u3007\u30f5\u30f6\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u;

export const isKanji = (char: string): boolean => KANJI.test(char);
export const hasKanji = (text: string): boolean => KANJI.test(text);

/** Hiragana, including the iteration marks ゝゞ and the long-vowel mark. */
export const isHiraganaText = (text: string): boolean => /^[\u3041-\u3096\u309d\u309eー]+$/u.test(text);
/** Katakana words, including ・ inside names (ジョン・スミス) and the long-vowel mark. */
export const isKatakanaText = (text: string): boolean => /^[\u30a1-\u30f4\u30fd\u30fe\u30fcー・]+$/u.test(text) && /[^・]/u.test(text);
/** Hiragana or katakana only: what a reading may contain. */
export const isKanaText = (text: string): boolean => /^[\u3041-\u3096\u309d\u309e\u30a1-\u30f4\u30fd\u30fe\u30fcー]+$/u.test(text);

export function toHiragana(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    out += code >= KATAKANA_FIRST && code <= KATAKANA_LAST ? String.fromCodePoint(code - KATA_TO_HIRA) : char;
  }
  return out;
}

export function toKatakana(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const shifted = code + KATA_TO_HIRA;
    out += shifted >= KATAKANA_FIRST && shifted <= KATAKANA_LAST ? String.fromCodePoint(shifted) : char;
  }
  return out;
}

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
