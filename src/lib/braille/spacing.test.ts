import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReadingLayer } from '../../data/reading-layer.ts';
import { createTranslator, parseBrailleWords, type Translator } from './index.ts';
import { moraCount } from './spacing.ts';
import { blanksAsSpaces, readVectors } from './vectors.ts';

let translator: Translator;
beforeAll(async () => {
  const words = parseBrailleWords(readFileSync(new URL('./words.tsv', import.meta.url), 'utf8'), 'words.tsv');
  translator = createTranslator(await loadReadingLayer(), words);
}, 120_000);

describe('morae', () => {
  it.each([['センセイ', 4], ['キャ', 1], ['ガッコー', 4], ['ホン', 2]])('%s has %i', (kana, count) => expect(moraCount(kana)).toBe(count));
});

describe('public vectors: source → spaced kana → cells', () => {
  const rows = readVectors('./public-vectors.tsv');
  it.each(rows)('%s: %s → kana', (_id, source, kana) => {
    expect(translator.kana(source)).toBe(kana);
  });
  it.each(rows)('%s: %s → cells', (_id, source, _kana, cells) => {
    expect(blanksAsSpaces(translator.braille(source))).toBe(cells);
  });
});

describe('own vectors: source → spaced kana', () => {
  const rows = readVectors('./spacing.tsv');
  it.each(rows)('%s: %s', (_label, source, kana) => {
    expect(translator.kana(source)).toBe(kana);
  });
});

describe('telephone numbers (issue 18)', () => {
  // The reading layer says them digit by digit (ゼロイチニーゼロ…); braille must still write the
  // digits with 数符 and the hyphen as ⠤ with a new 数符 (NOTES.md §1.1), never the spoken kana.
  it.each([
    ['0120-95-0178', '⠼⠚⠁⠃⠚⠤⠼⠊⠑⠤⠼⠚⠁⠛⠓'],
    ['050-3818-1250', '⠼⠚⠑⠚⠤⠼⠉⠓⠁⠓⠤⠼⠁⠃⠑⠚'],
    ['０１２０－９５－０１７８', '⠼⠚⠁⠃⠚⠤⠼⠊⠑⠤⠼⠚⠁⠛⠓'],
    ['#9110', '⠰⠩⠼⠊⠁⠁⠚'],
  ])('%s stays digits', (source, cells) => {
    expect(blanksAsSpaces(translator.braille(source))).toBe(cells);
    expect(translator.kana(source)).not.toMatch(/[\u30A0-\u30FF]/u);
  });
});
