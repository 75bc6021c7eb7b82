/**
 * One lexicon row changes furigana, speech and braille together (issue 19): all three read the
 * same tokens of the reading layer, so a row for a name (東|さん あずま|さん, 人名) must move the
 * ruby, the text given to the speech engine and the braille kana at once. Each expectation is
 * checked without the row first, so the test fails if any of the three ignores the lexicon.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/lib/braille/index.ts';
import { buildLexicon, createReader, loadAnalyser, parseLexiconTsv, type Analyser, type Reader } from '../../src/lib/reading/index.ts';
import { rubyHtml } from '../../src/lib/ruby/index.ts';
import { speechOf } from '../../src/lib/speech/script.ts';

const TEXT = '東さんに会う';
const ROW = '東|さん\tあずま|さん\t人名\t人名の 東';

let analyser: Analyser;
beforeAll(async () => {
  analyser = await loadAnalyser();
}, 120_000);

function readerWith(rows: string[]): Reader {
  const { entries, problems } = parseLexiconTsv(['term\treading\tpos\tnote', ...rows].join('\n'), 'test.tsv');
  expect(problems).toEqual([]);
  return createReader(analyser, buildLexicon(entries).lexicon);
}

function outputs(reader: Reader) {
  return {
    ruby: rubyHtml(reader.read(TEXT)),
    speech: speechOf(TEXT, (text) => reader.read(text), '/test/').kana,
    braille: createTranslator(reader).kana(TEXT),
  };
}

describe('one lexicon row, three outputs', () => {
  it('without the row, all three read the common noun ひがし', () => {
    const { ruby, speech, braille } = outputs(readerWith([]));
    expect(ruby).toContain('ひがし');
    expect(speech).toContain('ヒガシ');
    expect(braille).toBe('ヒガシサンニ アウ');
  });

  it('with the row, furigana, speech and braille all say あずま', () => {
    const { ruby, speech, braille } = outputs(readerWith([ROW]));
    expect(ruby).toContain('あずま');
    expect(ruby).not.toContain('ひがし');
    expect(speech).toContain('アズマ');
    expect(braille).toBe('アズマ サンニ アウ');
  });
});
