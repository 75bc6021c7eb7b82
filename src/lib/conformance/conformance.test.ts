import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claim, collectEvidence, decide, differences, parseCriteria, parseReviews, type Criterion } from './index.ts';

const criteria: Criterion[] = [
  { id: '1.2.1', level: 'A', title: '音声のみ及び映像のみ（収録済）' },
  { id: '1.4.3', level: 'AA', title: 'コントラスト（最低限）' },
  { id: '2.5.5', level: 'AAA', title: 'ターゲットのサイズ（高度）' },
  { id: '3.1.5', level: 'AAA', title: '読解レベル' },
];

const spec = (title: string, tags: string[], ok = true) => ({
  title,
  file: 'a11y.spec.ts',
  tags,
  ok,
  tests: [{ status: ok ? 'expected' : 'unexpected' }],
});
const report = (specs: ReturnType<typeof spec>[]) => ({ suites: [{ title: 'a11y.spec.ts', specs }] });

describe('decide', () => {
  it('marks a criterion 適合 only when a tagged check passed', () => {
    const evidence = collectEvidence(report([spec('targets', ['@sc-2.5.5'])]), []);
    const results = decide(criteria, evidence, []);
    expect(results.find((result) => result.id === '2.5.5')?.status).toBe('適合');
    expect(results.find((result) => result.id === '3.1.5')?.status).toBe('未検証');
  });

  it('marks 不適合 when any tagged check failed, even if others passed', () => {
    const evidence = collectEvidence(report([spec('a', ['@sc-2.5.5']), spec('b', ['@sc-2.5.5'], false)]), []);
    expect(decide(criteria, evidence, [])[2]).toMatchObject({ status: '不適合', passed: 1, failed: 1 });
  });

  it('lets axe runs cover the criteria its rules are tagged with', () => {
    const evidence = collectEvidence(report([spec('axe, light scheme', ['@axe'])]), ['1.4.3']);
    expect(decide(criteria, evidence, [])[1]?.status).toBe('適合');
  });

  it('reads @na- tags as proof that a criterion does not apply', () => {
    const evidence = collectEvidence(report([spec('no media', ['@na-1.2.1'])]), []);
    expect(decide(criteria, evidence, [])[0]?.status).toBe('非該当');
  });

  it('uses a review record where no check exists, and says so in the basis', () => {
    const results = decide(criteria, collectEvidence(report([]), []), [
      { criterion: '3.1.5', result: 'conforms', date: '2026-11-26', method: '要約を読んで確認' },
    ]);
    expect(results[3]).toMatchObject({ status: '適合', basis: ['人による確認（2026-11-26）：要約を読んで確認'] });
  });

  it('refuses a review or a tag for a criterion that WCAG 2.2 does not have', () => {
    expect(() => decide(criteria, collectEvidence(report([]), []), [{ criterion: '4.1.1', result: 'conforms', date: 'x', method: 'y' }])).toThrow(/reviews\.yaml.*4\.1\.1/);
    expect(() => decide(criteria, collectEvidence(report([spec('x', ['@sc-9.9.9'])]), []), [])).toThrow(/@sc-9\.9\.9/);
  });
});

describe('parseReviews', () => {
  const good = { criterion: '1.3.2', result: 'conforms', date: '2026-11-26', method: 'CSS を読んで確認' };
  it('accepts a well-formed record and an empty file', () => {
    expect(parseReviews([good])).toEqual([good]);
    expect(parseReviews(null)).toEqual([]);
  });
  it.each([
    ['a missing method', { ...good, method: undefined }, /entry 1: method: required text is missing/],
    ['a result outside the three', { ...good, result: 'ok' }, /entry 1: result: 「ok」 must be one of conforms, not-applicable, does-not-conform/],
    ['a date that is not YYYY-MM-DD', { ...good, date: '11/26' }, /entry 1: date: 「11\/26」 must be a date/],
    ['a criterion that is not a number', { ...good, criterion: 'contrast' }, /entry 1: criterion: 「contrast」 is not a WCAG number/],
  ])('names the file, entry and field for %s', (_label, record, message) => {
    expect(() => parseReviews([record], 'reviews.yaml')).toThrow(message);
    expect(() => parseReviews([record], 'reviews.yaml')).toThrow(/^reviews\.yaml: /);
  });
  it('refuses a file that is not a list', () => {
    expect(() => parseReviews({ criterion: '1.3.2' })).toThrow(/must be a list/);
  });
});

describe('claim (WAIC wording)', () => {
  const make = (statuses: string[]) => criteria.map((criterion, index) => ({ ...criterion, status: statuses[index] as never, basis: [], passed: 0, failed: 0 }));
  it('says AAA 準拠 only when every criterion is 適合 or 非該当', () => {
    expect(claim(make(['非該当', '適合', '適合', '適合']))).toEqual({ level: 'AAA', wording: '準拠' });
  });
  it('says 一部準拠 with the highest level fully met otherwise', () => {
    expect(claim(make(['適合', '適合', '適合', '未検証']))).toEqual({ level: 'AA', wording: '一部準拠' });
    expect(claim(make(['未検証', '適合', '適合', '適合']))).toEqual({ level: undefined, wording: '一部準拠' });
  });
});

describe('differences', () => {
  const result = (status: string) => [{ ...criteria[0]!, status: status as never, basis: [], passed: 1, failed: 0 }];
  it('is empty when only date or commit would differ', () => {
    expect(differences({ urls: ['/'], criteria: result('適合') }, { urls: ['/'], criteria: result('適合') })).toEqual([]);
  });
  it('names a changed status and a new page', () => {
    expect(differences({ urls: ['/'], criteria: result('適合') }, { urls: ['/', '/new/'], criteria: result('不適合') })).toEqual([
      '1.2.1: 適合 → 不適合',
      '試験したページが増えました: /new/',
    ]);
  });
});

describe('parseCriteria', () => {
  it('reads the committed list: 86 criteria of WCAG 2.2 (31 A, 24 AA, 31 AAA)', () => {
    // Counts from WCAG 2.2 §"New Features": 2.1 had 30 A, 20 AA, 28 AAA; 2.2 removes 4.1.1 and
    // adds 2.4.11, 2.4.12, 2.4.13, 2.5.7, 2.5.8, 3.2.6, 3.3.7, 3.3.8 and 3.3.9.
    const list = parseCriteria(readFileSync(new URL('../../../content/accessibility/criteria.tsv', import.meta.url), 'utf8'));
    const count = (level: string) => list.filter((criterion) => criterion.level === level).length;
    expect([list.length, count('A'), count('AA'), count('AAA')]).toEqual([86, 31, 24, 31]);
    expect(list.some((criterion) => criterion.id === '4.1.1')).toBe(false);
  });
  it('names the line of a bad row', () => {
    expect(() => parseCriteria('id\tlevel\ttitle\n1.1.1\tAAAA\t非テキスト', 'x.tsv')).toThrow('x.tsv:2: level');
  });
});
