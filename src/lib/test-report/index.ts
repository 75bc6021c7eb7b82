/**
 * Playwright's JSON report (the `json` reporter), read in one way for the three places that
 * need it: the conformance results (src/lib/conformance), the failed tests named at the end of
 * `npm test` (scripts/run-tests.mjs) and the time per spec file in `npm run bench`
 * (scripts/bench/suites.mjs). Only the fields those read are typed.
 */
export interface ReportResult {
  /** Milliseconds the attempt ran. */
  duration: number;
}

export interface ReportTest {
  status: string;
  results?: ReportResult[];
}

export interface ReportSpec {
  title: string;
  file: string;
  line?: number;
  tags: string[];
  ok: boolean;
  tests: ReportTest[];
}

export interface ReportSuite {
  title: string;
  specs?: ReportSpec[];
  suites?: ReportSuite[];
}

export interface Report {
  suites: ReportSuite[];
}

/**
 * Every spec in the report, in report order, with the titles of the suites around it from the
 * outermost in: first the spec file's own suite (titled with the file), then its describe blocks.
 */
export function* reportSpecs(report: Report): Generator<{ spec: ReportSpec; suites: string[] }> {
  function* visit(suite: ReportSuite, outer: string[]): Generator<{ spec: ReportSpec; suites: string[] }> {
    const suites = [...outer, suite.title];
    for (const spec of suite.specs ?? []) yield { spec, suites };
    for (const child of suite.suites ?? []) yield* visit(child, suites);
  }
  for (const suite of report.suites) yield* visit(suite, []);
}

/** A spec failed when any of its tests ended other than expected (flaky counts as passed). */
export function specFailed(spec: ReportSpec): boolean {
  return spec.tests.some((test) => test.status === 'unexpected');
}

/** Seconds the spec's tests ran, every attempt counted: the worker time it took. */
export function specSeconds(spec: ReportSpec): number {
  return spec.tests.flatMap((test) => test.results ?? []).reduce((sum, result) => sum + result.duration / 1000, 0);
}
