import { describe, expect, it } from 'vitest';
import { prefectureSlug, romajiKey, textKey, toHepburn, toHepburnWithMacrons, toWapuro } from './index.ts';
import { readVectors } from './test-vectors.ts';

describe('romaji from readings (labelled vectors: NOTES §3/§4.1, standard Hepburn)', () => {
  it.each(readVectors('romaji.tsv'))('%s', (_label, reading, hepburn, macron, wapuro) => {
    if (hepburn !== '-') expect(toHepburn(reading)).toBe(hepburn);
    if (macron !== '-') expect(toHepburnWithMacrons(reading)).toBe(macron);
    if (wapuro !== '-') expect(toWapuro(reading)).toBe(wapuro);
  });
});

describe('prefecture page addresses (ISO 3166-2:JP names)', () => {
  it.each(readVectors('prefecture-slugs.tsv'))('%s %s', (_label, name, reading, slug) => {
    expect(prefectureSlug({ name: name, reading: reading })).toBe(slug);
  });
});

describe('comparison forms', () => {
  it.each(readVectors('text-key.tsv'))('text: %s', (_label, input, expected) => {
    expect(textKey(input)).toBe(expected);
  });
  it.each(readVectors('romaji-key.tsv'))('romaji: %s', (_label, input, expected) => {
    expect(romajiKey(input)).toBe(expected);
  });
});
