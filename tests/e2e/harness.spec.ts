/**
 * Proof that the accessibility harness can fail: every check in tests/e2e/checks.ts runs on a
 * deliberately broken page (tests/fixtures/broken-page.html) and must report the breakage.
 * If a check stopped working, the site suite would pass vacuously; this suite would not.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './page-per-worker.ts';
import {
  axeProblems,
  contentRuleProblems,
  kanjiWithoutReading,
  focusProblems,
  horizontalOverflow,
  longLines,
  smallTargets,
  structureProblems,
  svgTextContrastProblems,
  textSpacingProblems,
  firstScreen,
  firstScreenProblems,
  playControls,
  SCHEME_RULES,
  readingsWidenPage,
  switchScheme,
  pastPlansWordedAsFuture,
  formatsCalledMissing,
} from './checks.ts';

const broken = readFileSync(new URL('../fixtures/broken-page.html', import.meta.url), 'utf8');

test.beforeEach(async ({ page }) => {
  // Served from the site's own origin so that relative links and the favicon resolve.
  await page.route('**/__fixture__/broken/', (route) => route.fulfill({ contentType: 'text/html', body: broken }));
  await page.goto('/__fixture__/broken/');
});

test('axe reports the missing lang, AA and AAA contrast, the unlabelled image, no main', async ({ page }) => {
  const ids = (await axeProblems(page)).map((problem) => problem.split(':')[0]);
  expect(ids).toEqual(
    expect.arrayContaining(['html-has-lang', 'color-contrast', 'color-contrast-enhanced', 'image-alt', 'landmark-one-main']),
  );
});

test('target size check reports the 20px link and the 24px button', async ({ page }) => {
  const problems = await smallTargets(page);
  expect(problems.some((problem) => problem.startsWith('a 「カ」'))).toBe(true);
  expect(problems.some((problem) => problem.startsWith('button 「×」'))).toBe(true);
});

test('line check reports the long justified paragraph and tight line height', async ({ page }) => {
  const problems = await longLines(page);
  expect(problems.some((problem) => /characters per line/.test(problem))).toBe(true);
  expect(problems).toContain('p is justified');
  expect(problems.some((problem) => /line-height 1\.20 < 1\.5/.test(problem))).toBe(true);
});

test('reflow check reports horizontal scrolling at 320px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await horizontalOverflow(page)).toHaveLength(1);
});

test('structure check reports two h1, no main, no breadcrumbs, no lang and no skip link', async ({ page }) => {
  const problems = await structureProblems(page, false);
  expect(problems).toEqual(
    expect.arrayContaining([
      '2 h1 elements',
      'not exactly one main',
      'no breadcrumbs',
      'html lang is not ja',
      'skip link is not the first focusable element',
      'first Tab does not reach the skip link',
    ]),
  );
});

test('focus check reports elements whose focus ring was removed', async ({ page }) => {
  const problems = await focusProblems(page);
  expect(problems.some((problem) => problem.includes('focus ring 0px'))).toBe(true);
});

test('focus walk reports a positive tabindex, focus going backwards, pale text when focused or hovered, and a change of address on focus', async ({ page }) => {
  const problems = await focusProblems(page);
  expect(problems.some((problem) => problem.startsWith('2.4.3: positive tabindex reorders focus: <a href="/privacy/" tabindex="2"'))).toBe(true);
  expect(problems.some((problem) => /^2\.4\.3: a「新しい窓」@\d+ is reached after an element that follows it$/.test(problem))).toBe(true);
  expect(problems.some((problem) => /^1\.4\.6: a「用語集へ」@\d+ focused: contrast 1\.\d+:1$/.test(problem))).toBe(true);
  expect(problems.some((problem) => /^1\.4\.6: a「索引へ」@\d+ focused and hovered: contrast 1\.\d+:1$/.test(problem))).toBe(true);
  expect(problems.some((problem) => problem.startsWith('1.4.6: a「索引へ」') && problem.includes(' focused: '))).toBe(false);
  expect(problems.some((problem) => problem.startsWith('3.2.1: focusing a「フォーカスで移動するリンク」') && problem.endsWith('/__fixture__/moved/)'))).toBe(true);
});

