/** Site-wide promises: privacy, outbound links, navigation. */
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './checks.ts';

const paths = sitemapPaths();

test('no page requests another host or sets a cookie', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(`${request.url()}`);
  });
  for (const path of paths) await page.goto(path);
  expect(foreign).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});

test('every link to another site says so and names where it goes', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const unlabelled: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    const links = await page.locator('a[href^="http"]').evaluateAll((anchors) =>
      anchors.map((anchor) => ({ href: (anchor as HTMLAnchorElement).href, text: anchor.textContent ?? '' })),
    );
    for (const link of links) {
      if (new URL(link.href).origin === origin) continue;
      if (!link.text.includes('外部サイト')) unlabelled.push(`${path}: ${link.text} → ${link.href}`);
    }
  }
  expect(unlabelled).toEqual([]);
});

test('every internal link leads to a page that exists', async ({ page, request, baseURL }) => {
  const targets = new Set<string>();
  for (const path of paths) {
    await page.goto(path);
    const hrefs = await page.locator('a[href^="/"]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
    for (const href of hrefs) targets.add(href.split('#')[0]!.split('?')[0]!);
  }
  const broken: string[] = [];
  for (const target of targets) {
    const response = await request.get(new URL(target, baseURL).toString());
    if (response.status() !== 200) broken.push(`${target}: ${response.status()}`);
  }
  expect(broken).toEqual([]);
});

test('the footer gives the official contact pages on every page', async ({ page }) => {
  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator('footer')).toContainText('内閣府 マイナンバー制度のホームページ（外部サイト：内閣府）');
  }
});

test('an unknown address answers 404 with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ページが見つかりません');
  await expect(page.getByRole('link', { name: 'サイトマップ（すべてのページ）' }).first()).toBeVisible();
});
