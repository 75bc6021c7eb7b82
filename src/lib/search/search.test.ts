import { describe, expect, it } from 'vitest';
import {
  addressWithQuery,
  excerptParts,
  hasMark,
  keysForKnownWords,
  keysForTokens,
  MAX_KEY_REPEATS,
  MAX_QUERY_LENGTH,
  normaliseQuery,
  queryFromSearch,
  rankPages,
  readingKey,
  phraseParts,
  resultMessage,
  searchedWords,
  synonymsFor,
  variantsOf,
  type ReadingTokenLike,
} from './index.ts';
import { readVectors } from '../test-vectors/index.ts';

const rows = (name: string): string[][] =>
  readVectors(new URL(`./${name}`, import.meta.url));

const unescape = (text: string): string =>
  text.replace(/\\u([0-9a-f]{4})/giu, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))).replace(/\\t/g, '\t').replace(/\\n/g, '\n');

describe('readingKey (labelled vectors, spelt by hand)', () => {
  it.each(rows('reading-keys.tsv'))('%s', (_label, kana, expected) => {
    expect(readingKey(kana)).toBe(expected);
  });

  it('gives no key for text that is not all kana', () => {
    expect(readingKey('課税')).toBeUndefined();
    expect(readingKey('ID')).toBeUndefined();
    expect(readingKey('')).toBeUndefined();
  });

  it('never makes one key the start of another (Pagefind matches word starts)', () => {
    const keys = ['み', 'みらい', 'みらいろ', 'か', 'かぜい', 'かぜいしょうめいしょ'].map((kana) => readingKey(kana)!);
    for (const a of keys) for (const b of keys) if (a !== b) expect(b.startsWith(a)).toBe(false);
  });
});

describe('normaliseQuery (labelled vectors from NFKC and the rules in query.ts)', () => {
  it.each(rows('queries.tsv'))('%s', (_label, raw, text, words, truncated) => {
    const query = normaliseQuery(unescape(raw));
    expect(query.text).toBe(text ?? '');
    expect(query.terms).toEqual(words === ' ' ? [] : words.split('|'));
    expect(query.truncated).toBe(truncated === 'yes');
  });

  it('cuts a 2,000-character query to the limit and says so', () => {
    const query = normaliseQuery('あ'.repeat(2000));
    expect([...query.text]).toHaveLength(MAX_QUERY_LENGTH);
    expect(query.truncated).toBe(true);
  });

  it('counts characters, not UTF-16 units, so an emoji is never cut in half', () => {
    const query = normaliseQuery('😀'.repeat(MAX_QUERY_LENGTH + 5));
    expect([...query.text]).toHaveLength(MAX_QUERY_LENGTH);
    expect(query.text).toBe('😀'.repeat(MAX_QUERY_LENGTH));
  });
});

describe('variantsOf', () => {
  it('searches a hiragana word as typed, in katakana and by its reading key', () => {
    expect(variantsOf('まいなぽーたる')).toEqual([
      { text: 'まいなぽーたる', kind: 'text' },
      { text: 'マイナポータル', kind: 'text' },
      { text: 'qxmainapootaruq', kind: 'reading' },
    ]);
  });

  it('searches a katakana word as typed and by its key', () => {
    expect(variantsOf('カード')).toEqual([
      { text: 'カード', kind: 'text' },
      { text: 'qxkaadoq', kind: 'reading' },
    ]);
  });

  it('spells capitals by their letter names, as the reading layer reads them (えーぴーあい for API)', () => {
    // ミライロID: みらいろ + あい + でぃー; ICチップ: あい + しー + ちっぷ.
    expect(variantsOf('ミライロID')).toEqual([
      { text: 'ミライロID', kind: 'text' },
      { text: 'qxmirairoaidiiq', kind: 'reading' },
    ]);
    expect(variantsOf('ICチップ').at(-1)).toEqual({ text: 'qxaishiichippuq', kind: 'reading' });
  });

  it('searches a word with kanji, digits or lower-case Latin letters only as typed', () => {
    expect(variantsOf('課税証明書')).toEqual([{ text: '課税証明書', kind: 'text' }]);
    expect(variantsOf('e-Tax')).toEqual([{ text: 'e-Tax', kind: 'text' }]);
    expect(variantsOf('12けた')).toEqual([{ text: '12けた', kind: 'text' }]);
  });
});