test('diagram text check reports pale SVG text', async ({ page }) => {
  const problems = await svgTextContrastProblems(page);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatch(/うすい字.*contrast 2\.\d+:1/);
});

test('text spacing check reports a fixed-height box that cuts off its text', async ({ page }) => {
  const problems = await textSpacingProblems(page);
  expect(problems.some((problem) => problem.startsWith('p 「この箱は高さが決まっていて') && problem.endsWith('cuts off its text'))).toBe(true);
});

test('content rule check reports missing help, motion, a raster image, ambiguous links and a new window', async ({ page }) => {
  const problems = await contentRuleProblems(page);
  expect(problems).toEqual(
    expect.arrayContaining([
      '3.3.5: input#name has no help text',
      '2.2.2: 1 animation(s) running by themselves',
      '1.4.9: raster image /notice-text.png',
      '2.4.9: link text 「詳しく」 leads to 2 places',
      '3.2.5: link 「新しい窓」 opens a new window',
    ]),
  );
});

test('reading check reports kanji with no ruby and ruby with no kana reading', async ({ page }) => {
  const problems = await kanjiWithoutReading(page);
  // 見出し1 is a heading with no ruby; 漢字 has a <ruby> with an empty <rt>; 読 has a proper one.
  expect(problems).toContain('「見出」 in <h1> 「見出し1」 has no reading');
  expect(problems.some((problem) => problem.startsWith('「漢字」 in <ruby>'))).toBe(true);
  expect(problems.some((problem) => problem.startsWith('「読」 in <ruby>'))).toBe(false);
});

test('first-screen check reports an h1, words and an input pushed below the first screen; play-control count sees both players', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 700 });
  const body = (before: number) => `<!doctype html><html lang="ja"><body><div style="height:${before}px"></div><main><h1>見出し</h1>
    <section class="formats"><p>形式</p></section><div class="summary-box"><ul><li>まとめ</li></ul></div><input id="q">
    <audio controls src="data:,"></audio><button type="button">再生</button><button type="button" hidden>再生</button></main></body></html>`;
  await page.setContent(body(900));
  const limits = { h1: 250, words: 700, inputBottom: 700 };
  expect(firstScreenProblems(await firstScreen(page, '#q'), limits).map((problem) => problem.split(':')[0])).toEqual(['h1', 'words', 'inputBottom']);
  expect(firstScreenProblems(await firstScreen(page, '#missing'), { inputBottom: 700 })).toEqual(['inputBottom: not found']);
  await page.setContent(body(0));
  expect(firstScreenProblems(await firstScreen(page, '#q'), limits)).toEqual([]);
  expect(await playControls(page)).toEqual(['audio[controls]', 'button 「再生」']);
});

test('the axe that runs is the one package.json declares, and a scheme switch re-runs the colour rules on the new colours', async ({ page }) => {
  // The declared range, read from package.json (not from the harness), must hold the injected axe.
  const declared = (JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: { 'axe-core': string } }).devDependencies['axe-core'];
  await axeProblems(page, ['color-contrast']);
  const running = await page.evaluate(() => (window as unknown as { axe: { version: string } }).axe.version);
  expect(`^${running}`).toBe(declared);
  // axe-core's rule text files its two contrast rules under colour; both must be re-run per
  // scheme: the AAA rule leaves out text below the AA ratio (its minThreshold), which only the
  // AA rule reports.
  expect(SCHEME_RULES).toEqual(expect.arrayContaining(['color-contrast', 'color-contrast-enhanced']));

  // A page readable in the light scheme whose dark scheme fails contrast (#555 on #333 fails AA;
  // #aaa on #333, 5.4:1, fails only AAA): only the switch shows it.
  await page.setContent(`<!doctype html><html lang="ja"><head><style>
    p { color: #000; background: #fff; }
    html[data-theme="dark"] p { color: #555; background: #333; }
    html[data-theme="dark"] p.aa { color: #aaa; }
  </style></head><body><main><h1>配色</h1><p>本文の文字</p><p class="aa">AAだけ満たす文字</p></main></body></html>`);
  expect(await axeProblems(page, SCHEME_RULES)).toEqual([]);
  await switchScheme(page, 'dark');
  const ids = (await axeProblems(page, SCHEME_RULES)).map((problem) => problem.split(':')[0]);
  expect(ids).toEqual(expect.arrayContaining(['color-contrast', 'color-contrast-enhanced']));
});

