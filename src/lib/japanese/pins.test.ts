/**
 * Today's behaviour, pinned before the callers switch to src/lib/japanese: each old function
 * runs on the kana.tsv rows of the variant it implements. These rows' expected values come
 * from the Unicode charts (see kana.tsv); this file checks that the old functions agree with
 * them, i.e. that the shared variants change nothing.
 */
import { describe, expect, it } from 'vitest';
import { normaliseBrailleKana } from '../braille/cells.ts';
import { KANA_ROMAJI } from '../municipalities/romaji-table.ts';
import { katakanaToHiragana as municipalityKatakanaToHiragana } from '../municipalities/normalise.ts';
import { mapText } from '../speech/text-map.ts';
import { normaliseText } from '../page-text/extract.ts';
import { toHiragana as procedureToHiragana } from '../procedures/kana.ts';
import * as reading from '../reading/kana.ts';
import { readingKey } from '../search/kana.ts';
import { rowsOf } from './test-vectors.ts';

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

describe('old functions, pinned against kana.tsv', () => {
  it.each(rowsOf('katakanaToHiragana:keep'))('reading toHiragana: %s', (_label, input, expected) => {
    expect(reading.toHiragana(input)).toBe(expected);
  });
  it.each(rowsOf('hiraganaToKatakana:keep'))('reading toKatakana: %s', (_label, input, expected) => {
    expect(reading.toKatakana(input)).toBe(expected);
  });
  it.each(rowsOf('katakanaToHiragana:convert'))('municipalities and procedures: %s', (_label, input, expected) => {
    expect(municipalityKatakanaToHiragana(input)).toBe(expected);
    expect(procedureToHiragana(input)).toBe(expected);
  });
  it.each(rowsOf('hiraganaToKatakana:convert'))('braille normaliseBrailleKana: %s', (_label, input, expected) => {
    expect(normaliseBrailleKana(input)).toBe(expected);
  });
  it.each(rowsOf('isKanji'))('reading isKanji: %s', (_label, input, expected) => {
    expect(yesNo(reading.isKanji(input))).toBe(expected);
  });
  it.each(rowsOf('isHiraganaText'))('reading isHiraganaText: %s', (_label, input, expected) => {
    expect(yesNo(reading.isHiraganaText(input))).toBe(expected);
  });
  it.each(rowsOf('isKatakanaText'))('reading isKatakanaText: %s', (_label, input, expected) => {
    expect(yesNo(reading.isKatakanaText(input))).toBe(expected);
  });
  it.each(rowsOf('isKanaText'))('reading isKanaText: %s', (_label, input, expected) => {
    expect(yesNo(reading.isKanaText(input))).toBe(expected);
  });
  it.each(rowsOf('isJapaneseTextCharacter'))('page-text and the narration map drop a space between two: %s', (_label, input, expected) => {
    const dropped = `${input}${input}`;
    expect(normaliseText(`${input} ${input}`) === dropped ? 'yes' : 'no').toBe(expected);
    expect(mapText([`${input} `, input]).text === dropped ? 'yes' : 'no').toBe(expected);
  });
  it.each(rowsOf('hepburn').filter(([, , expected]) => expected !== '-'))('both Latin tables: %s', (_label, input, expected) => {
    expect(KANA_ROMAJI[input]).toBe(expected);
    expect(readingKey(input)).toBe(`qx${expected}q`);
  });
});
