import { describe, expect, it } from 'vitest';
import { reportSpecs, specFailed, specSeconds, type Report, type ReportSpec } from './index.ts';

// The shape Playwright's json reporter writes: one suite per spec file, titled with the file,
// describe blocks as nested suites, each test with one result per attempt.
const spec = (title: string, statuses: string[], durations: number[] = []): ReportSpec => ({
  title,
  file: 'a.spec.ts',
  line: 1,
  tags: [],
  ok: !statuses.includes('unexpected'),
  tests: statuses.map((status) => ({ status, results: durations.map((duration) => ({ duration })) })),
});
const report: Report = {
  suites: [
    {
      title: 'a.spec.ts',
      specs: [spec('top', ['expected'])],
      suites: [{ title: 'outer', suites: [{ title: 'inner', specs: [spec('deep', ['unexpected'])] }] }],
    },
    { title: 'b.spec.ts', specs: [spec('other', ['flaky'])] },
  ],
};

describe('reportSpecs', () => {
  it('lists every spec in report order with its suites from the file inwards', () => {
    expect([...reportSpecs(report)].map(({ spec: found, suites }) => [...suites, found.title].join(' › '))).toEqual([
      'a.spec.ts › top',
      'a.spec.ts › outer › inner › deep',
      'b.spec.ts › other',
    ]);
  });

  it('lists nothing for a report without suites', () => {
    expect([...reportSpecs({ suites: [] })]).toEqual([]);
  });
});

describe('specFailed', () => {
  it.each([
    ['expected', ['expected'], false],
    ['flaky (passed on retry)', ['flaky'], false],
    ['skipped', ['skipped'], false],
    ['unexpected', ['unexpected'], true],
    ['one of two tests unexpected', ['expected', 'unexpected'], true],
  ])('%s', (_label, statuses, failed) => {
    expect(specFailed(spec('x', statuses))).toBe(failed);
  });
});

describe('specSeconds', () => {
  it('adds every attempt of every test, in seconds', () => {
    expect(specSeconds(spec('x', ['flaky', 'expected'], [1500, 250]))).toBe(3.5);
  });

  it('is 0 for a test that has no results', () => {
    expect(specSeconds({ ...spec('x', ['skipped']), tests: [{ status: 'skipped' }] })).toBe(0);
  });
});
