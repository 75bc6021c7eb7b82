/**
 * Site search (issue 7): the query set against the built index, the search page with the
 * keyboard, its live region, the query in the address, bad input, and the page without
 * JavaScript. Expected pages come from src/lib/search/query-set.tsv, where each was chosen by
 * reading the content (the label names the passage), not from what the engine returned;
 * expected texts come from the content files.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';
import { expect, ownPage, test } from './page-per-worker.ts';
import { axeProblems, focusProblems, horizontalOverflow, longLines, SCHEME_RULES, sitemapPaths, smallTargets, switchScheme, THEMES, useStoredSettings } from './checks.ts';
import { words, shown } from './words.ts';
import { BEL, FRAUD, invisibleShown, LONE_SURROGATE, pasteInto, RLO } from './echo.ts';

const QUERY_SET = readFileSync('src/lib/search/query-set.tsv', 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => {
    const [label, query, expected] = line.split('\t') as [string, string, string];
    return { label, query, expected };
  });

const searchUrl = (query: string) => `/search/?q=${encodeURIComponent(query)}`;
const status = (page: Page) => page.locator('[data-search-status]');
const resultLinks = (page: Page) => page.locator('[data-search-list] .search-result h3 a');

/** Waits until the page has said how many pages matched (or that none did). */
async function waitForAnswer(page: Page): Promise<void> {
  await expect(status(page)).toHaveText(/件見つかりました。$|見つかりませんでした。$/, { timeout: 15_000 });
}

/** The description of a guide page, from its front matter. */
function descriptionOf(file: string): string {
  const source = readFileSync(`content/pages/${file}`, 'utf8');
  const front = source.split('\n---')[0]!.replace(/^---\n/, '');
  return (parse(front) as { description: string }).description;
}

