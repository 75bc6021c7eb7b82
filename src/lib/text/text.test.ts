import { describe, expect, it } from 'vitest';
import { joinJapaneseLines } from './index.ts';

// Expected behaviour from CSS Text Module Level 3, §4.1.3 (segment break transformation):
// a break between two East Asian Wide characters is removed; otherwise it becomes a space.
describe('joinJapaneseLines', () => {
  it.each([
    ['between two sentences', 'ます。\nカードには', 'ます。カードには'],
    ['between kanji', '情報\n連携', '情報連携'],
    ['with indentation around the break', 'です。\n  次に', 'です。次に'],
    ['after full-width punctuation before kana', '「はい」\nと', '「はい」と'],
  ])('%s', (_label, input, expected) => expect(joinJapaneseLines(input)).toBe(expected));

  it.each([
    ['Latin on both sides', 'e-Tax\nand', 'e-Tax\nand'],
    ['Latin before Japanese', 'API\nを使う', 'API\nを使う'],
    ['a digit after Japanese', '令和\n3年', '令和\n3年'],
  ])('keeps the break: %s', (_label, input, expected) => expect(joinJapaneseLines(input)).toBe(expected));
});
