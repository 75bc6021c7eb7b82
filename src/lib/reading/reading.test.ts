import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReadingLayer } from '../../integrations/reading-layer.ts';
import { readingOf, unreadWords, type Reader } from './index.ts';

const table = (name: string) =>
  readFileSync(new URL(name, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t') as [string, string, string]);

let reader: Reader;
beforeAll(async () => {
  reader = await loadReadingLayer();
}, 120_000);

const readings = table('./vectors.tsv');
const braille = table('./braille.tsv');

describe('readings of the site vocabulary (labelled vectors)', () => {
  it('has at least 150 vectors', () => expect(readings.length).toBeGreaterThanOrEqual(150));
  it.each(readings)('%s: %s', (_label, input, expected) => {
    const tokens = reader.read(input);
    expect(unreadWords(tokens)).toEqual([]);
    expect(readingOf(tokens)).toBe(expected);
  });
});

describe('braille spelling (labelled vectors)', () => {
  it.each(braille)('%s: %s', (_label, input, expected) => {
    expect(
      reader
        .read(input)
        .map((token) => token.braille)
        .join(''),
    ).toBe(expected);
  });
});

describe('tokens', () => {
  it('join back to the input, whatever it is', () => {
    for (const text of ['令和3年5月10日現在、3,861万枚です。', 'e-Tax と API\nと ICチップ', '  全角　空白 ', '𠮷野家の𩸽', '']) {
      expect(
        reader
          .read(text)
          .map((token) => token.surface)
          .join(''),
      ).toBe(text);
    }
  });

  it('say where each reading came from', () => {
    const sources = Object.fromEntries(reader.read('令和3年の手続き').map((token) => [token.surface, token.source]));
    expect(sources).toEqual({ 令和: 'lexicon', '3': 'rule', 年: 'rule', の: 'dictionary', 手続き: 'dictionary' });
  });

  it('give particles as pronounced for speech', () => {
    const said = reader.read('私は学校へ行きます').map((token) => token.pronunciation);
    expect(said).toEqual(['ワタシ', 'ワ', 'ガッコー', 'エ', 'イキ', 'マス']);
  });

  it('keep a lexicon row from cutting a word in two', () => {
    // 日本 is in the lexicon (にほん); inside the dictionary word 日本語 it must not apply,
    // and the row for 行 (ぎょう) must not split 行政.
    expect(readingOf(reader.read('日本語の行政'))).toBe('にほんごのぎょうせい');
  });

  it('report a kanji word that nothing can read, without dropping it', () => {
    const tokens = reader.read('この龘は');
    expect(unreadWords(tokens).map((token) => token.surface)).toEqual(['龘']);
    expect(readingOf(tokens)).toBe('この龘は');
  });
});
