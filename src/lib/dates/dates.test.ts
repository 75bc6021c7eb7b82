import { describe, expect, it } from 'vitest';
import { formatAsOf, formatBoth, formatWareki, parsePlainDate, type DatePrecision } from './index.ts';
import { readVectors } from '../test-vectors/index.ts';

const rows = readVectors(new URL('./vectors.tsv', import.meta.url));

function parse(iso: string, precision: string) {
  return parsePlainDate(precision === 'month' ? `${iso}-01` : iso);
}

describe('formatWareki / formatBoth (labelled vectors)', () => {
  it.each(rows)('%s', (_label, iso, precision, wareki, both) => {
    const date = parse(iso, precision);
    expect(formatWareki(date, precision as DatePrecision)).toBe(wareki);
    expect(formatBoth(date, precision as DatePrecision)).toBe(both);
  });
});

describe('parsePlainDate', () => {
  it('rejects text that is not YYYY-MM-DD, naming it', () => {
    expect(() => parsePlainDate('令和3年5月11日')).toThrow('令和3年5月11日');
  });
  it('rejects impossible dates', () => {
    expect(() => parsePlainDate('2021-02-30')).toThrow('存在しない日付');
  });
});

describe('formatAsOf', () => {
  // 令和2年度 is April 2020 to March 2021: the deck's linkage statistics period.
  it('writes a fiscal year in both calendars', () => {
    expect(formatAsOf('FY2020')).toBe('令和2年度（2020年度）');
  });
  // April 2019 was still 平成31年; the fiscal year that began then is called 平成31年度.
  it('names a fiscal year by the era of its April', () => {
    expect(formatAsOf('FY2019')).toBe('平成31年度（2019年度）');
  });
  it('writes month-precision dates without a day', () => {
    expect(formatAsOf('2021-03')).toBe('令和3年（2021年）3月');
  });
  it('rejects an impossible day', () => {
    expect(() => formatAsOf('2021-13-01')).toThrow();
  });
});
