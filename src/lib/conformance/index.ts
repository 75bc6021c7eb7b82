/**
 * Conformance results from the test suite itself. Tests declare which WCAG success criteria
 * they check with Playwright tags (`@sc-2.5.5`; `@na-1.2.1` for a test proving a criterion does
 * not apply; `@axe` for the axe-core runs, which cover the criteria its rules are tagged with).
 * This module turns a Playwright JSON report, the list of criteria and the human review
 * records into one result per criterion. Pure: the caller reads and writes files.
 *
 * The rule (issue 10): nothing is 適合 without a passing check or a review record; a criterion
 * with neither is 未検証.
 */
import { reportSpecs, specFailed, type Report, type ReportSpec } from '../test-report/index.ts';

export type Level = 'A' | 'AA' | 'AAA';
export type Status = '適合' | '不適合' | '非該当' | '未検証';

export interface Criterion {
  readonly id: string;
  readonly level: Level;
  readonly title: string;
}

export interface ReviewRecord {
  readonly criterion: string;
  readonly result: 'conforms' | 'not-applicable' | 'does-not-conform';
  readonly date: string;
  readonly method: string;
}

const REVIEW_RESULTS = ['conforms', 'not-applicable', 'does-not-conform'] as const;

/**
 * The review records as read from YAML, checked field by field: a record that a person wrote
 * wrong must stop the run with the entry and field, never count as a review.
 */
export function parseReviews(value: unknown, file = 'content/accessibility/reviews.yaml'): ReviewRecord[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw new Error(`${file}: the file must be a list of review records`);
  return value.map((entry: unknown, index) => {
    const where = `${file}: entry ${index + 1}`;
    if (typeof entry !== 'object' || entry === null) throw new Error(`${where}: must be a record with criterion, result, date and method`);
    const record = entry as Record<string, unknown>;
    const text = (field: string): string => {
      const found = record[field];
      if (typeof found !== 'string' || found.trim() === '') throw new Error(`${where}: ${field}: required text is missing`);
      return found.trim();
    };
    const criterion = text('criterion');
    if (!/^\d\.\d\.\d+$/.test(criterion)) throw new Error(`${where}: criterion: 「${criterion}」 is not a WCAG number like 1.3.2`);
    const result = text('result');
    if (!(REVIEW_RESULTS as readonly string[]).includes(result)) throw new Error(`${where}: result: 「${result}」 must be one of ${REVIEW_RESULTS.join(', ')}`);
    const date = text('date');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) throw new Error(`${where}: date: 「${date}」 must be a date YYYY-MM-DD`);
    return { criterion, result: result as ReviewRecord['result'], date, method: text('method') };
  });
}

export interface CriterionResult {
  readonly id: string;
  readonly level: Level;
  readonly title: string;
  readonly status: Status;
  /** How it was verified, in words a reader understands. */
  readonly basis: readonly string[];
  readonly passed: number;
  readonly failed: number;
}

export interface RunEvidence {
  /** Per criterion id: how many tagged tests passed and failed, and which checks they were. */
  readonly byCriterion: Map<string, { passed: number; failed: number; checks: Set<string>; notApplicable: boolean }>;
}

/** Parses criteria.tsv (id, level, title); errors name the line. */
export function parseCriteria(text: string, file = 'content/accessibility/criteria.tsv'): Criterion[] {
  const criteria: Criterion[] = [];
  const seen = new Set<string>();
  text.split('\n').forEach((line, index) => {
    if (!line.trim() || line.startsWith('#') || line.startsWith('id\t')) return;
    const [id, level, title] = line.split('\t');
    const where = `${file}:${index + 1}`;
    if (!id || !/^\d\.\d\.\d+$/.test(id)) throw new Error(`${where}: id: 「${id ?? ''}」は達成基準の番号ではありません`);
    if (level !== 'A' && level !== 'AA' && level !== 'AAA') throw new Error(`${where}: level: A・AA・AAA のどれかにしてください`);
    if (!title?.trim()) throw new Error(`${where}: title: 名前がありません`);
    if (seen.has(id)) throw new Error(`${where}: id: ${id} が2回あります`);
    seen.add(id);
    criteria.push({ id, level, title: title.trim() });
  });
  return criteria;
}

/**
 * The check's name as shown on the results page: its describe blocks and title, without the
 * page path and the colour scheme, which vary per run of the same check.
 */
function checkName(spec: ReportSpec, parents: string[]): string {
  const described = parents.filter((title) => title && !title.endsWith('.ts') && !title.startsWith('page /'));
  return [...described, spec.title.replace(/（配色：[a-z]+）$/, '')].join(' › ');
}