describe('reading keys for a page', () => {
  // 課税証明書 as kuromoji (IPADIC) cuts it: 課税 / 証明 / 書, all nouns.
  const token = (surface: string, reading: string, pos = '名詞'): ReadingTokenLike => ({ surface, reading, pos });
  const kazei = [token('課税', 'かぜい'), token('証明', 'しょうめい'), token('書', 'しょ')];

  it('keys every word not in hiragana and every run of neighbouring nouns', () => {
    expect([...keysForTokens(kazei)].sort()).toEqual(
      ['qxkazeiq', 'qxshoumeiq', 'qxshoq', 'qxkazeishoumeiq', 'qxkazeishoumeishoq', 'qxshoumeishoq'].sort(),
    );
  });

  it('does not join nouns across a particle, and keys no word written in hiragana', () => {
    const tokens = [token('住民', 'じゅうみん'), token('票', 'ひょう'), token('や', 'や', '助詞'), token('課税', 'かぜい'), token('カード', 'かーど'), token('なくし', 'なくし', '動詞')];
    const keys = keysForTokens(tokens);
    expect(keys).toContain('qxjuuminnhyouq');
    expect(keys).toContain('qxkazeikaadoq');
    expect(keys).toContain('qxkaadoq');
    expect(keys).not.toContain('qxnakushiq');
    expect(keys).not.toContain('qxyaq');
    expect(keys).not.toContain('qxhyouyakazeiq');
  });

  it('joins a prefix with the noun after it (大活字 is 大 + 活字 in IPADIC)', () => {
    expect(keysForTokens([token('大', 'だい', '接頭詞'), token('活字', 'かつじ')])).toContain('qxdaikatsujiq');
  });

  it('keys capitals by their reading and joins them with the nouns around them', () => {
    const keys = keysForTokens([token('ミライロ', 'みらいろ'), token('ID', 'あいでぃー')]);
    expect(keys).toEqual(['qxmirairoq', 'qxaidiiq', 'qxmirairoaidiiq']);
  });

  it('breaks a run at a word the reading layer could not read', () => {
    const keys = keysForTokens([token('課税', 'かぜい'), token('譿', ''), token('証明', 'しょうめい')]);
    expect(keys).not.toContain('qxkazeishoumeiq');
  });

  it('repeats a known word once per use, up to the cap', () => {
    const pairs = [{ surface: '課税証明書', reading: 'かぜいしょうめいしょ' }];
    expect(keysForKnownWords('住民票や課税証明書。課税証明書です。', pairs)).toEqual(['qxkazeishoumeishoq', 'qxkazeishoumeishoq']);
    expect(keysForKnownWords('課税証明書'.repeat(30), pairs)).toHaveLength(MAX_KEY_REPEATS);
    expect(keysForKnownWords('住民票', pairs)).toEqual([]);
  });

  it('names the word whose reading is not kana', () => {
    expect(() => keysForKnownWords('副本', [{ surface: '副本', reading: 'fukuhon' }])).toThrow('「副本」の読み「fukuhon」');
  });
});

describe('rankPages', () => {
  type Kind = 'text' | 'reading';
  const word = (...variants: Array<[Kind, Array<[string, number]>]>) => ({
    variants: variants.map(([kind, hits]) => ({ kind, hits: hits.map(([id, score]) => ({ id, score })) })),
  });

  it('puts pages with more of the words first, whatever their scores', () => {
    // 課税証明書 いらない: no page says いらない, so the ranking is by 課税証明書 alone.
    const ranked = rankPages([word(['text', [['documents', 3], ['glossary', 9]]]), word(['text', [['glossary', 1], ['api', 5]]])]);
    expect(ranked.map((page) => [page.id, page.words])).toEqual([['glossary', 2], ['api', 1], ['documents', 1]]);
  });

  it('counts a page once per word, with the best score of the word’s text variants', () => {
    const ranked = rankPages([word(['text', [['portal', 2]]], ['text', [['portal', 5], ['glossary', 4]]], ['reading', []])]);
    expect(ranked).toEqual([
      { id: 'portal', words: 1, score: 5, visible: true },
      { id: 'glossary', words: 1, score: 4, visible: true },
    ]);
  });

  it('lets a reading match decide which pages a word matches (みらいろ: not the ローン page)', () => {
    const ranked = rankPages([word(['text', [['api', 15], ['disability-id', 2]]], ['text', []], ['reading', [['disability-id', 4], ['municipalities', 3]]])]);
    expect(ranked).toEqual([
      { id: 'disability-id', words: 1, score: 4, visible: true },
      { id: 'municipalities', words: 1, score: 3, visible: false },
    ]);
  });

  it('orders ties by id, so the same index always gives the same order', () => {
    expect(rankPages([word(['text', [['b', 1], ['a', 1]]])]).map((page) => page.id)).toEqual(['a', 'b']);
  });
});

