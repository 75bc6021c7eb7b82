import { describe, expect, it } from 'vitest';
import { buildDay, planProblems, planTense } from './plans.ts';

// Labelled vectors: a plan takes effect on the first day its date names (a month plan on the
// 1st); the day itself already counts as "has come".
const tenses: [label: string, when: string, today: string, tense: 'past' | 'ahead'][] = [
  ['deck plan of June 2022, read in December 2026', '2022-06', '2026-12-05', 'past'],
  ['a month plan on its first day', '2022-06', '2022-06-01', 'past'],
  ['a month plan on the last day before it', '2022-06', '2022-05-31', 'ahead'],
  ['a day plan on the day before', '2021-03-13', '2021-03-12', 'ahead'],
  ['a day plan on its day', '2021-03-13', '2021-03-13', 'past'],
  ['a plan in a later year', '2030-01', '2026-12-05', 'ahead'],
];

describe('planTense', () => {
  it.each(tenses)('%s', (_label, when, today, tense) => {
    const [year, month, day] = today.split('-').map(Number) as [number, number, number];
    expect(planTense(when, { year, month, day })).toBe(tense);
  });
  it('names a date that is not one', () => {
    expect(() => planTense('2022-13', { year: 2026, month: 1, day: 1 })).toThrow('2022-13');
  });
});

describe('buildDay', () => {
  it('is SOURCE_DATE_EPOCH\'s day when set (1654041600 is 2022-06-01T00:00:00Z)', () => {
    expect(buildDay({ SOURCE_DATE_EPOCH: '1654041600' })).toEqual({ year: 2022, month: 6, day: 1 });
  });
  it('is the given moment\'s UTC day otherwise', () => {
    expect(buildDay({}, new Date('2026-12-05T23:30:00Z'))).toEqual({ year: 2026, month: 12, day: 5 });
  });
  it('refuses an epoch that is not a number', () => {
    expect(() => buildDay({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow('SOURCE_DATE_EPOCH');
  });
});

describe('planProblems', () => {
  const good = { date: '2022-06', particle: 'から', what: '療育手帳の情報が加わる', said: '2021-05' };
  it('accepts a plain-form plan announced before its date', () => {
    expect(planProblems(good)).toEqual([]);
  });
  it('names each bad field', () => {
    expect(planProblems({ ...good, what: '療育手帳の情報が加わります' })[0]).toMatch(/^what: /);
    expect(planProblems({ ...good, what: '加わる予定' })[0]).toMatch(/^what: /);
    expect(planProblems({ ...good, what: ' ' })[0]).toMatch(/^what: /);
    expect(planProblems({ ...good, particle: 'より' })[0]).toMatch(/^particle: /);
    expect(planProblems({ ...good, date: '2022/06' })[0]).toMatch(/^date: /);
    expect(planProblems({ ...good, said: '2022-07' })[0]).toMatch(/^said: /);
  });
});
