import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLexicon, formatLexiconProblems, parseLexiconTsv } from './index.ts';

const HEADER = 'term\treading\tpos\tnote';
const parse = (...rows: string[]) => parseLexiconTsv([HEADER, ...rows].join('\n'), 'content/lexicon/test.tsv');
const problemsOf = (...rows: string[]) => formatLexiconProblems(parse(...rows).problems);

describe('parseLexiconTsv', () => {
  it('reads rows, skipping comments and blank lines', () => {
    const { entries, problems } = parseLexiconTsv(`# comment\n${HEADER}\n\n令和\tれいわ\t名詞\t元号\n副本\tフクホン\n`, 'words.tsv');
    expect(problems).toEqual([]);
    expect(entries).toEqual([
      { term: '令和', reading: 'れいわ', pos: '名詞', note: '元号', where: 'words.tsv:4' },
      { term: '副本', reading: 'ふくほん', where: 'words.tsv:5' },
    ]);
  });

  it('splits ruby where term and reading have |', () => {
    const [entry] = parse('長野|県|池田|町\tながの|けん|いけだ|まち').entries;
    expect(entry).toMatchObject({
      term: '長野県池田町',
      reading: 'ながのけんいけだまち',
      parts: [
        { text: '長野', reading: 'ながの' },
        { text: '県', reading: 'けん' },
        { text: '池田', reading: 'いけだ' },
        { text: '町', reading: 'まち' },
      ],
    });
  });

  it('refuses a row without a reading, naming file, line and field', () => {
    expect(problemsOf('令和')).toBe('content/lexicon/test.tsv:2: reading: 読みがありません');
    expect(problemsOf('令和\t')).toBe('content/lexicon/test.tsv:2: reading: 読みがありません');
  });

  it('refuses a reading that is not kana', () => {
    expect(problemsOf('令和\treiwa')).toBe('content/lexicon/test.tsv:2: reading: 読みは ひらがな・カタカナ だけで書いてください');
    expect(problemsOf('令和\t令わ')).toMatch(/:2: reading: 読みは ひらがな/);
  });

  it('refuses a reading that does not fit the kana of the term', () => {
    expect(problemsOf('届け出\tとどいで')).toMatch(/test\.tsv:2: reading: 「届け出」のかなが読み「とどいで」に見つかりません/);
  });

  it('refuses | in one column but not the other', () => {
    expect(problemsOf('顔|写真\tかおじゃしん')).toMatch(/:2: reading: 語の \| が 1 個、読みの \| が 0 個です/);
  });

  it('refuses an unknown part of speech and too many columns', () => {
    expect(problemsOf('令和\tれいわ\t元号')).toMatch(/:2: pos: 品詞は 名詞・固有名詞/);
    expect(problemsOf('令和\tれいわ\t名詞\tメモ\tもう1列')).toMatch(/:2: 列が 5 あります/);
  });

  it('refuses a note that calls the reading official without naming its source (issue 18)', () => {
    const message = '「正式」「公式」の読みと書くときは、出典を書いてください（URL か「出典：」のあとに資料の名前）';
    expect(problemsOf('日本|年金|機構\tにっぽん|ねんきん|きこう\t固有名詞\t日本年金機構の正式な読み')).toBe(`content/lexicon/test.tsv:2: note: ${message}`);
    expect(problemsOf('令和\tれいわ\t名詞\t公式の読み方')).toBe(`content/lexicon/test.tsv:2: note: ${message}`);
    expect(problemsOf('令和\tれいわ\t名詞\t公式の読み。出典：')).toBe(`content/lexicon/test.tsv:2: note: ${message}`);
  });

  it('accepts an official reading with a URL or a named document, and a note that claims nothing', () => {
    expect(problemsOf('令和\tれいわ\t名詞\t公式の読み https://example.jp/reiwa')).toBe('');
    expect(problemsOf('令和\tれいわ\t名詞\t正式な読み。出典：例の省の案内ページ（2024年）')).toBe('');
    expect(problemsOf('令和\tれいわ\t名詞\t元号（2019年から）')).toBe('');
  });

  it('refuses a file whose header is missing or wrong', () => {
    expect(formatLexiconProblems(parseLexiconTsv('令和\tれいわ\n', 'x.tsv').problems)).toMatch(/^x\.tsv:1: 1行目（コメントを除く）は見出し/);
    expect(formatLexiconProblems(parseLexiconTsv('# only a comment\n', 'x.tsv').problems)).toMatch(/^x\.tsv: 見出し/);
  });
});

describe('buildLexicon', () => {
  it('refuses one term with two readings, naming both places', () => {
    const a = parseLexiconTsv(`${HEADER}\n八代\tやつしろ`, 'a.tsv').entries;
    const b = parseLexiconTsv(`${HEADER}\n\n八代\tやしろ`, 'b.tsv').entries;
    const { problems } = buildLexicon([...a, ...b]);
    expect(formatLexiconProblems(problems)).toBe('b.tsv:3: term: 「八代」は a.tsv:2 では「やつしろ」、ここでは「やしろ」です。読みを1つにしてください');
  });

  it('accepts the same term with the same reading from two sources', () => {
    const a = parseLexiconTsv(`${HEADER}\n八代市\tやつしろし`, 'a.tsv').entries;
    expect(buildLexicon([...a, { term: '八代市', reading: 'やつしろし', where: '市区町村のデータ' }]).problems).toEqual([]);
  });

  it('matches longest first, and a Latin term only as a whole word', () => {
    const { lexicon } = buildLexicon(parse('長野|県\tながの|けん', '長野|県|池田|町\tながの|けん|いけだ|まち', 'API\tえーぴーあい').entries);
    expect(lexicon.matchesAt('長野県池田町', 0).map((entry) => entry.term)).toEqual(['長野県池田町', '長野県']);
    expect(lexicon.matchesAt('APIs', 0)).toEqual([]);
    expect(lexicon.matchesAt('the API.', 4).map((entry) => entry.term)).toEqual(['API']);
  });
});

describe('the lexicon files of the site', () => {
  it.each(readdirSync(new URL('../../../content/lexicon/', import.meta.url)).filter((name) => name.endsWith('.tsv')))('%s is valid', (name) => {
    const text = readFileSync(new URL(`../../../content/lexicon/${name}`, import.meta.url), 'utf8');
    const { entries, problems } = parseLexiconTsv(text, name);
    expect(formatLexiconProblems(problems)).toBe('');
    expect(buildLexicon(entries).problems).toEqual([]);
  });
});
