#!/usr/bin/env node
// pa11y-ci over every page in the built sitemap, with HTML_CodeSniffer's WCAG2AAA standard,
// using the system Chromium (Puppeteer never downloads a browser
// here). Serves dist/ on a loopback port for the duration of the run.
// Usage: node tests/a11y/run-pa11y.mjs [summary.json]
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// npm scripts run on Node 24 (the node devDependency), which loads TypeScript modules as they are.
import { CHROMIUM_ARGS, chromiumExecutable } from '../../src/build/chromium.ts';

const siteDir = process.env.SITE_DIR ?? 'dist';
const port = Number(process.env.PA11Y_PORT ?? 4323);
const summaryFile = process.argv[2];
const executablePath = chromiumExecutable();
if (!executablePath) {
  console.error('pa11y: no Chromium found; run scripts/setup.sh first.');
  process.exit(1);
}

const xml = readFileSync(join(siteDir, 'sitemap-0.xml'), 'utf8');
const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => `http://127.0.0.1:${port}${new URL(m[1]).pathname}`);

// Each page is checked by HTML_CodeSniffer with its WCAG2AAA sniffs: the checks publishers
// run in their own CI, and ones axe-core does not make. pa11y's axe runner is not used: the
// browser suite already runs axe-core (the version package.json declares, with the AAA and
// best-practice tags that pa11y's runner drops) on every page in every colour scheme, so the
// runner repeated those runs with an older nested axe and found nothing new.
const entries = urls.map((url) => ({ url, runners: ['htmlcs'] }));

const config = {
  defaults: {
    standard: 'WCAG2AAA',
    timeout: 60000,
    concurrency: 2,
    // Each page in a new tab of the browser's one context, not in a new private context per page
    // (pa11y-ci's default): on the 2-core machine 10 pages took 25 CPU-seconds instead of 38–46.
    // Nothing carries over from one page to the next: a page load stores nothing (the site sets
    // no cookie and writes localStorage only when a reader saves settings), and the test server
    // sends no response a cache may keep.
    useIncognitoBrowserContext: false,
    chromeLaunchConfig: {
      executablePath,
      args: CHROMIUM_ARGS,
    },
  },
  urls: entries,
};
const dir = mkdtempSync(join(tmpdir(), 'pa11y-'));
const configFile = join(dir, 'pa11y-ci.json');
writeFileSync(configFile, JSON.stringify(config, null, 2));

const server = spawn(process.execPath, ['scripts/serve-static.mjs', siteDir, String(port)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 500));
const jsonFile = join(dir, 'results.json');
const run = spawnSync('npx', ['pa11y-ci', '--config', configFile, '--json'], {
  encoding: 'utf8',
  env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
  maxBuffer: 64 * 1024 * 1024,
});
server.kill();

let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(run.stdout, run.stderr);
  console.error('pa11y: could not read pa11y-ci output');
  process.exit(1);
}
writeFileSync(jsonFile, run.stdout);
let failedPages = 0;
for (const [url, issues] of Object.entries(report.results)) {
  const errors = Array.isArray(issues) ? issues.filter((issue) => issue.type === 'error' || issue instanceof Object && !issue.type) : [];
  const path = new URL(url).pathname;
  if (errors.length === 0) {
    console.log(`  ok    ${path}`);
    continue;
  }
  failedPages += 1;
  console.log(`  FAIL  ${path}`);
  for (const issue of errors) console.log(`        ${issue.code ?? ''} ${issue.message} (${issue.selector ?? ''})`);
}
console.log(`pa11y: ${report.passes} of ${report.total} pages without errors`);
if (summaryFile) writeFileSync(summaryFile, JSON.stringify({ passed: report.total - failedPages, failed: failedPages }));
process.exit(failedPages === 0 && run.status === 0 ? 0 : 1);