/**
 * Reads a Playwright JSON report. `axeCriteria` are the criteria the axe-core rules in use
 * are tagged with (from axe-core's own rule metadata).
 */
export function collectEvidence(report: Report, axeCriteria: readonly string[]): RunEvidence {
  const byCriterion: RunEvidence['byCriterion'] = new Map();
  const note = (criterion: string, spec: ReportSpec, check: string, notApplicable: boolean) => {
    const entry = byCriterion.get(criterion) ?? { passed: 0, failed: 0, checks: new Set<string>(), notApplicable };
    const failed = !spec.ok || specFailed(spec);
    if (failed) entry.failed += 1;
    else entry.passed += 1;
    entry.checks.add(check);
    byCriterion.set(criterion, entry);
  };
  for (const { spec, suites } of reportSpecs(report)) {
    const check = checkName(spec, suites);
    for (const tag of spec.tags.map((name) => name.replace(/^@/, ''))) {
      if (tag === 'axe') axeCriteria.forEach((criterion) => note(criterion, spec, check, false));
      const match = /^(sc|na)-(\d\.\d\.\d+)$/.exec(tag);
      if (match) note(match[2]!, spec, check, match[1] === 'na');
    }
  }
  return { byCriterion };
}

const REVIEW_STATUS: Record<ReviewRecord['result'], Status> = {
  conforms: '適合',
  'not-applicable': '非該当',
  'does-not-conform': '不適合',
};

export function decide(criteria: readonly Criterion[], evidence: RunEvidence, reviews: readonly ReviewRecord[]): CriterionResult[] {
  const known = new Set(criteria.map((criterion) => criterion.id));
  for (const review of reviews) {
    if (!known.has(review.criterion)) throw new Error(`content/accessibility/reviews.yaml: criterion: 「${review.criterion}」は WCAG 2.2 の達成基準にありません`);
  }
  for (const id of evidence.byCriterion.keys()) {
    if (!known.has(id)) throw new Error(`テストのタグ @sc-${id} / @na-${id}: ${id} は WCAG 2.2 の達成基準にありません`);
  }
  return criteria.map((criterion) => {
    const found = evidence.byCriterion.get(criterion.id);
    const review = reviews.find((record) => record.criterion === criterion.id);
    const basis: string[] = [];
    if (found) basis.push(...[...found.checks].sort().map((check) => `自動テスト：${check}`));
    if (review) basis.push(`人による確認（${review.date}）：${review.method}`);
    let status: Status = '未検証';
    if (found && found.failed > 0) status = '不適合';
    else if (review?.result === 'does-not-conform') status = '不適合';
    else if (found) status = found.notApplicable ? '非該当' : '適合';
    else if (review) status = REVIEW_STATUS[review.result];
    return { ...criterion, status, basis, passed: found?.passed ?? 0, failed: found?.failed ?? 0 };
  });
}

/** The conformance claim in the wording Japanese public bodies use (WAIC guideline). */
export function claim(results: readonly CriterionResult[]): { level: Level | undefined; wording: '準拠' | '一部準拠' } {
  const met = (level: Level) =>
    results.filter((result) => LEVELS.indexOf(result.level) <= LEVELS.indexOf(level)).every((result) => result.status === '適合' || result.status === '非該当');
  const highest = [...LEVELS].reverse().find(met);
  return highest === 'AAA' ? { level: 'AAA', wording: '準拠' } : { level: highest, wording: '一部準拠' };
}
const LEVELS: readonly Level[] = ['A', 'AA', 'AAA'];

/**
 * What changed between the committed results and a fresh run, ignoring the date and commit:
 * status, basis and the URLs tested. Empty when the committed file is up to date.
 */
export function differences(
  committed: { urls: readonly string[]; criteria: readonly CriterionResult[] },
  fresh: { urls: readonly string[]; criteria: readonly CriterionResult[] },
): string[] {
  const changes: string[] = [];
  const before = new Map(committed.criteria.map((result) => [result.id, result]));
  for (const result of fresh.criteria) {
    const old = before.get(result.id);
    if (!old) changes.push(`${result.id}: 新しい達成基準`);
    else if (old.status !== result.status) changes.push(`${result.id}: ${old.status} → ${result.status}`);
    else if (old.basis.join('\n') !== result.basis.join('\n')) changes.push(`${result.id}: 確認方法が変わりました`);
  }
  const urlsBefore = new Set(committed.urls);
  const urlsNow = new Set(fresh.urls);
  for (const url of urlsNow) if (!urlsBefore.has(url)) changes.push(`試験したページが増えました: ${url}`);
  for (const url of urlsBefore) if (!urlsNow.has(url)) changes.push(`試験したページが減りました: ${url}`);
  return changes;
}
