import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReadingLayer } from '../../data/reading-layer.ts';
import type { Reader } from '../reading/index.ts';
import { createTranslator, parseBrailleWords, type Translator } from './index.ts';

let reader: Reader;
let translator: Translator;
beforeAll(async () => {
  reader = await loadReadingLayer();
  const words = parseBrailleWords(readFileSync(new URL('./words.tsv', import.meta.url), 'utf8'), 'words.tsv');
  translator = createTranslator(reader, words);
}, 120_000);

describe('doubtful words (doubts.ts)', () => {
  it.each([
    // An unknown katakana word of 6+ morae may hide a compound boundary.
    ['データポータビリティを使う', 'guessed-boundary', 'データポータビリティ'],
    // A kanji numeral alone that no number rule decides (counting or part of a word).
    ['一から始める', 'rule-conflict', '一'],
    // A noun right after a number and counter: the compound rule or a set term.
    ['6点点訳', 'rule-conflict', '6点点訳'],
    // A word after a quote that may or may not end a sentence.
    ['「住所」これは', 'rule-conflict', '」これ'],
    // A particle after %: attached (25%ビキ) or apart (# ノ).
    ['25%の人', 'rule-conflict', '%の'],
  ])('%s → %s %s', (text, reason, word) => {
    expect(translator.doubts(text)).toContainEqual({ word, reason });
  });

  it.each([['先生に聞いた。'], ['5月時点'], ['5人組'], ['マイナポータルで確認'], ['「はい」彼は言った']])('%s has none', (text) => {
    expect(translator.doubts(text)).toEqual([]);
  });

  it('a braille word list row settles a guessed boundary', () => {
    const text = 'データポータビリティ';
    expect(translator.doubts(text)).not.toEqual([]);
    const listed = createTranslator(reader, new Map([[text, 'データ ポータビリティ']]));
    expect(listed.doubts(text)).toEqual([]);
  });
});
