import { describe, expect, it } from 'vitest';
import { BLANK, cell, kanaToBraille, UnbrailleableCharacterError } from './cells.ts';
import { blanksAsSpaces, readVectors } from './vectors.ts';

describe('cell()', () => {
  it('builds cells from dot numbers (U+2800 + dot mask)', () => {
    expect(cell('1')).toBe('⠁');
    expect(cell('3456')).toBe('⠼');
    expect(cell('123456')).toBe('⠿');
    expect(BLANK).toBe('\u2800');
  });
});

describe('kana → cells: own vectors from the rule tables', () => {
  const rows = readVectors('./cells.tsv');
  it('has at least 70 vectors', () => expect(rows.length).toBeGreaterThanOrEqual(70));
  it.each(rows)('%s: %s', (_label, input, expected) => {
    expect(blanksAsSpaces(kanaToBraille(input))).toBe(expected);
  });
});

describe('kana → cells: public vectors (kana column → cells column)', () => {
  const rows = readVectors('./public-vectors.tsv');
  it('has the 34 public vectors', () => expect(rows.length).toBe(34));
  it.each(rows)('%s: %s', (_id, _source, kana, expected) => {
    expect(blanksAsSpaces(kanaToBraille(kana))).toBe(expected);
  });
});

describe('characters with no rule', () => {
  it.each([['😀', 'U+1F600'], ['♪', 'U+266A'], ['漢', 'U+6F22']])('%s fails with its code point', (char, codePoint) => {
    expect(() => kanaToBraille(`ア${char}イ`)).toThrow(UnbrailleableCharacterError);
    expect(() => kanaToBraille(`ア${char}イ`)).toThrow(codePoint);
  });
});
