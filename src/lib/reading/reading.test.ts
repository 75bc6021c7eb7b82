import { beforeAll, describe, expect, it } from 'vitest';
import { loadReadingLayer } from '../../data/reading-layer.ts';
import { readingOf, unreadWords, type Reader } from './index.ts';
import { readVectors } from '../test-vectors/index.ts';

const table = (name: string) =>
  readVectors(new URL(name, import.meta.url), 3) as [string, string, string][];

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

/** The tokens' surfaces joined: the module promises they give back the input exactly. */
const surfacesOf = (text: string) =>
  reader
    .read(text)
    .map((token) => token.surface)
    .join('');

describe('tokens', () => {
  it('join back to the input, whatever it is', () => {
    for (const text of ['令和3年5月10日現在、3,861万枚です。', 'e-Tax と API\nと ICチップ', '  全角　空白 ', '𠮷野家の𩸽', '']) {
      expect(surfacesOf(text)).toBe(text);
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

  it('make a telephone number one token that joins back to the input', () => {
    for (const text of ['電話：0120-95-0178（無料）', '局番なしの#9110へ', 'ＦＡＸ ０１２０－６０１－７８５', '局番なしの188。']) {
      expect(surfacesOf(text)).toBe(text);
    }
    const [phone] = reader.read('0120-95-0178');
    expect(phone).toMatchObject({ surface: '0120-95-0178', pronunciation: 'ゼロイチニーゼロノキューゴーノゼロイチナナハチ', braille: '0120-95-0178', source: 'rule', pos: '数' });
  });

  it('take only telephone shapes as telephone numbers', () => {
    const surfaces = (text: string) => reader.read(text).map((token) => token.surface);
    // The 05 of a date written 2021-05-10 follows a hyphen: it is not the start of a number.
    expect(surfaces('2021-05-10')).toEqual(['2021', '-', '05', '-', '10']);
    // Five digits in a group, a fifth group or a decimal after it: not a telephone number.
    expect(surfaces('0120-95-01789')).toEqual(['0120', '-', '95', '-', '01789']);
    expect(surfaces('03-12-34-56-78')).toEqual(['03', '-', '12', '-', '34', '-', '56', '-', '78']);
    expect(surfaces('0120-95-0178.5')).not.toContain('0120-95-0178');
    // The en dash writes ranges; 局番なしの110番 is the name ひゃくとおばん, left to the counters.
    expect(surfaces('0120–95')).not.toContain('0120–95');
    expect(surfaces('局番なしの110番')).toContain('110');
    expect(readingOf(reader.read('局番なしの110番'))).not.toContain('いちいちぜろ');
  });

  it('report a kanji word that nothing can read, without dropping it', () => {
    const tokens = reader.read('この龘は');
    expect(unreadWords(tokens).map((token) => token.surface)).toEqual(['龘']);
    expect(readingOf(tokens)).toBe('この龘は');
  });
});
