#!/usr/bin/env node
// The whole test suite, as the README's test command runs it: unit tests, the Japanese writing
// check, type check, build, browser tests (Playwright + axe) and pa11y-ci. Prints how long each
// suite took, so that the 12-minute budget stays visible, and ends with one line counting every
// test.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { LOCAL_PREVIEW_ENV } from '../src/lib/site-address/index.ts';

const reports = '.cache/test-reports';
mkdirSync(reports, { recursive: true });
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: process.env.CI ? '0' : '1' };

/** Each suite: a command, and how to count its passed/failed tests from its JSON report. */
const suites = [
  {
    name: 'unit (vitest)',
    command: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${reports}/vitest.json`],
    count: () => {
      const report = JSON.parse(readFileSync(`${reports}/vitest.json`, 'utf8'));
      return { passed: report.numPassedTests, failed: report.numFailedTests + (report.numTotalTests === 0 ? 1 : 0) };
    },
    failures: () =>
      JSON.parse(readFileSync(`${reports}/vitest.json`, 'utf8')).testResults.flatMap((file) =>
        file.assertionResults.filter((test) => test.status === 'failed').map((test) => `${file.name.replace(`${process.cwd()}/`, '')} › ${test.fullName}`),
      ),
  },
  {
    // The Japanese writing check (textlint) on the MDX pages and the reader text of the YAML
    // data; README "What the tests check". Not required: a wording problem does not stop the
    // build and browser suites, but it fails the run.
    name: 'prose (textlint)',
    command: ['npm', 'run', '-s', 'lint:prose'],
  },
  { name: 'type check (astro check)', command: ['npx', 'astro', 'check'] },
  // The browser suites test the site served on this machine: a build for it, never one to
  // publish (src/lib/site-address: SITE_URL on 127.0.0.1 with LOCAL_PREVIEW=1).
  { name: 'build (astro build)', command: ['npx', 'astro', 'build'], env: LOCAL_PREVIEW_ENV, required: true },
  {
    name: 'browser (playwright + axe)',
    command: ['npx', 'playwright', 'test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/playwright.json` },
    count: () => {
      const { stats } = JSON.parse(readFileSync(`${reports}/playwright.json`, 'utf8'));
      return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
    },
    failures: () => {
      const failed = [];
      const walk = (suite, titles) => {
        for (const spec of suite.specs ?? []) {
          if (spec.tests.some((test) => test.status === 'unexpected')) failed.push(`${spec.file}:${spec.line} › ${[...titles, spec.title].join(' › ')}`);
        }
        for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
      };
      for (const suite of JSON.parse(readFileSync(`${reports}/playwright.json`, 'utf8')).suites) walk(suite, []);
      return failed;
    },
  },
  {
    // The published results on /accessibility/ must be those of this run.
    name: 'conformance results (content/accessibility/results.json)',
    command: ['node', 'scripts/conformance.mjs', '--check', `${reports}/playwright.json`],
  },
  {
    name: 'pa11y-ci (WCAG2AAA, HTML_CodeSniffer)',
    command: ['node', 'tests/a11y/run-pa11y.mjs', `${reports}/pa11y.json`],
    count: () => JSON.parse(readFileSync(`${reports}/pa11y.json`, 'utf8')),
  },
];

const results = [];
let stopped = false;
for (const suite of suites) {
  if (stopped) {
    results.push({ name: suite.name, status: 'not run', seconds: 0 });
    continue;
  }
  console.log(`\n=== ${suite.name} ===`);
  const started = performance.now();
  const run = spawnSync(suite.command[0], suite.command.slice(1), { stdio: 'inherit', env: { ...env, ...suite.env } });
  const seconds = (performance.now() - started) / 1000;
  const ok = run.status === 0;
  let counts;
  try {
    counts = suite.count && existsSync(reports) ? suite.count() : undefined;
  } catch {
    counts = undefined;
  }
  let failures = [];
  try {
    failures = !ok && suite.failures && existsSync(reports) ? suite.failures() : [];
  } catch {
    failures = [];
  }
  results.push({ name: suite.name, status: ok ? 'passed' : 'FAILED', seconds, counts, failures });
  if (!ok && suite.required) stopped = true;
}

console.log('\n=== summary ===');
let passed = 0;
let failed = 0;
for (const result of results) {
  const counted = result.counts ? ` (${result.counts.passed} passed, ${result.counts.failed} failed)` : '';
  console.log(`${result.status.padEnd(7)} ${result.seconds.toFixed(1).padStart(6)} s  ${result.name}${counted}`);
  // The failed tests are named again here, at the end, where a log cut to its last lines still shows them.
  for (const failure of result.failures ?? []) console.log(`          failed: ${failure}`);
  if (result.counts) {
    passed += result.counts.passed;
    failed += result.counts.failed;
  } else if (result.status !== 'passed') {
    failed += 1;
  }
}
const total = results.reduce((sum, result) => sum + result.seconds, 0);
console.log(`total time ${total.toFixed(1)} s (budget 720 s on 2 cores; the browser suite 480 s)`);
// npm run bench prints these beside their budgets (scripts/bench/suites.mjs).
writeFileSync(
  `${reports}/suite-times.json`,
  JSON.stringify({ finished: new Date().toISOString(), suites: results.map(({ name, status, seconds }) => ({ name, status, seconds: Math.round(seconds * 10) / 10 })) }, null, 2),
);
const allPassed = results.every((result) => result.status === 'passed');
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(allPassed ? 0 : 1);
