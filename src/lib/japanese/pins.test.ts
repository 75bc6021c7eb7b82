/**
 * Today's behaviour, pinned: each caller's own entry point runs on the kana.tsv rows of the
 * variant it uses, so a caller that stopped using its variant (or a variant that changed) fails
 * here. Before the switch to src/lib/japanese (commit 14989c1) the same rows also ran against
 * the municipality finder's and the procedure finder's own katakana → hiragana (ァ…ヶ), and
 * passed; those functions are gone, and their callers keep their own vectors
 * (src/lib/municipalities/text-key.tsv, src/lib/procedures/vectors.tsv).
 */
import { describe, expect, it } from 'vitest';
import { normaliseBrailleKana } from '../braille/cells.ts';
import { KANA_ROMAJI } from '../municipalities/romaji-table.ts';
import { mapText } from '../speech/text-map.ts';
import { normaliseText } from '../page-text/extract.ts';
import * as reading from '../reading/kana.ts';
import { readingKey } from '../search/kana.ts';
import { rowsOf } from './test-vectors.ts';

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

describe('callers, pinned against kana.tsv', () => {
  it.each(rowsOf('katakanaToHiragana:keep'))('reading toHiragana: %s', (_label, input, expected) => {
    expect(reading.toHiragana(input)).toBe(expected);
  });
  it.each(rowsOf('hiraganaToKatakana:keep'))('reading toKatakana: %s', (_label, input, expected) => {
    expect(reading.toKatakana(input)).toBe(expected);
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