test('reading width check reports a page that readings make wider at 320px, and puts the setting back', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  // A line that cannot wrap, whose readings are wider than its text: shown, they widen the page.
  await page.setContent(`<!doctype html><html lang="ja"><head><style>
    html[data-furigana="off"] rt { display: none; }
    p { white-space: nowrap; font-size: 16px; }
  </style></head><body><main><p><ruby>個人番号<rt>${'こじんばんごう'.repeat(12)}</rt></ruby>の話</p></main></body></html>`);
  expect(await readingsWidenPage(page)).toEqual([expect.stringMatching(/^the page is \d+px wide with ふりがな off and \d+px with them on$/)]);
  expect(await page.evaluate(() => document.documentElement.getAttribute('data-furigana'))).toBeNull();
  // Readings that fit change nothing.
  await page.setContent(`<!doctype html><html lang="ja"><head><style>html[data-furigana="off"] rt { display: none; }</style></head>
    <body><main><p><ruby>番号<rt>ばんごう</rt></ruby>の話</p></main></body></html>`);
  expect(await readingsWidenPage(page)).toEqual([]);
});

test('plan check reports a passed plan worded as ahead, in a <Plan> or in plain text, and passes the past wording', async ({ page }) => {
  // The sentences the issue found on the site (2021 plans in the future tense), checked on 2026-12-05.
  await page.setContent(`<!doctype html><html lang="ja"><body><main>
    <p><span data-plan="2022-06" data-plan-tense="ahead"><time datetime="2022-06">令和4年6月</time>から、療育手帳の情報が加わる予定です。</span></p>
    <ul><li><time datetime="2021-08">令和3年8月</time>から：連携できる時間が、24時間365日に広がります。</li></ul>
    <p><span data-plan="2021-06" data-plan-tense="past"><time datetime="2021-05">令和3年5月</time>の資料では、<time datetime="2021-06">令和3年6月</time>から、区分が加わる予定でした。</span></p>
    <p><span data-plan="2030-01" data-plan-tense="ahead"><time datetime="2030-01">2030年1月</time>から、何かが始まる予定です。</span></p>
  </main></body></html>`);
  const problems = await pastPlansWordedAsFuture(page, '2026-12-05');
  expect(problems).toHaveLength(2);
  expect(problems[0]).toMatch(/^plan 2022-06: /);
  expect(problems[1]).toMatch(/^2021-08: .*広がります/);
});

test('format check reports a format called 準備中, in one sentence or in the list after it', async ({ page }) => {
  // The top page and /outreach/ before issue 18 A.
  await page.setContent(`<!doctype html><html lang="ja"><body><main>
    <p>次のものは、まだ準備中です。今は使えません。</p>
    <ul><li>点字のデータのダウンロード</li><li>音声で聞ける版</li><li>手話の動画</li></ul>
    <p>点字のデータのダウンロードや、音声で聞ける版も、まだ準備中です。</p>
    <p>このページの手話の動画は、まだありません。</p>
  </main></body></html>`);
  const formats = (await formatsCalledMissing(page)).map((problem) => problem.split(':')[0]);
  expect(formats).toHaveLength(4); // the 手話 sentence names no format the build makes
  expect(formats.filter((format) => format === 'braille')).toHaveLength(2);
  expect(formats.filter((format) => format === 'audio')).toHaveLength(2);
});
