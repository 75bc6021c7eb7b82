/**
 * Proof that the site-level checks of site.spec.ts can fail: fixture pages served from the
 * site's origin, one pair with header navigation in another order and an index that misses a page.
 */
import { expect, test } from './page-per-worker.ts';
import { navigationDifferences, pagesMissingFromIndex } from './checks.ts';

const page = (nav: string, main = '') =>
  `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>試験</title></head><body><header><nav>${nav}</nav></header><main><h1>試験</h1>${main}</main></body></html>`;
const FIXTURES: Record<string, string> = {
  '/__fixture__/nav-a/': page('<a href="/">ホーム</a><a href="/glossary/">用語集</a>'),
  '/__fixture__/nav-b/': page('<a href="/glossary/">用語集</a><a href="/">ホーム</a>'),
  '/__fixture__/nav-none/': page(''),
  '/__fixture__/index/': page('<a href="/">ホーム</a>', '<ul><li><a href="/__fixture__/nav-a/">A</a></li></ul>'),
};

test.beforeEach(async ({ page: browserPage }) => {
  await browserPage.route('**/__fixture__/**', (route) => {
    const body = FIXTURES[new URL(route.request().url()).pathname];
    return body ? route.fulfill({ contentType: 'text/html', body }) : route.fulfill({ status: 404, body: '' });
  });
});

test('navigation check reports a page whose header links come in another order, and a page without them', async ({ page: browserPage }) => {
  expect(await navigationDifferences(browserPage, ['/__fixture__/nav-a/', '/__fixture__/nav-a/'])).toEqual([]);
  const problems = await navigationDifferences(browserPage, ['/__fixture__/nav-a/', '/__fixture__/nav-b/', '/__fixture__/nav-none/']);
  expect(problems).toHaveLength(2);
  expect(problems[0]).toMatch(/^\/__fixture__\/nav-b\/: header navigation differs from \/__fixture__\/nav-a\//);
  expect(problems[1]).toBe('/__fixture__/nav-none/: no header navigation');
});

test('index check reports a page the site index does not link to', async ({ page: browserPage }) => {
  expect(await pagesMissingFromIndex(browserPage, '/__fixture__/index/', ['/__fixture__/nav-a/', '/__fixture__/nav-b/'])).toEqual(['/__fixture__/nav-b/']);
});
