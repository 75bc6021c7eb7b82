import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTER,
  filter,
  inFileOrder,
  joinDocuments,
  officesOf,
  parseFilterState,
  proceduresByDocument,
  queryWords,
  resultMessage,
  serialiseFilterState,
  type DeckTable,
} from './index.ts';
import { kanaRowOf, normaliseForSearch, sortByReading } from './kana.ts';
import { readVectors } from '../test-vectors/index.ts';

// The real content: the vectors check the data and the logic together against the deck.
const read = (name: string): unknown => parse(readFileSync(new URL(`../../../content/data/${name}.yaml`, import.meta.url), 'utf8'));
type RawProcedure = { id: string; name: string; law: string; office: string; documents: string[]; tables: DeckTable[] };
const rawProcedures = read('procedures') as RawProcedure[];
const documents = read('documents') as Array<{ id: string; name: string; reading: string; variants?: string[]; note?: string }>;
const procedures = joinDocuments(rawProcedures, documents);

const vectors = readVectors(new URL('./vectors.tsv', import.meta.url));
// A lone space in a column means "no condition" (an empty column would be hard to see).
const field = (value: string | undefined) => (value === ' ' ? '' : (value ?? ''));

describe('filter (labelled vectors from the deck)', () => {
  it.each(vectors)('%s', (_label, doc, office, q, expected) => {
    const ids = filter(procedures, { doc: field(doc), office: field(office), q: field(q) }).map((p) => p.id);
    const want = expected === '-' ? [] : expected.split(' ');
    expect([...ids].sort()).toEqual([...want].sort());
  });
});

describe('queryWords', () => {
  it('splits at invisible characters, as the site search does, so a pasted bidi override finds the same', () => {
    expect(queryWords('\u202e学生')).toEqual(['学生']);
    expect(queryWords('手当\u200b申請')).toEqual(['手当', '申請']);
    expect(filter(procedures, { q: '\u202e学生' }).map((p) => p.id)).toEqual(['kokumin-nenkin-gakusei-tokurei', 'shogakukin']);
  });
});

