/**
 * What search engines need to reach and describe every page (issue 7, part 4): a unique
 * title and description, a canonical address, Open Graph tags, a schema.org BreadcrumbList
 * that matches the visible breadcrumbs, robots.txt pointing at the sitemap, and links to the
 * glossary and the procedure finder that a crawler can follow.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { parse as parseYaml } from 'yaml';
import { SITE_DIR, sitemapPaths } from './checks.ts';
import { cardSvg, layoutCard } from '../../src/lib/share-card/index.ts';

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

/** Every built page, as its path in dist/ (a.html, b/index.html). */
function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(folder, entry.name));
      else if (entry.name.endsWith('.html')) pages.push(relative(SITE_DIR, join(folder, entry.name)).split(sep).join('/'));
    }
  };
  walk(SITE_DIR);
  return pages.sort();
}

/** The <meta> tags of a built page, by property or name. */
function metaOf(html: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/g)) {
    const key = /\b(?:property|name)="([^"]+)"/.exec(tag)?.[1];
    const content = /\bcontent="([^"]*)"/.exec(tag)?.[1];
    if (key && content !== undefined) tags.set(key, content.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
  }
  return tags;
}

test('every page that can be shared names its own share card: a 1200×630 PNG in the build, on the site address', async () => {
  const siteName = (parseYaml(readFileSync('content/site.yaml', 'utf8')) as Array<{ id: string; siteName: string }>).find((entry) => entry.id === 'site')!.siteName;
  const problems: string[] = [];
  const cards = new Map<string, string>();
  const pages = builtPages();
  let shared = 0;
  for (const file of pages) {
    const html = readFileSync(join(SITE_DIR, file), 'utf8');
    const meta = metaOf(html);
    if (meta.get('robots') === 'noindex') {
      if (meta.has('og:image')) problems.push(`${file}: a page kept from search engines names a share card`);
      continue;
    }
    shared += 1;
    // The address is built like canonical and og:url: absolute, on the build's SITE_URL.
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? '';
    const image = meta.get('og:image') ?? '';
    if (!/^https?:\/\//.test(image) || new URL(image).origin !== new URL(canonical).origin) {
      problems.push(`${file}: og:image "${image}" is not an absolute address on ${canonical}`);
      continue;
    }
    const path = new URL(image).pathname;
    if (cards.has(path)) problems.push(`${file}: shares its card ${path} with ${cards.get(path)}`);
    cards.set(path, file);
    const png = join(SITE_DIR, decodeURIComponent(path));
    if (!existsSync(png)) {
      problems.push(`${file}: og:image ${path} is not in the build`);
      continue;
    }
    const { format, width, height } = await sharp(png).metadata();
    if (`${format} ${width}×${height}` !== 'png 1200×630') problems.push(`${file}: ${path} is ${format} ${width}×${height}`);
    const title = meta.get('og:title') ?? '';
    const wanted = { 'og:image:type': 'image/png', 'og:image:width': '1200', 'og:image:height': '630', 'og:image:alt': title, 'twitter:card': 'summary_large_image', 'og:site_name': siteName };
    for (const [key, value] of Object.entries(wanted)) if (meta.get(key) !== value) problems.push(`${file}: ${key} "${meta.get(key)}", wanted "${value}"`);
    // The card's words: the lines of its title, read back from the SVG it is drawn from.
    const lines = [...cardSvg(layoutCard(title, siteName)).matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map(([, line]) => line!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
    if (lines.join('') !== title) problems.push(`${file}: the card's lines ${JSON.stringify(lines)} do not give back 「${title}」`);
  }
  expect(problems).toEqual([]);
  expect(shared, 'pages with a card').toBeGreaterThanOrEqual(sitemapPaths().length);
});

test('every page links the web app manifest and the apple-touch-icon; the manifest names the site and its icons', async ({ page, request }) => {
  for (const path of paths) {
    const html = readFileSync(join(SITE_DIR, path, 'index.html'), 'utf8');
    expect(html, path).toContain('<link rel="manifest" href="/manifest.webmanifest">');
    expect(html, path).toContain('<link rel="apple-touch-icon" href="/apple-touch-icon.png">');
  }
  const site = (parseYaml(readFileSync('content/site.yaml', 'utf8')) as Array<{ id: string; siteName: string; shortName?: string }>).find((entry) => entry.id === 'site')!;
  await page.goto('/');
  const manifestUrl = await page.locator('link[rel="manifest"]').evaluate((link) => (link as HTMLLinkElement).href);
  const manifest = await (await request.get(manifestUrl)).json();
  expect(manifest).toMatchObject({ lang: 'ja', name: site.siteName, short_name: site.shortName ?? site.siteName, start_url: '/', display: 'minimal-ui' });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);
  const icons = manifest.icons as Array<{ src: string; sizes: string; type: string; purpose: string }>;
  expect(icons.map((icon) => `${icon.sizes} ${icon.purpose}`).sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  for (const icon of [...icons, { src: '/apple-touch-icon.png', sizes: '180x180', type: 'image/png', purpose: 'apple-touch-icon' }]) {
    const { format, width, height } = await sharp(join(SITE_DIR, icon.src)).metadata();
    expect(`${format} ${width}x${height}`, icon.src).toBe(`png ${icon.sizes}`);
    expect(icon.type).toBe('image/png');
  }
});
