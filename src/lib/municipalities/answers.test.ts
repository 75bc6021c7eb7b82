/**
 * What the finder says: each state gets a plain answer that names the list's date and where
 * to check the current state; optional list fields appear only when filled.
 */
import { describe, expect, it } from 'vitest';
import { readMunicipalityData } from '../../data/municipalities.ts';
import { acceptanceDetails, adviceText, buildSearchIndex, hitText, search, statusMessage, type Acceptance } from './index.ts';

const dataset = readMunicipalityData();
const index = buildSearchIndex(dataset.govs, dataset.acceptance);
const { dates } = dataset;
const DATE = '令和3年（2021年）5月10日';
const answer = (query: string) => {
  const result = search(index, query);
  return { result, status: statusMessage(result, dates), advice: adviceText(result, dates).join('\n') };
};

describe('status line (the polite live region)', () => {
  it.each([
    ['千葉市', `千葉市が見つかりました。${DATE}現在の一覧にあります。`],
    ['千葉市中央区', `千葉市中央区が見つかりました。千葉市が、${DATE}現在の一覧にあります。`],
    ['千葉県', `千葉県が見つかりました。${DATE}現在の一覧にはありません。`],
    ['さくらし', `2件見つかりました。そのうち1件が、${DATE}現在の一覧にあります。`],
    ['府中市', `2件見つかりました。どれも、${DATE}現在の一覧にはありません。`],
    ['ミライロ', '「ミライロ」に合う地方公共団体は、見つかりませんでした。'],
    ['121003', '「121003」は、正しい地方公共団体コードではありません。6けた目の数字（検査数字）が合いません。'],
    ['1210021', '「1210021」は長すぎます。地方公共団体コードは、5けたか6けたの数字です。'],
    ['。。', '「。。」には、名前に使う文字や数字がありません。'],
    ['あ'.repeat(101), '入力が長すぎます。100文字までで入力してください。'],
    ['', ''],
  ])('%s', (query, expected) => {
    expect(answer(query).status).toBe(expected);
  });

  it('quotes at most 30 characters of what was typed', () => {
    expect(answer('ん'.repeat(40)).status).toBe(`「${'ん'.repeat(30)}…」に合う地方公共団体は、見つかりませんでした。`);
  });
});

describe('advice: every answer says the list\'s date and where to check', () => {
  it.each([['千葉市'], ['千葉県'], ['ミライロ']])('%s', (query) => {
    const { advice } = answer(query);
    expect(advice).toContain(`${DATE}現在の一覧`);
    expect(advice).toMatch(/確かめてください|問い合わせてください/);
  });
  it('not listed: ask the municipality', () => {
    expect(answer('府中市').advice).toContain('その地方公共団体に問い合わせてください');
  });
  it('unknown: check the spelling, with examples of what can be typed', () => {
    const { advice } = answer('ミライロ');
    expect(advice).toContain('名前の書き方を確かめてください');
    expect(advice).toContain('ちばし');
    expect(advice).toContain('121002');
  });
  it('nothing typed: nothing said', () => {
    expect(answer('  ').advice).toBe('');
  });
});

describe('each hit', () => {
  const first = (query: string) => hitText(search(index, query).hits[0]!, dates);
  it('listed: scope and date', () => {
    expect(first('宮崎市')).toEqual({ status: '一覧にあります。', notes: [`対象：公共施設・公営サービス等（${DATE}現在）`] });
  });
  it('a listed prefecture says it covers its own facilities, not its towns', () => {
    expect(first('埼玉県').notes).toContain('資料には、埼玉県の中の市区町村の施設でも使えるかどうかは書かれていません。市区町村の施設のことは、その市区町村に確かめてください。');
  });
  it('a town in a listed prefecture is not listed and says why the prefecture does not count', () => {
    const text = first('皆野町');
    expect(text.status).toBe(`${DATE}現在の一覧にはありません。`);
    expect(text.notes.join('')).toContain('埼玉県は一覧にあります。');
  });
  it('a ward answers with its city', () => {
    const text = first('堺市北区');
    expect(text.status).toBe('堺市が一覧にあります。');
    expect(text.notes).toContain('北区は堺市の区です。区は市の一部なので、堺市の一覧で答えています。');
  });
  it('a Northern Territories village gets its note', () => {
    expect(first('蘂取村').notes).toEqual(['北方領土にある村です。全国地方公共団体コードはありますが、村の役場は置かれていません。']);
  });
  it('optional fields appear only when filled', () => {
    const bare: Acceptance = { code: '121002', scope: '公共施設', asOf: '2021-05-10', source: 'deck' };
    expect(acceptanceDetails(bare)).toEqual([`対象：公共施設（${DATE}現在）`]);
    expect(acceptanceDetails({ ...bare, since: '2020-10', portalLink: 'required', handbooks: ['physical', 'intellectual'] })).toEqual([
      `対象：公共施設（${DATE}現在）`,
      '使えるようになった時期：令和2年（2020年）10月',
      'マイナポータルと連携したミライロIDだけが使えます。',
      '使える手帳：身体障害者手帳、療育手帳',
    ]);
  });
});
