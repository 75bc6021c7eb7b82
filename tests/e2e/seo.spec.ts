/**
 * What search engines need to reach and describe every page (issue 7, part 4): a unique
 * title and description, a canonical address, Open Graph tags, a schema.org BreadcrumbList
 * that matches the visible breadcrumbs, robots.txt pointing at the sitemap, and links to the
 * glossary and the procedure finder that a crawler can follow.
 */
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './checks.ts';

// Most tests here visit every page of the sitemap (68) in one test: about 30–50 s on a busy
// 2-core machine, near the 60 s default. Three minutes each, so that load alone never fails them.
test.describe.configure({ timeout: 180_000 });

const paths = sitemapPaths();

interface Head {
  path: string;
  title: string;
  description: string;
  canonical: string | null;
  og: Record<string, string>;
}

test('every page has its own title and description, a canonical address and Open Graph tags', async ({ page }) => {
  const heads: Head[] = [];
  for (const path of paths) {
    await page.goto(path);
    heads.push(
      await page.evaluate((path) => {
        const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content') ?? '';
        const og: Record<string, string> = {};
        for (const tag of document.querySelectorAll('meta[property^="og:"]')) og[tag.getAttribute('property')!] = tag.getAttribute('content') ?? '';
        return {
          path,
          title: document.title,
          description: meta('meta[name="description"]'),
          canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
          og,
        };
      }, path),
    );
  }
  const repeated = (key: 'title' | 'description') => {
    const seen = new Map<string, string[]>();
    for (const head of heads) seen.set(head[key], [...(seen.get(head[key]) ?? []), head.path]);
    return [...seen].filter(([, where]) => where.length > 1).map(([value, where]) => `${value}: ${where.join(', ')}`);
  };
  expect(repeated('title'), 'titles used by more than one page').toEqual([]);
  expect(repeated('description'), 'descriptions used by more than one page').toEqual([]);

  const site = new URL(heads.find((head) => head.path === '/')!.canonical!).origin;
  for (const head of heads) {
    expect(head.description.length, `${head.path} description`).toBeGreaterThan(20);
    expect(head.canonical, `${head.path} canonical`).toBe(`${site}${head.path}`);
    expect(head.og['og:url'], `${head.path} og:url`).toBe(head.canonical);
    expect(head.og['og:description'], `${head.path} og:description`).toBe(head.description);
    expect(head.title.startsWith(head.og['og:title']!), `${head.path} og:title is the page title`).toBe(true);
    expect(head.og['og:site_name']).toBe('みんなのマイナンバーガイド');
    expect(head.og['og:locale']).toBe('ja_JP');
    expect(head.og['og:type']).toBe(head.path === '/' ? 'website' : 'article');
  }
});

test('the BreadcrumbList of every page below the top matches its visible breadcrumbs', async ({ page }) => {
  for (const path of paths.filter((path) => path !== '/')) {
    await page.goto(path);
    const { crumbs, jsonLd, canonical } = await page.evaluate(() => ({
      crumbs: [...document.querySelectorAll('nav[aria-label="現在位置"] li')].map((item) => ({
        label: (item as HTMLElement).innerText.trim(),
        href: item.querySelector('a')?.getAttribute('href') ?? null,
      })),
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent ?? 'null')),
      canonical: document.querySelector('link[rel="canonical"]')!.getAttribute('href')!,
    }));
    const lists = jsonLd.filter((data) => data?.['@type'] === 'BreadcrumbList');
    expect(lists, `${path}: one BreadcrumbList`).toHaveLength(1);
    const items = lists[0].itemListElement as Array<{ '@type': string; position: number; name: string; item: string }>;
    expect(lists[0]['@context']).toBe('https://schema.org');
    expect(items.map((item) => item.position), path).toEqual(crumbs.map((_, index) => index + 1));
    expect(items.map((item) => item.name), path).toEqual(crumbs.map((crumb) => crumb.label));
    const origin = new URL(canonical).origin;
    expect(items.map((item) => item.item), path).toEqual(crumbs.map((crumb) => (crumb.href ? `${origin}${crumb.href}` : canonical)));
    for (const item of items) expect(item['@type']).toBe('ListItem');
  }
});

test('robots.txt allows the pages, keeps crawlers out of the search index, and names the sitemap', async ({ request, baseURL }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/plain');
  const lines = (await response.text()).split('\n');
  expect(lines).toContain('User-agent: *');
  expect(lines).toContain('Allow: /');
  expect(lines).toContain('Disallow: /pagefind/');
  const sitemap = lines.find((line) => line.startsWith('Sitemap: '))!;
  expect(sitemap).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap-index\.xml$/);
  const sitemapResponse = await request.get(new URL(new URL(sitemap.slice('Sitemap: '.length)).pathname, baseURL).toString());
  expect(sitemapResponse.status()).toBe(200);
});

test('crawlers reach the glossary, the procedure finder and the search page from the top page', async ({ page }) => {
  expect(paths).toEqual(expect.arrayContaining(['/glossary/', '/linkage/documents/', '/search/']));
  await page.goto('/');
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(hrefs).toEqual(expect.arrayContaining(['/glossary/', '/linkage/documents/']));
  await expect(page.locator('form[action="/search/"][method="get"]')).toHaveCount(1);
});
