#!/usr/bin/env node
// The whole test suite, as the README's test command runs it: unit tests, the Japanese writing
// check, build, browser tests (Playwright + axe), pa11y-ci, type check and lint. Prints how long
// each suite took, so that the 12-minute budget stays visible, and ends with one line counting
// every test.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { LOCAL_PREVIEW_ENV } from '../src/lib/site-address/index.ts';
import { reportSpecs, specFailed } from '../src/lib/test-report/index.ts';

const reports = '.cache/test-reports';
mkdirSync(reports, { recursive: true });
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: process.env.CI ? '0' : '1' };

/**
 * Each suite: a command, and how to count its passed/failed tests from its JSON report. Suites
 * next to each other with the same `group` run at the same time, where neither leaves the 2
 * cores full alone: the build keeps about 1.4 cores busy, the writing check and the type check
 * about one each, pa11y-ci about 1.6, the lint about 1.5 (28 CPU-seconds in 19 s alone), and the
 * unit suite's slowest files wait for the builds they start. The three after the browser suite
 * ask for more than 2 cores together, but pa11y-ci runs far longer than the other two: the lint
 * costs its CPU-seconds there rather than a step of its own. Never together: the build and the
 * type check (both write Astro's generated types in .astro/), and anything with the browser
 * suite, whose tests would race a busier machine. Only the first suite of a group prints as it
 * goes; the others print their output when they end.
 */
const suites = [
  {
    name: 'unit (vitest)',
    group: 'before the browser suite',
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
    // data; docs/testing.md, "Prose (textlint)". Not required: a wording problem does not stop the
    // build and browser suites, but it fails the run.
    name: 'prose (textlint)',
    group: 'before the browser suite',
    command: ['npm', 'run', '-s', 'lint:prose'],
  },
  // The browser suites test the site served on this machine: a build for it, never one to
  // publish (src/lib/site-address: SITE_URL on 127.0.0.1 with LOCAL_PREVIEW=1). The unit suite
  // reads none of what it writes: its builds run on copies with their own caches.
  { name: 'build (astro build)', group: 'before the browser suite', command: ['npx', 'astro', 'build'], env: LOCAL_PREVIEW_ENV, required: true },
  {
    name: 'browser (playwright + axe)',
    command: ['npx', 'playwright', 'test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/playwright.json` },
    count: () => {
      const { stats } = JSON.parse(readFileSync(`${reports}/playwright.json`, 'utf8'));
      return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
    },
    // Named by file and line, then describe blocks and title (the file's own suite is left out).
    failures: () =>
      [...reportSpecs(JSON.parse(readFileSync(`${reports}/playwright.json`, 'utf8')))]
        .filter(({ spec }) => specFailed(spec))
        .map(({ spec, suites }) => `${spec.file}:${spec.line} › ${[...suites.slice(1), spec.title].join(' › ')}`),
  },
  {
    // The published results on /accessibility/ must be those of this run.
    name: 'conformance results (content/accessibility/results.json)',
    command: ['node', 'scripts/conformance.mjs', '--check', `${reports}/playwright.json`],
  },
  {
    name: 'pa11y-ci (WCAG2AAA, HTML_CodeSniffer)',
    group: 'after the browser suite',
    command: ['node', 'tests/a11y/run-pa11y.mjs', `${reports}/pa11y.json`],
    count: () => JSON.parse(readFileSync(`${reports}/pa11y.json`, 'utf8')),
  },
  { name: 'type check (astro check)', group: 'after the browser suite', command: ['npx', 'astro', 'check'] },
  {
    // ESLint, type-aware (eslint.config.js; docs/testing.md, "Lint (ESLint)"). It reads the types
    // of astro:content from .astro/, which the build wrote, and writes nothing there itself; the
    // type check beside it rewrites those files with the same content.
    name: 'lint (eslint)',
    group: 'after the browser suite',
    command: ['npm', 'run', '-s', 'lint'],
  },
];

/** Runs one suite; `live` prints its output as it comes, otherwise it is kept for the caller. */
function runSuite(suite, live) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(suite.command[0], suite.command.slice(1), { stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'], env: { ...env, ...suite.env } });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => output.push(Buffer.from(`${suite.command[0]}: ${error.message}\n`)));
    child.on('close', (status) => resolve({ ok: status === 0, seconds: (performance.now() - started) / 1000, output: Buffer.concat(output) }));
  });
}

function resultOf(suite, run) {
  let counts;
  try {
    counts = suite.count && existsSync(reports) ? suite.count() : undefined;
  } catch {
    counts = undefined;
  }
  let failures;
  try {
    failures = !run.ok && suite.failures && existsSync(reports) ? suite.failures() : [];
  } catch {
    failures = [];
  }
  return { name: suite.name, status: run.ok ? 'passed' : 'FAILED', seconds: run.seconds, counts, failures };
}

// The suites in order, those of one group together.
const steps = [];
for (const suite of suites) {
  const last = steps.at(-1);
  if (suite.group && last?.[0].group === suite.group) last.push(suite);
  else steps.push([suite]);
}

const runStarted = performance.now();
const results = [];
let stopped = false;
for (const step of steps) {
  if (stopped) {
    for (const suite of step) results.push({ name: suite.name, status: 'not run', seconds: 0 });
    continue;
  }
  console.log(`\n=== ${step.map((suite) => suite.name).join(' + ')} ===`);
  const runs = await Promise.all(step.map((suite, index) => runSuite(suite, index === 0)));
  step.forEach((suite, index) => {
    if (index > 0) {
      console.log(`\n=== ${suite.name} (ran alongside ${step[0].name}) ===`);
      process.stdout.write(runs[index].output);
    }
    results.push(resultOf(suite, runs[index]));
    if (!runs[index].ok && suite.required) stopped = true;
  });
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
// From start to end: suites of one group overlap, so their times do not add up.
const total = (performance.now() - runStarted) / 1000;
console.log(`total time ${total.toFixed(1)} s (budget 720 s on 2 cores; the browser suite 480 s)`);
// npm run bench prints these beside their budgets (scripts/bench/suites.mjs).
writeFileSync(
  `${reports}/suite-times.json`,
  JSON.stringify({ finished: new Date().toISOString(), totalSeconds: Math.round(total * 10) / 10, suites: results.map(({ name, status, seconds }) => ({ name, status, seconds: Math.round(seconds * 10) / 10 })) }, null, 2),
);
const allPassed = results.every((result) => result.status === 'passed');
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(allPassed ? 0 : 1);
