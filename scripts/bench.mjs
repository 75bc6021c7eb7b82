#!/usr/bin/env node
// npm run bench: builds the site and prints, for every page, the gzipped bytes a reader's
// browser loads before the page is usable (HTML, render-blocking CSS, JavaScript at load),
// against the budgets in issue 2. Then runs each feature's own measurements
// (scripts/bench/*.mjs). Exits non-zero when a budget is broken.
// Usage: node scripts/bench.mjs [--no-build]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { LOCAL_PREVIEW_ENV } from '../src/lib/site-address/index.ts';

const dist = process.env.SITE_DIR ?? 'dist';
if (!process.argv.includes('--no-build')) {
  // Measured on a build for this machine (src/lib/site-address), which is never published.
  const build = spawnSync('npx', ['astro', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...LOCAL_PREVIEW_ENV, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const KB = 1024;
const BUDGET = {
  guide: 14 * KB, // HTML + render-blocking CSS: one round trip (issue 2)
  reference: 40 * KB, // long reference pages: glossary, full lists, site index
  js: 5 * KB, // JavaScript loaded at page load, every page
};
/** Long reference pages (issue 2: glossary, accessibility results, downloads, full lists). */
const REFERENCE = [/^\/glossary\/$/, /^\/site-index\/$/, /^\/linkage\/documents\/$/, /^\/disability-id\/municipalities\//, /^\/accessibility\//, /^\/downloads\//, /^\/search\/$/];

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
const pages = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.html')) pages.push(path);
  }
};
walk(dist);

/** A module script and the modules it imports statically, each counted once. */
function moduleClosure(file, seen) {
  if (seen.has(file) || !existsSync(file)) return;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    moduleClosure(join(dirname(file), match[1]), seen);
  }
}

const rows = [];
let foreignRequests = 0;
for (const file of pages.sort()) {
  const html = readFileSync(file);
  const text = html.toString('utf8');
  let route = `/${relative(dist, file).replace(/index\.html$/, '').replace(/\\/g, '/')}`;
  if (route.endsWith('.html')) route = route.replace(/\.html$/, '');
  // A stylesheet for print only (media="print") never holds back the first render on a screen.
  const css = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)]
    .filter((tag) => !/\bmedia="print"/.test(tag[0]))
    .map((tag) => /href="([^"]+)"/.exec(tag[0])?.[1])
    .filter(Boolean);
  const cssBytes = css.reduce((sum, href) => sum + (href.startsWith('/') ? gz(readFileSync(join(dist, href))) : 0), 0);
  const modules = new Set();
  for (const match of text.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) moduleClosure(join(dist, match[1]), modules);
  // Classic script files (the display-settings boot script, blocking in <head>) count too, and
  // one without defer or async holds back the first render like a stylesheet: it counts there.
  let blockingScriptBytes = 0;
  for (const match of text.matchAll(/<script(?![^>]*type="module")([^>]*)\ssrc="(\/[^"]+)"/g)) {
    modules.add(join(dist, match[2]));
    if (!/\b(?:defer|async)\b/.test(match[0])) blockingScriptBytes += gz(readFileSync(join(dist, match[2])));
  }
  // Inline code the browser runs; a data block (JSON, JSON-LD) is not run, and its bytes count
  // with the HTML.
  const inlineScripts = [...text.matchAll(/<script(?![^>]*src=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/\btype="application\/(?:ld\+)?json"/.test(m[1]))
    .map((m) => m[2])
    .join('');
  const jsBytes = [...modules].reduce((sum, path) => sum + gz(readFileSync(path)), 0) + (inlineScripts ? gz(Buffer.from(inlineScripts)) : 0);
  // Elements that make the browser fetch something; <a> and rel=canonical/alternate do not.
  const fetching = [...text.matchAll(/<(?:script|img|iframe|source|video|audio|track)\b[^>]*\bsrc="((?:https?:)?\/\/[^"]+)"/g)].length;
  const linked = [...text.matchAll(/<link\b[^>]*>/g)].filter(
    ([tag]) => /href="(?:https?:)?\/\//.test(tag) && !/rel="(?:canonical|alternate)"/.test(tag),
  ).length;
  const foreign = fetching + linked;
  foreignRequests += foreign;
  const kind = REFERENCE.some((pattern) => pattern.test(route)) ? 'reference' : 'guide';
  const htmlBytes = gz(html);
  rows.push({ route, kind, htmlBytes, cssBytes: cssBytes + blockingScriptBytes, jsBytes, foreign });
}

const kb = (bytes) => (bytes / KB).toFixed(1).padStart(6);
let broken = 0;
console.log('\nPage weight (gzipped KB; blocking = HTML + render-blocking CSS and scripts (CSS column); JS = loaded at page load; inline code counts in both, JSON data blocks in the HTML only)');
console.log(`${'page'.padEnd(46)} ${'kind'.padEnd(9)} ${'HTML'.padStart(6)} ${'CSS'.padStart(6)} ${'block'.padStart(6)} ${'budget'.padStart(6)} ${'JS'.padStart(6)} ${'budget'.padStart(6)}`);
for (const row of rows) {
  const blocking = row.htmlBytes + row.cssBytes;
  const budget = BUDGET[row.kind];
  const over = blocking > budget || row.jsBytes > BUDGET.js || row.foreign > 0;
  if (over) broken += 1;
  console.log(`${row.route.padEnd(46)} ${row.kind.padEnd(9)} ${kb(row.htmlBytes)} ${kb(row.cssBytes)} ${kb(blocking)} ${kb(budget)} ${kb(row.jsBytes)} ${kb(BUDGET.js)}${over ? '  OVER BUDGET' : ''}`);
}
const total = rows.reduce((sum, row) => ({ html: sum.html + row.htmlBytes, js: sum.js + row.jsBytes }), { html: 0, js: 0 });
console.log(`${'total (all pages)'.padEnd(46)} ${''.padEnd(9)} ${kb(total.html)}                              ${kb(total.js)}`);
console.log(`pages: ${rows.length}; over budget: ${broken}; requests to other hosts in the HTML: ${foreignRequests} (budget 0)`);

// Each feature's own figures (reading layer, municipality finder, search, …).
const benchDir = 'scripts/bench';
if (existsSync(benchDir)) {
  for (const name of readdirSync(benchDir).filter((file) => file.endsWith('.mjs')).sort()) {
    console.log(`\n${name.replace(/\.mjs$/, '')}`);
    let results;
    try {
      const { run } = await import(pathToFileURL(join(benchDir, name)).href);
      results = await run({ dist });
    } catch (error) {
      // One feature's measurement that stops counts as a broken budget; the others still print.
      broken += 1;
      console.log(`  could not measure: ${String(error?.message ?? error).split('\n')[0]}  OVER BUDGET`);
      continue;
    }
    for (const result of results) {
      const overBudget = result.budget !== undefined && result.value > result.budget;
      if (overBudget) broken += 1;
      const budget = result.budget !== undefined ? ` (budget ${result.budget} ${result.unit})` : '';
      console.log(`  ${result.label}: ${result.value} ${result.unit}${budget}${overBudget ? '  OVER BUDGET' : ''}`);
    }
  }
}
process.exit(broken === 0 && foreignRequests === 0 ? 0 : 1);
