/**
 * What a screen reader is given, page by page: the accessibility tree of one page of each kind,
 * compared with a reviewed snapshot (Playwright ARIA snapshots, YAML under
 * aria-snapshots.spec.ts-snapshots/). A change in roles, names, headings, landmarks or states
 * fails here until a person reads the new tree and accepts it with
 * `npx playwright test tests/e2e/aria-snapshots.spec.ts --update-snapshots` (after a build).
 *
 * /accessibility/ is left out on purpose: its results table changes with every test run.
 *
 * Reading the snapshots: Playwright computes names itself and writes a space where a hidden
 * reading (<rt>, <rp>) sits inside a word, 「表示 設定」; Chromium's own tree, which screen readers
 * get, says 「表示設定」 (tests/e2e/words.ts).
 */
import { expect, test } from './page-per-worker.ts';

const PAGES: Record<string, string> = {
  top: '/',
  'guide-page': '/card/security/',
  'guide-page-with-diagram-and-table': '/linkage/',
  glossary: '/glossary/',
  'procedure-finder': '/linkage/documents/',
  'municipality-finder': '/disability-id/municipalities/',
  'prefecture-page': '/disability-id/municipalities/tottori/',
  search: '/search/',
  settings: '/settings/',
  'site-index': '/site-index/',
  privacy: '/privacy/',
  downloads: '/downloads/',
  'not-found': '/404.html',
};

for (const [kind, path] of Object.entries(PAGES)) {
  test(`accessibility tree of ${kind} (${path})`, { tag: ['@sc-4.1.2', '@sc-1.3.1'] }, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('body')).toMatchAriaSnapshot({ name: `${kind}.aria.yml` });
  });
}
