/**
 * The built data against the facts recorded in shared/municipalities/NOTES.md (counts of
 * 総務省's list, the reading corrections, the 浜松市 wards) and the deck's list of 18 bodies.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readMunicipalityData } from '../../data/municipalities.ts';
import { hasValidCheckDigit, KANJI_VARIANTS, romajiKey, textKey, toHepburn, toHepburnWithMacrons, toWapuro, withoutSuffix } from './index.ts';
import { readVectors } from './test-vectors.ts';

const dataset = readMunicipalityData();
const { govs } = dataset;
const byCode = new Map(govs.map((gov) => [gov.code, gov]));
const municipalities = govs.filter((gov) => gov.kind === 'municipality');

describe('counts (NOTES §0 and §1.1)', () => {
  it('47 prefectures', () => expect(govs.filter((gov) => gov.kind === 'prefecture')).toHaveLength(47));
  it('1,747 municipal entries: 792 市, 743 町, 189 村, 23 特別区', () => {
    expect(municipalities).toHaveLength(1747);
    const count = (ending: string) => municipalities.filter((gov) => gov.name.endsWith(ending)).length;
    expect([count('市'), count('町'), count('村'), count('区')]).toEqual([792, 743, 189, 23]);
  });
  it('the 23 特別区 are all in 東京都', () => {
    expect(municipalities.filter((gov) => gov.name.endsWith('区')).every((gov) => gov.prefectureCode === '130001')).toBe(true);
  });
  it('1,741 市区町村 without the 6 Northern Territories villages', () => {
    expect(municipalities.filter((gov) => !gov.northernTerritory)).toHaveLength(1741);
    expect(municipalities.filter((gov) => gov.northernTerritory).map((gov) => `${gov.code} ${gov.name}`)).toEqual([
      '016951 色丹村', '016969 泊村', '016977 留夜別村', '016985 留別村', '016993 紗那村', '017001 蘂取村',
    ]);
  });
  it('171 wards of designated cities, as from 2024-01-01', () => {
    expect(govs.filter((gov) => gov.kind === 'ward')).toHaveLength(171);
  });
  it('浜松市 has the three wards of 2024-01-01', () => {
    expect(govs.filter((gov) => gov.cityCode === '221309').map((gov) => `${gov.code} ${gov.name} ${gov.reading}`)).toEqual([
      '221384 中央区 ちゅうおうく', '221392 浜名区 はまなく', '221406 天竜区 てんりゅうく',
    ]);
  });
});

describe('codes', () => {
  it('every code has a valid check digit and is unique', () => {
    expect(govs.filter((gov) => !hasValidCheckDigit(gov.code)).map((gov) => gov.code)).toEqual([]);
    expect(new Set(govs.map((gov) => gov.code)).size).toBe(govs.length);
  });
  it('every municipality and ward is in its prefecture by code', () => {
    expect(govs.filter((gov) => gov.code.slice(0, 2) !== gov.prefectureCode.slice(0, 2))).toEqual([]);
  });
});

describe('readings', () => {
  // NOTES §1.4 table ("Correct reading") and §1.1 (真鶴町).
  const corrected: Record<string, string> = {
    '064289': 'しょうないまち', '104213': 'なかのじょうまち', '112062': 'ぎょうだし', '112119': 'ほんじょうし',
    '112160': 'はにゅうし', '124036': 'くじゅうくりまち', '124435': 'おんじゅくまち', '124630': 'きょなんまち',
    '253847': 'りゅうおうちょう', '272299': 'しじょうなわてし', '294268': 'こうりょうちょう', '332089': 'そうじゃし',
    '335860': 'しんじょうそん', '473260': 'ちゃたんちょう', '143839': 'まなづるまち',
  };
  it.each(Object.entries(corrected))('%s is read %s', (code, reading) => {
    expect(byCode.get(code)?.reading).toBe(reading);
  });
  it('every prefecture is read as it writes itself', () => {
    for (const [, name, reading] of readVectors('prefecture-slugs.tsv')) {
      expect(govs.find((gov) => gov.name === name)?.reading).toBe(reading);
    }
  });
  it('every reading is hiragana and ends as its name does (沖縄 村 read そん)', () => {
    expect(govs.filter((gov) => !/^[ぁ-ゖ]+$/.test(gov.reading) || !withoutSuffix(gov.name, gov.reading))).toEqual([]);
    expect(byCode.get('473545')?.reading.endsWith('そん')).toBe(true);
  });
  it('Hepburn, macron and word-processor romaji of every reading compare equal', () => {
    const differ = govs.filter((gov) => {
      const key = romajiKey(toWapuro(gov.reading));
      return romajiKey(toHepburn(gov.reading)) !== key || romajiKey(toHepburnWithMacrons(gov.reading)) !== key;
    });
    expect(differ).toEqual([]);
  });
  it('every reading gives romaji of Latin letters only', () => {
    expect(govs.filter((gov) => !/^[a-z']+$/.test(toWapuro(gov.reading)))).toEqual([]);
  });
});

describe('variant folding (NOTES §4.3)', () => {
  it('creates no new clash of prefecture (and city) + name; the only one is 北海道泊村, two real entries', () => {
    const keys = new Map<string, string[]>();
    for (const gov of govs) {
      const city = gov.cityCode ? byCode.get(gov.cityCode)!.name : '';
      const prefecture = gov.kind === 'prefecture' ? '' : byCode.get(gov.prefectureCode)!.name;
      const key = textKey(prefecture + city + gov.name);
      keys.set(key, [...(keys.get(key) ?? []), gov.code]);
    }
    expect([...keys.values()].filter((codes) => codes.length > 1)).toEqual([['014036', '016969']]);
  });
  it('never folds 嶋 into 島', () => {
    expect(KANJI_VARIANTS['嶋']).toBeUndefined();
    expect(textKey('鹿嶋市')).not.toBe(textKey('鹿島市'));
  });
});

describe('the acceptance list', () => {
  // The deck's list 「…認められている地方公共団体（令和３年５月10日現在）」, read by hand.
  const DECK = ['埼玉県', '高松市', '東村山市', '八代市', '大阪府', '宮崎市', '秩父市', '壱岐市', '千葉市', '新発田市', '射水市', '座間味村', '堺市', '佐倉市', '富田林市', '渡嘉敷村', '上島町', '伊是名村'];
  it('is the deck\'s 18 bodies, all as of 2021-05-10', () => {
    expect(dataset.acceptance.map((entry) => byCode.get(entry.code)!.name).sort()).toEqual([...DECK].sort());
    expect(dataset.dates).toEqual({ oldest: '2021-05-10', newest: '2021-05-10' });
  });
  it('agrees with the figure the page shows (figures.yaml mirairo-municipalities-count)', () => {
    const figures = parse(readFileSync('content/data/figures.yaml', 'utf8')) as Array<{ id: string; value: string; asOf: unknown }>;
    const figure = figures.find((entry) => entry.id === 'mirairo-municipalities-count');
    expect(Number(figure?.value)).toBe(dataset.acceptance.length);
  });
  it('the deck\'s 沖縄 villages resolve to 沖縄県 (the deck writes 沖縄県座間味村)', () => {
    for (const name of ['座間味村', '渡嘉敷村', '伊是名村']) {
      const gov = govs.find((candidate) => candidate.name === name && dataset.acceptance.some((entry) => entry.code === candidate.code));
      expect(gov?.prefectureCode).toBe('470007');
    }
  });
  it('fills no optional field the deck does not give', () => {
    expect(dataset.acceptance.filter((entry) => entry.since || entry.portalLink || entry.handbooks)).toEqual([]);
  });
});
