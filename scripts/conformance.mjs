#!/usr/bin/env node
// Turns the browser suite's Playwright JSON report into per-criterion results
// (src/lib/conformance) and compares them with the committed content/accessibility/results.json,
// which /accessibility/ renders. Usage:
//   node scripts/conformance.mjs --check [report.json]   fail when the committed file is stale
//   node scripts/conformance.mjs --write [report.json]   update the committed file
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import { collectEvidence, decide, differences, parseCriteria, parseReviews } from '../src/lib/conformance/index.ts';

const RESULTS = 'content/accessibility/results.json';
const mode = process.argv[2];
const reportFile = process.argv[3] ?? '.cache/test-reports/playwright.json';
if (mode !== '--check' && mode !== '--write') {
  console.error('usage: node scripts/conformance.mjs --check|--write [playwright-report.json]');
  process.exit(2);
}
if (!existsSync(reportFile)) {
  console.error(`conformance: ${reportFile} がありません。先に npm test（または npx playwright test --reporter=json）を実行してください。`);
  process.exit(1);
}

// The criteria axe-core's rules test, from axe-core's own rule metadata, limited to the tags
// the suite runs (tests/e2e/checks.ts AXE_TAGS).
const axe = createRequire(import.meta.url)('axe-core');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'wcag2aaa', 'best-practice'];
const axeCriteria = [
  ...new Set(
    axe
      .getRules(AXE_TAGS)
      .flatMap((rule) => rule.tags)
      .map((tag) => /^wcag(\d)(\d)(\d+)$/.exec(tag))
      .filter(Boolean)
      .map((match) => `${match[1]}.${match[2]}.${match[3]}`),
  ),
];

const report = JSON.parse(readFileSync(reportFile, 'utf8'));
const criteria = parseCriteria(readFileSync('content/accessibility/criteria.tsv', 'utf8'));
const reviews = parseReviews(parse(readFileSync('content/accessibility/reviews.yaml', 'utf8')));
const results = decide(criteria, collectEvidence(report, axeCriteria), reviews);
const siteDir = process.env.SITE_DIR ?? 'dist';
const urls = [...readFileSync(`${siteDir}/sitemap-0.xml`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
let commit = 'unknown';
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
} catch {
  // Not a git checkout: the date still says when the run was.
}
const fresh = {
  run: { date: new Date().toISOString().slice(0, 10), commit, axeCore: axe.version, tool: 'Playwright + axe-core + own checks (tests/e2e)' },
  urls,
  criteria: results,
};

if (mode === '--write') {
  writeFileSync(RESULTS, `${JSON.stringify(fresh, null, 2)}\n`);
  console.log(`conformance: ${RESULTS} を更新しました（${results.length} 基準、${urls.length} ページ）`);
  process.exit(0);
}
const committed = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : { urls: [], criteria: [] };
const changes = differences(committed, fresh);
const count = (status) => results.filter((result) => result.status === status).length;
console.log(`conformance: 適合 ${count('適合')}, 非該当 ${count('非該当')}, 不適合 ${count('不適合')}, 未検証 ${count('未検証')} (of ${results.length})`);
if (changes.length > 0) {
  console.error(`conformance: ${RESULTS} is out of date with this run:`);
  for (const change of changes) console.error(`  ${change}`);
  console.error('Update it with: npm run conformance:update (after a full npm test), and commit the file.');
  process.exit(1);
}
console.log(`conformance: ${RESULTS} matches this run`);