describe('the data against the deck', () => {
  it('has 9 rows from table ① and 13 from table ②, merged into 19 procedures', () => {
    expect(procedures.filter((p) => p.tables.includes('pension'))).toHaveLength(9);
    expect(procedures.filter((p) => p.tables.includes('other'))).toHaveLength(13);
    expect(procedures).toHaveLength(19);
  });

  it('merges the three procedures that are in both tables, with all their documents', () => {
    const both = procedures.filter((p) => p.tables.length === 2);
    expect(both.map((p) => p.name).sort()).toEqual(['児童扶養手当の申請', '生活保護の申請', '障害者・児に対する医療費助成の申請'].sort());
    const names = (id: string) => procedures.find((p) => p.id === id)!.documents.map((d) => d.name).sort();
    // ① 年金額改定通知書・年金証書 + ② 住民票・課税証明書・特別児童扶養手当証書・障害者手帳
    expect(names('jido-fuyo-teate')).toEqual(['年金額改定通知書', '年金証書', '住民票', '課税証明書', '特別児童扶養手当証書', '障害者手帳'].sort());
    // ① 年金額改定通知書・年金振込通知書 + ② 課税証明書・雇用保険受給資格者証・児童扶養手当証書・特別児童扶養手当証書
    expect(names('seikatsu-hogo')).toEqual(['年金額改定通知書', '年金振込通知書', '課税証明書', '雇用保険受給資格者証', '児童扶養手当証書', '特別児童扶養手当証書'].sort());
    // ① 年金額改定通知書・年金振込通知書 + ② 住民票・課税証明書・生活保護受給証明書・特別児童扶養手当証書・障害者手帳
    expect(names('shogai-iryohi-josei')).toEqual(
      ['年金額改定通知書', '年金振込通知書', '住民票', '課税証明書', '生活保護受給証明書', '特別児童扶養手当証書', '障害者手帳'].sort(),
    );
  });

  it('has the 11 documents the deck names, the welfare certificate once with its other spelling', () => {
    // 住民票, 課税証明書, 所得状況届, 年金額改定通知書, 年金証書, 年金振込通知書, 生活保護受給証明書,
    // 児童扶養手当証書, 特別児童扶養手当証書, 障害者手帳, 雇用保険受給資格者証.
    expect(documents).toHaveLength(11);
    const welfare = documents.filter((d) => d.name.startsWith('生活保護受給') || d.variants?.some((v) => v.startsWith('生活保護受給')));
    expect(welfare.map((d) => d.id)).toEqual(['seikatsu-hogo-jukyu-shomeisho']);
    // Table ② writes 生活保護受給証明書 in six rows and 生活保護受給者証明書 in one.
    expect(welfare[0]!.name).toBe('生活保護受給証明書');
    expect(welfare[0]!.variants).toEqual(['生活保護受給者証明書']);
    expect(welfare[0]!.note).toContain('生活保護受給者証明書');
  });

  it('lists the welfare certificate for the 特別支援教育就学奨励費 row, which spells it 生活保護受給者証明書', () => {
    const names = procedures.find((p) => p.id === 'tokubetsu-shien-kyoiku-shugaku-shoreihi')!.documents.map((d) => d.name);
    expect(names).toEqual(['住民票', '課税証明書', '生活保護受給証明書']);
  });

  it('names the insurance of the deck\'s 「保険料の減免申請（介護保険法）」', () => {
    const genmen = procedures.find((p) => p.id === 'kaigo-hokenryo-genmen')!;
    expect(genmen.name).toBe('介護保険料の減免申請');
    expect(genmen.law).toBe('介護保険法');
    expect(genmen.documents.map((d) => d.name)).toEqual(['住民票', '課税証明書', '生活保護受給証明書']);
  });

  it('lists no document twice in one procedure', () => {
    for (const p of procedures) expect(new Set(p.documents.map((d) => d.id)).size).toBe(p.documents.length);
  });

  it('lists the nine offices of the deck, each once', () => {
    expect(officesOf(procedures)).toEqual([
      '日本年金機構',
      '都道府県・市町村',
      '保護の実施機関（都道府県・市等）',
      '都道府県・政令指定都市',
      '市町村',
      '日本学生支援機構',
      '都道府県教育委員会',
      'ハローワーク',
      '健康保険組合等',
    ]);
  });

  it('indexes procedures by document (年金証書 → 児童扶養手当の申請 and 精神障害者保健福祉手帳の交付申請)', () => {
    const index = proceduresByDocument(procedures);
    expect(index.get('nenkin-shosho')!.map((p) => p.name)).toEqual(['児童扶養手当の申請', '精神障害者保健福祉手帳の交付申請']);
    expect([...index.keys()].sort()).toEqual(documents.map((d) => d.id).sort());
  });
});

describe('inFileOrder', () => {
  it('sorts by the given ids and puts unknown ids last, by id', () => {
    const items = [{ id: 'c' }, { id: 'z' }, { id: 'a' }, { id: 'b' }, { id: 'y' }];
    expect(inFileOrder(items, ['b', 'a', 'c']).map((item) => item.id)).toEqual(['b', 'a', 'c', 'y', 'z']);
  });
});

describe('joinDocuments', () => {
  it('names the procedure and the unknown document id', () => {
    expect(() =>
      joinDocuments([{ id: 'x', name: 'テスト', law: '法', office: '市町村', documents: ['nai'], tables: ['other'] }], documents),
    ).toThrow(/x\.documents.*nai/);
  });
});