// All queries in one page, typed into the search box, whose results follow the typing: a page
// load per query spent most of its time loading the engine again (73 tests, about 5 s each on
// 2 cores). One input event per query (fill), one answer awaited by its event; every miss is
// listed.
test(`the query set: each of the ${QUERY_SET.length} queries finds its page among the first 3`, async ({ page }) => {
  test.setTimeout(QUERY_SET.length * 3000 + 30_000);
  await page.goto('/search/');
  const box = page.locator('#search-q');
  const misses: string[] = [];
  for (const { label, query, expected } of QUERY_SET) {
    const shown = page.evaluate(
      () => new Promise<string>((resolve) => document.querySelector('site-search')!.addEventListener('site-search:shown', (event) => resolve((event as CustomEvent<{ query: string }>).detail.query), { once: true })),
    );
    await box.fill(query);
    await shown;
    const top = (await resultLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')))).slice(0, 3);
    if (!top.includes(expected)) misses.push(`${query} → ${expected} (${label}): the first 3 were ${top.join(', ') || 'none'}`);
  }
  expect(misses).toEqual([]);
});

test.describe('the search page with JavaScript', () => {
  test('the header form of any page sends its query to /search/, which shows the results', async ({ page }) => {
    await page.goto('/card/');
    const box = page.getByRole('searchbox', { name: words('サイト内検索') });
    await expect(box).toHaveAccessibleDescription(words('漢字でも、ひらがなやカタカナでも探せます。'));
    await box.fill('副本');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=%E5%89%AF%E6%9C%AC$/);
    await waitForAnswer(page);
    await expect(page.getByRole('searchbox', { name: words('探したいことば') })).toHaveValue('副本');
    // linkage.mdx: 「この写しを「副本」といいます」.
    await expect(resultLinks(page).first()).toHaveAttribute('href', '/linkage/');
  });

  test('a result shows the page title as a link in a heading, where the page is, and the match marked', async ({ page }) => {
    await page.goto(searchUrl('暗証番号'));
    await waitForAnswer(page);
    const first = page.locator('[data-search-list] .search-result').filter({ has: page.locator('a[href="/card/security/"]') });
    await expect(first.getByRole('heading', { level: 3 })).toHaveText('マイナンバーカードの安全対策', shown);
    await expect(first.locator('.search-result__trail')).toHaveText('場所：ホーム › マイナンバーカード', shown);
    // Pagefind marks the words it matched: each marked piece is part of what was typed.
    const marks = await first.locator('.search-result__excerpt mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect('暗証番号').toContain(mark);
  });

  test('a page found through its reading shows its description instead of an excerpt', async ({ page }) => {
    // かぜいしょうめいしょ is written only in kanji (課税証明書) on the documents page.
    await page.goto(searchUrl('かぜいしょうめいしょ'));
    await waitForAnswer(page);
    const result = page.locator('[data-search-list] .search-result').filter({ has: page.locator('a[href="/linkage/documents/"]') });
    await expect(result.locator('.search-result__excerpt')).toHaveText(descriptionOf('linkage/documents.mdx'), shown);
  });

  test('typing shows results at once; the count is said in a polite live region once typing pauses', async ({ page }) => {
    await page.goto('/search/');
    const live = status(page);
    await expect(live).toHaveAttribute('role', 'status');
    const box = page.getByRole('searchbox', { name: words('探したいことば') });
    await box.focus();
    await page.keyboard.type('マイナポータル', { delay: 30 });
    await expect(resultLinks(page).first()).toBeVisible();
    // Said after the pause, not with every keystroke: the message only ever names the whole word.
    await expect(live).toHaveText(/^「マイナポータル」に合うページが、\d+件見つかりました。$/, shown);
    const count = Number((await live.innerText()).match(/(\d+)件/)![1]);
    expect(count).toBeGreaterThanOrEqual(await resultLinks(page).count());
  });

  test('the query stays in the address and comes back on reload', async ({ page }) => {
    await page.goto('/search/');
    await page.getByRole('searchbox', { name: words('探したいことば') }).fill('点字');
    await waitForAnswer(page);
    await expect(page).toHaveURL(/\/search\/\?q=%E7%82%B9%E5%AD%97$/);
    await page.reload();
    await waitForAnswer(page);
    await expect(page.getByRole('searchbox', { name: words('探したいことば') })).toHaveValue('点字');
    await expect(resultLinks(page).first()).toHaveAttribute('href', '/outreach/');
    // Emptying the box removes the query from the address and the results from the page.
    await page.getByRole('searchbox', { name: words('探したいことば') }).fill('');
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.locator('[data-search-results]')).toBeHidden();
  });

  test('keyboard: Tab goes from the box to the button and into the results, and back out', async ({ page }) => {
    await page.goto(searchUrl('マイナンバーカード'));
    await waitForAnswer(page);
    await page.getByRole('searchbox', { name: words('探したいことば') }).focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: words('検索') }).last()).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(resultLinks(page).first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).not.toHaveURL(/\/search\//);
    await page.goBack();
    await expect(resultLinks(page).nth(1)).toBeVisible();
    await page.getByRole('searchbox', { name: words('探したいことば') }).focus();
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('searchbox', { name: words('探したいことば') })).not.toBeFocused();
    // No trap: Tab walks through every result and leaves the results region.
    const links = await resultLinks(page).count();
    await resultLinks(page).last().focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-search-list]') === null)).toBe(true);
    expect(links).toBeGreaterThan(1);
  });

  test('no results: says so, and suggests the glossary and the list of every page', { tag: ['@sc-3.3.3'] }, async ({ page }) => {
    await page.goto(searchUrl('龘'));
    await expect(status(page)).toHaveText('「龘」に合うページは、見つかりませんでした。', shown);
    const help = page.locator('[data-search-empty]');
    await expect(help).toBeVisible();
    await expect(help.getByRole('link', { name: words('用語集') })).toHaveAttribute('href', '/glossary/');
    await expect(help).toContainText('すべてのページ', shown);
    await expect(page.getByRole('heading', { level: 2, name: 'すべてのページ' })).toBeVisible();
  });

  test('the engine and the index load only on the search page, on first focus or first query', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/pagefind/')) fetched.push(pathname);
    });
    await page.goto('/card/');
    await page.getByRole('searchbox', { name: words('サイト内検索') }).focus();
    await page.waitForTimeout(300);
    expect(fetched, 'a guide page loads no search engine, even when its search box is focused').toEqual([]);
    expect(await page.locator('script[src*="search"]').count()).toBe(0);

    await page.goto('/search/');
    await page.waitForLoadState('networkidle');
    expect(fetched, 'nothing before the first focus').toEqual([]);
    await page.getByRole('searchbox', { name: words('探したいことば') }).focus();
    await expect.poll(() => fetched.includes('/pagefind/pagefind.js')).toBe(true);
  });
});

