// Test time (issue 20): how long each suite of the last `npm test` took, read from
// .cache/test-reports/suite-times.json (written by scripts/run-tests.mjs), against the budgets:
// the whole command 12 minutes on 2 cores, the browser suite 8. Measured by the test run, not
// here: timing is never asserted in a test. Called by scripts/bench.mjs; prints nothing.
import { existsSync, readFileSync } from 'node:fs';
import { reportSpecs, specSeconds } from '../../src/lib/test-report/index.ts';

const TIMES = '.cache/test-reports/suite-times.json';
const BROWSER_REPORT = '.cache/test-reports/playwright.json';
const BUDGETS = { 'browser (playwright + axe)': 480 };
const TOTAL_BUDGET = 720;

export async function run() {
  if (!existsSync(TIMES)) return [{ label: `no test run on record (${TIMES}); run npm test first`, value: 0, unit: 's' }];
  const { finished, suites, totalSeconds } = JSON.parse(readFileSync(TIMES, 'utf8'));
  const results = suites.map((suite) => ({
    label: `${suite.name} (${suite.status}, run ${finished})`,
    value: suite.seconds,
    unit: 's',
    ...(BUDGETS[suite.name] !== undefined ? { budget: BUDGETS[suite.name] } : {}),
  }));
  // Start to end of the run: some suites run at the same time (scripts/run-tests.mjs), so the
  // sum of their times is more than the run took. A record from before totalSeconds has the sum.
  const total = totalSeconds ?? Math.round(suites.reduce((sum, suite) => sum + suite.seconds, 0) * 10) / 10;
  results.push({ label: 'npm test, all suites', value: total, unit: 's', budget: TOTAL_BUDGET });
  results.push(...browserFileSeconds());
  return results;
}

/**
 * Where the browser suite's time goes: the seconds its tests ran, summed per spec file (worker-
 * seconds: two workers run at once, so these add up to about twice the suite's time), largest
 * first. No budget of their own; they show which file to look at when the suite is over its own.
 */
function browserFileSeconds() {
  if (!existsSync(BROWSER_REPORT)) return [];
  const perFile = new Map();
  for (const { spec } of reportSpecs(JSON.parse(readFileSync(BROWSER_REPORT, 'utf8')))) {
    perFile.set(spec.file, (perFile.get(spec.file) ?? 0) + specSeconds(spec));
  }
  return [...perFile]
    .sort((a, b) => b[1] - a[1])
    .map(([file, seconds]) => ({ label: `browser suite, worker-seconds in ${file}`, value: Math.round(seconds * 10) / 10, unit: 's' }));
}