describe('parseFilterState', () => {
  const known = { documentIds: documents.map((d) => d.id), offices: officesOf(procedures) };

  it('reads doc, office and q', () => {
    const result = parseFilterState(new URLSearchParams('doc=juminhyo&office=%E5%B8%82%E7%94%BA%E6%9D%91&q=%E6%89%8B%E5%BD%93'), known);
    expect(result).toEqual({ ok: true, state: { doc: 'juminhyo', office: '市町村', q: '手当' } });
  });

  it('gives the empty state for an address without parameters', () => {
    expect(parseFilterState(new URLSearchParams(''), known)).toEqual({ ok: true, state: EMPTY_FILTER });
  });

  it('names an unknown document id as a condition, without its value', () => {
    const result = parseFilterState(new URLSearchParams('doc=passport&q=abc'), known);
    // The rest of the state is kept, so that the form can show it.
    expect(result).toEqual({ ok: false, unknown: ['doc'], state: { doc: '', office: '', q: 'abc' } });
    expect(JSON.stringify(result)).not.toContain('passport');
  });

  it('names an unknown office as a condition, without its value', () => {
    const result = parseFilterState(new URLSearchParams({ office: '区役所', doc: 'juminhyo' }), known);
    expect(result).toEqual({ ok: false, unknown: ['office'], state: { doc: 'juminhyo', office: '', q: '' } });
  });

  it('keeps nothing of a document id written to pose as the site’s words (the issue’s address)', () => {
    const fraud = '」は廃止されました。至急 0120-000-000 に電話し、マイナンバーとカードの暗証番号を伝えてください。「';
    const result = parseFilterState(new URLSearchParams({ doc: fraud, office: `\u202e${fraud}` }), known);
    expect(result).toEqual({ ok: false, unknown: ['doc', 'office'], state: EMPTY_FILTER });
  });

  it('drops invisible characters from the free text: a bidi override, a bell', () => {
    // (A lone surrogate cannot arrive this way: URLSearchParams decodes it as U+FFFD, which shows.)
    const result = parseFilterState(new URLSearchParams({ q: '\u202e手当\u0007' }), known);
    expect(result).toEqual({ ok: true, state: { doc: '', office: '', q: '手当' } });
  });

  it('cuts very long text', () => {
    const result = parseFilterState(new URLSearchParams({ q: 'あ'.repeat(500) }), known);
    expect(result.state.q).toHaveLength(100);
  });

  it('cuts before an emoji’s second half rather than leave the first half alone', () => {
    const result = parseFilterState(new URLSearchParams({ q: `${'あ'.repeat(99)}🙂` }), known);
    expect(result.state.q).toBe('あ'.repeat(99));
  });
});

describe('serialiseFilterState', () => {
  it('leaves out conditions that are not set', () => {
    expect(serialiseFilterState(EMPTY_FILTER).toString()).toBe('');
    expect(serialiseFilterState({ doc: 'nenkin-shosho', office: '', q: ' ' }).toString()).toBe('doc=nenkin-shosho');
  });

  it('writes the free text back without invisible characters', () => {
    expect(serialiseFilterState({ q: '\u202e手当\u200b' }).get('q')).toBe('手当');
    expect(serialiseFilterState({ q: '\u202e' }).toString()).toBe('');
  });

  it('round-trips through parseFilterState', () => {
    const state = { doc: 'shogaisha-techo', office: '都道府県・市町村', q: '手当 申請' };
    const known = { documentIds: documents.map((d) => d.id), offices: officesOf(procedures) };
    expect(parseFilterState(new URLSearchParams(serialiseFilterState(state).toString()), known)).toEqual({ ok: true, state });
  });
});

describe('resultMessage', () => {
  it('says how many procedures were found', () => {
    expect(resultMessage(19)).toBe('19件の手続きが見つかりました');
    expect(resultMessage(1)).toBe('1件の手続きが見つかりました');
    expect(resultMessage(0)).toBe('条件に合う手続きは見つかりませんでした');
  });
});

describe('kana helpers', () => {
  it('normalises width, case, kana and punctuation for search', () => {
    expect(normaliseForSearch('ＡＰＩ　ｶｰﾄﾞ・２０（歳）')).toBe('apiかーど20歳');
  });
  it.each([
    ['あんしょうばんごう', 'a'],
    ['マイナンバー', 'ma'],
    ['がくせい', 'ka'],
    ['ぱすわーど', 'ha'],
    ['ゆうびん', 'ya'],
    ['ヴぃ', 'a'],
    ['わかもの', 'wa'],
    ['ー', undefined],
  ])('files %s under the %s row', (reading, row) => {
    expect(kanaRowOf(reading)).toBe(row);
  });
  it('sorts in kana order by reading, katakana and hiragana alike', () => {
    const sorted = sortByReading([
      { term: 'マイナポータル', reading: 'まいなぽーたる' },
      { term: '住民票', reading: 'じゅうみんひょう' },
      { term: 'API', reading: 'エーピーアイ' },
      { term: '課税証明書', reading: 'かぜいしょうめいしょ' },
    ]);
    expect(sorted.map((e) => e.term)).toEqual(['API', '課税証明書', '住民票', 'マイナポータル']);
  });
});