test.describe('bad input is shown back as text only', () => {
  const dialogs: string[] = [];
  test.beforeEach(({ page }) => {
    dialogs.length = 0;
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
  });

  for (const attack of ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '</mark><b>x</b>']) {
    test(`markup in ?q= stays text: ${attack}`, async ({ page }) => {
      const before = await page.goto('/search/').then(() => page.locator('script, img, b').count());
      await page.goto(searchUrl(attack));
      await waitForAnswer(page);
      expect(dialogs).toEqual([]);
      expect(await page.locator('script, img, b').count()).toBe(before);
      await expect(status(page)).toContainText(`「${attack}」`, shown);
      await expect(page.getByRole('searchbox', { name: words('探したいことば') })).toHaveValue(attack);
    });
  }

  test('a 2,000-character query is cut to 100 characters, and the page says so', { tag: ['@sc-3.3.1'] }, async ({ page }) => {
    // Latin letters, so that the address stays within what servers accept (about 8 KB).
    const long = `副本 ${'x'.repeat(1997)}`;
    expect(long).toHaveLength(2000);
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(searchUrl(long));
    await waitForAnswer(page);
    const value = await page.getByRole('searchbox', { name: words('探したいことば') }).inputValue();
    expect(value).toBe(long.slice(0, 100));
    await expect(page.locator('[data-search-truncated]')).toHaveText('ことばが長すぎるため、はじめの100文字（8語まで）で探しました。', shown);
    expect(await horizontalOverflow(page)).toEqual([]);
  });

  test('control and invisible characters are dropped; the words around them are searched', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('\u0000\u202e副本\u0007\u200b')}`);
    await waitForAnswer(page);
    await expect(page.getByRole('searchbox', { name: words('探したいことば') })).toHaveValue('副本');
    await expect(resultLinks(page).first()).toHaveAttribute('href', '/linkage/');
  });

  test('the issue\'s payloads: an override and a bell in the address, a lone surrogate pasted, reach neither the page nor the address', async ({ page }) => {
    await page.goto(searchUrl(`${RLO}${FRAUD}${BEL}`));
    await waitForAnswer(page);
    // A query is the reader's search word, so it is shown back, as text, in 「」, without them.
    await expect(status(page)).toContainText(`「${FRAUD}」に合うページ`, shown);
    expect(await invisibleShown(page)).toEqual([]);
    expect(new URL(page.url()).searchParams.get('q'), 'the address written back').toBe(FRAUD);
    await pasteInto(page, '[data-search-input]', `${RLO}副本${LONE_SURROGATE}`);
    await expect(status(page)).toHaveText(/^「副本」に合うページが、\d+件見つかりました。$/, { ...shown, timeout: 15_000 });
    expect(await invisibleShown(page, { fields: false })).toEqual([]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('副本');
  });

  test('a query of emoji only finds nothing (Pagefind would list every page)', async ({ page }) => {
    await page.goto('/search/?q=%F0%9F%99%82%F0%9F%91%8D');
    await expect(status(page)).toHaveText('「🙂👍」に合うページは、見つかりませんでした。', shown);
    await expect(page.locator('[data-search-results]')).toBeHidden();
    await expect(page.locator('[data-search-empty]')).toBeVisible();
  });

  test('a broken escape in the address is shown as the replacement character', async ({ page }) => {
    await page.goto('/search/?q=%E0%A4%A');
    await waitForAnswer(page);
    await expect(status(page)).toContainText('「\ufffd%A」', shown);
    expect(dialogs).toEqual([]);
  });
});

test.describe('the search page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header form still leads to /search/, which explains and lists every page with its description', async ({ page }) => {
    await page.goto('/portal/');
    await page.getByRole('searchbox', { name: words('サイト内検索') }).fill('副本');
    await page.getByRole('button', { name: words('検索') }).click();
    await expect(page).toHaveURL(/\/search\/\?q=/);
    await expect(page.getByRole('heading', { level: 2, name: words('検索にはJavaScriptが必要です') })).toBeVisible();
    const directory = page.locator('.page-directory');
    // Every guide page, with the description its front matter gives it.
    await expect(directory.getByRole('link', { name: 'マイナンバーカードをなくしたとき' })).toHaveAttribute('href', '/card/lost/');
    await expect(directory).toContainText(descriptionOf('card/lost.mdx'), shown);
    await expect(directory).toContainText(descriptionOf('portal/self-information.mdx'), shown);
  });

  test('every page of the sitemap is at most two links away from the search page', async ({ page }) => {
    await page.goto('/search/');
    const hrefs = async () => new Set(await page.locator('main a[href^="/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!.split('#')[0]!)));
    const first = await hrefs();
    const reached = new Set(first);
    for (const href of first) {
      await page.goto(href);
      for (const next of await hrefs()) reached.add(next);
    }
    const missing = sitemapPaths().filter((path) => path !== '/search/' && !reached.has(path));
    expect(missing).toEqual([]);
  });
});

test.describe('accessibility of the results (the harness checks the empty page)', () => {
  // One page load, as in a11y.spec.ts: every rule in the first scheme, then the rules a scheme
  // can change (SCHEME_RULES) after switching in the same page.
  test('axe with results, in the four colour schemes', ownPage('stores settings before the page loads'), async ({ page }) => {
    const [first, ...others] = THEMES;
    await useStoredSettings(page, { theme: first });
    await page.goto(searchUrl('マイナンバーカード なくした'));
    await waitForAnswer(page);
    const problems = (await axeProblems(page)).map((problem) => `${first}: ${problem}`);
    for (const theme of others) {
      await switchScheme(page, theme);
      problems.push(...(await axeProblems(page, SCHEME_RULES)).map((problem) => `${theme}: ${problem}`));
    }
    expect(problems).toEqual([]);
  });

  test('results at 320px with text at 200%: axe, no horizontal scroll, 44px targets', ownPage('stores settings before the page loads'), async ({ page }) => {
    await useStoredSettings(page, { textSize: 'largest', lineSpacing: 'wider' });
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(searchUrl('かぜいしょうめいしょ'));
    await waitForAnswer(page);
    expect(await horizontalOverflow(page)).toEqual([]);
    expect(await axeProblems(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
  });

  test('results: line length, targets and a visible focus on every result', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(searchUrl('マイナポータル'));
    await waitForAnswer(page);
    expect(await longLines(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    expect(await focusProblems(page)).toEqual([]);
  });
});
