/**
 * Hiragana ⇄ katakana. Pure: strings in, strings out.
 *
 * Unicode puts every katakana that has a hiragana twin exactly U+60 above it: ァ (U+30A1) …
 * ヶ (U+30F6) ⇄ ぁ (U+3041) … ゖ (U+3096). Nothing else is converted: not ー (it has no
 * hiragana form and both scripts use it), not the iteration marks ヽヾ/ゝゞ (no caller
 * converts them today), not ヷヸヹヺ (no hiragana twin), not half-width ｶ (callers that
 * accept it NFKC-normalise first).
 *
 * Small ヵ ヶ are the one real choice, so every caller states it (`smallKaKe`):
 *   'convert'  they are kana like any other (ヶ → ゖ). Right where text is only compared or
 *              converted letter by letter: the municipality finder folds ゖ with け, so that
 *              茅ヶ崎 and 茅ケ崎 meet; the procedure finder; braille, which spells kana.
 *   'keep'     they are left as they are, both ways (ヶ stays ヶ, ゖ stays ゖ). The reading
 *              layer needs this: in 3ヶ月 or 市ヶ谷 ヶ stands for a word (か, が, こ) and gets
 *              a reading like a kanji (classes.ts counts it as one), so it must not turn into
 *              the hiragana ゖ, which would read as け.
 */

export interface KanaConversion {
  readonly smallKaKe: 'convert' | 'keep';
}

/** The distance between a katakana and its hiragana twin. */
const KATAKANA_TO_HIRAGANA = 0x60;
const KATAKANA_FIRST = 0x30a1; // ァ
const KATAKANA_LAST_BEFORE_KA_KE = 0x30f4; // ヴ
const KATAKANA_LAST = 0x30f6; // ヶ

const lastKatakana = ({ smallKaKe }: KanaConversion): number => {
  if (smallKaKe === 'convert') return KATAKANA_LAST;
  if (smallKaKe === 'keep') return KATAKANA_LAST_BEFORE_KA_KE;
  throw new TypeError(`kana conversion: smallKaKe must be 'convert' or 'keep', not ${String(smallKaKe)}`);
};

function shift(text: string, from: number, to: number, by: number): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    out += code >= from && code <= to ? String.fromCodePoint(code + by) : char;
  }
  return out;
}

/** Katakana → hiragana (カード → かーど); every other character is kept. */
export function katakanaToHiragana(text: string, options: KanaConversion): string {
  return shift(text, KATAKANA_FIRST, lastKatakana(options), -KATAKANA_TO_HIRAGANA);
}

/** Hiragana → katakana (まいなぽーたる → マイナポータル); every other character is kept. */
export function hiraganaToKatakana(text: string, options: KanaConversion): string {
  return shift(text, KATAKANA_FIRST - KATAKANA_TO_HIRAGANA, lastKatakana(options) - KATAKANA_TO_HIRAGANA, KATAKANA_TO_HIRAGANA);
}