describe('excerptParts', () => {
  it('turns Pagefind’s marks into marked parts and decodes its escapes', () => {
    const parts = excerptParts('カードの<mark>暗証</mark><mark>番号</mark>は &lt;b&gt; &amp;amp; &#x1F600;');
    expect(parts).toEqual([
      { text: 'カードの', marked: false },
      { text: '暗証番号', marked: true },
      { text: 'は <b> &amp; 😀', marked: false },
    ]);
    expect(hasMark(parts)).toBe(true);
  });

  it('drops the reading keys the index adds after the page text', () => {
    expect(excerptParts('ください。 qxkazeiq <mark>qxshoumeiq</mark> qxshoq')).toEqual([{ text: 'ください。', marked: false }]);
    expect(excerptParts('qxa <mark>qxaq</mark>')).toEqual([{ text: 'qxa', marked: false }]);
  });

  it('drops any other tag, so an index can never add markup', () => {
    expect(excerptParts('a<img src=x onerror=alert(1)>b<script>c</script>')).toEqual([{ text: 'abc', marked: false }]);
    expect(hasMark(excerptParts('no match'))).toBe(false);
  });
});

describe('the query in the address', () => {
  it('reads q, decoded, and tolerates broken escapes', () => {
    expect(queryFromSearch('?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E')).toBe('<script>alert(1)</script>');
    expect(queryFromSearch('?q=%E3%81%8B%E3%81%9C')).toBe('かぜ');
    expect(queryFromSearch('?q=%E0%A4%A')).toBe('\ufffd%A');
    expect(queryFromSearch('?x=1')).toBe('');
  });

  it('writes q and keeps the path, other parameters and the hash', () => {
    const here = { pathname: '/search/', search: '?lang=ja&q=old', hash: '#results' };
    expect(addressWithQuery(here, 'なくした')).toBe('/search/?lang=ja&q=%E3%81%AA%E3%81%8F%E3%81%97%E3%81%9F#results');
    expect(addressWithQuery(here, '')).toBe('/search/?lang=ja#results');
  });
});

describe('messages', () => {
  it('says the count, or that nothing was found, with the query', () => {
    expect(resultMessage('副本', 2)).toBe('「副本」に合うページが、2件見つかりました。');
    expect(resultMessage('xyz', 0)).toBe('「xyz」に合うページは、見つかりませんでした。');
    expect(resultMessage('', 0)).toBe('');
  });
});

describe('the query set (src/lib/search/query-set.tsv)', () => {
  const set = rows('query-set.tsv');
  it('has at least 40 queries, each with a kind, a query and a page path', () => {
    expect(set.length).toBeGreaterThanOrEqual(40);
    for (const [label, query, expected] of set) {
      expect(label).toMatch(/^(kanji|hiragana|katakana|mixed|width): /);
      expect(query?.trim()).toBeTruthy();
      expect(expected).toMatch(/^\/([a-z0-9-]+\/)*$/);
    }
  });

  it('covers kanji, hiragana, katakana and mixed queries', () => {
    const kinds = new Set(set.map(([label]) => label!.split(':')[0]));
    for (const kind of ['kanji', 'hiragana', 'katakana', 'mixed']) expect(kinds).toContain(kind);
  });
});

describe('synonymsFor (groups from the glossary: a term and its aliases)', () => {
  const groups = [['地方公共団体', '自治体'], ['マイナンバー', '個人番号']];

  it('gives the names of a group that the page does not use', () => {
    expect(synonymsFor('ミライロIDを本人確認に使える地方公共団体', groups)).toEqual(['自治体']);
    expect(synonymsFor('自治体のサイト', groups)).toEqual(['地方公共団体']);
  });

  it('gives nothing for a group the page uses fully or not at all', () => {
    expect(synonymsFor('マイナンバー（個人番号）とは', groups)).toEqual([]);
    expect(synonymsFor('用語集', groups)).toEqual([]);
  });
});

describe('phraseParts (labelled vectors, cut by hand at script changes)', () => {
  it.each(rows('phrase-parts.tsv'))('%s', (_label, word, expected) => {
    expect(phraseParts(word)).toEqual(expected.split('|'));
  });
});

describe('searchedWords', () => {
  it('searches each part once, without parts that hold no letter or digit', () => {
    expect(searchedWords(['ミライロID', 'ミライロIDが使える自治体', '！！'])).toEqual(['ミライロ', 'ID', 'が', '使える', '自治体']);
  });
});
