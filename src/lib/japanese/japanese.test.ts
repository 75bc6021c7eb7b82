import { describe, expect, it } from 'vitest';
import {
  foldForComparison,
  HEPBURN_KANA,
  hasKanji,
  hiraganaToKatakana,
  isHiraganaText,
  isJapaneseTextCharacter,
  isKanaText,
  isKanji,
  isKatakanaText,
  katakanaToHiragana,
  SMALL_KANA_TO_LARGE,
} from './index.ts';
import { kanaVectors, rowsOf } from './test-vectors.ts';

const rows = kanaVectors;

const yes = (expected: string): boolean => {
  if (expected !== 'yes' && expected !== 'no') throw new Error(`kana.tsv: a class row expects yes or no, not ${expected}`);
  return expected === 'yes';
};
const orDash = (value: string | undefined) => value ?? '-';

/** What each function name in kana.tsv calls. */
const FUNCTIONS: Readonly<Record<string, (input: string) => string>> = {
  'katakanaToHiragana:convert': (input) => katakanaToHiragana(input, { smallKaKe: 'convert' }),
  'katakanaToHiragana:keep': (input) => katakanaToHiragana(input, { smallKaKe: 'keep' }),
  'hiraganaToKatakana:convert': (input) => hiraganaToKatakana(input, { smallKaKe: 'convert' }),
  'hiraganaToKatakana:keep': (input) => hiraganaToKatakana(input, { smallKaKe: 'keep' }),
  isKanji: (input) => (isKanji(input) ? 'yes' : 'no'),
  isHiraganaText: (input) => (isHiraganaText(input) ? 'yes' : 'no'),
  isKatakanaText: (input) => (isKatakanaText(input) ? 'yes' : 'no'),
  isKanaText: (input) => (isKanaText(input) ? 'yes' : 'no'),
  isJapaneseTextCharacter: (input) => (isJapaneseTextCharacter(input) ? 'yes' : 'no'),
  foldForComparison,
  smallKanaToLarge: (input) => orDash(SMALL_KANA_TO_LARGE[input]),
  hepburn: (input) => orDash(HEPBURN_KANA[input]),
};

describe('src/lib/japanese (labelled vectors, kana.tsv)', () => {
  it('names only functions it knows, and each has rows', () => {
    const named = new Set(rows.map(([fn]) => fn));
    expect([...named].filter((fn) => FUNCTIONS[fn] === undefined)).toEqual([]);
    expect(Object.keys(FUNCTIONS).filter((fn) => !named.has(fn))).toEqual([]);
  });

  it.each(rows)('%s %s → %s (%s)', (fn, input, expected) => {
    const result = FUNCTIONS[fn]!(input);
    if (fn.startsWith('is')) yes(expected);
    expect(result).toBe(expected);
  });

  it('hasKanji finds a kanji anywhere in a text', () => {
    for (const [, input, expected] of rowsOf('isKanji')) expect(hasKanji(`かな${input}かな`)).toBe(yes(expected));
  });

  it('the two conversions undo each other on every kana with a twin', () => {
    for (const smallKaKe of ['convert', 'keep'] as const) {
      const last = smallKaKe === 'convert' ? 0x3096 : 0x3094;
      for (let code = 0x3041; code <= last; code += 1) {
        const hiragana = String.fromCodePoint(code);
        const katakana = hiraganaToKatakana(hiragana, { smallKaKe });
        expect(katakana.codePointAt(0)).toBe(code + 0x60);
        expect(katakanaToHiragana(katakana, { smallKaKe })).toBe(hiragana);
      }
    }
  });

  it('refuses a conversion that does not say what to do with ヵ ヶ', () => {
    const unsaid = {} as unknown as { smallKaKe: 'keep' };
    expect(() => katakanaToHiragana('カ', unsaid)).toThrow(/smallKaKe must be 'convert' or 'keep'/);
    expect(() => hiraganaToKatakana('か', unsaid)).toThrow(/smallKaKe must be 'convert' or 'keep'/);
  });
});
