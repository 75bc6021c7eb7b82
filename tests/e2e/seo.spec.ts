/**
 * What search engines need to reach and describe every page (issue 7, part 4): a unique
 * title and description, a canonical address, Open Graph tags, a schema.org BreadcrumbList
 * that matches the visible breadcrumbs (these five in site.spec.ts, which visits every page
 * once for all its checks), robots.txt pointing at the sitemap, and links to the glossary and
 * the procedure finder that a crawler can follow.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test } from './page-per-worker.ts';
import sharp from 'sharp';
import { parse as parseYaml } from 'yaml';
import { SITE_DIR, sitemapPaths } from './checks.ts';
import { cardSvg, layoutCard } from '../../src/lib/share-card/index.ts';

const paths = sitemapPaths();

// Each page's own title and description, canonical address, Open Graph tags and BreadcrumbList: in the one visit to every page of site.spec.ts.

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
  const manifest = (await (await request.get(manifestUrl)).json()) as { theme_color: string; background_color: string; icons: Array<{ src: string; sizes: string; type: string; purpose: string }> };
  expect(manifest).toMatchObject({ lang: 'ja', name: site.siteName, short_name: site.shortName ?? site.siteName, start_url: '/', display: 'minimal-ui' });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);
  const icons = manifest.icons;
  expect(icons.map((icon) => `${icon.sizes} ${icon.purpose}`).sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  for (const icon of [...icons, { src: '/apple-touch-icon.png', sizes: '180x180', type: 'image/png', purpose: 'apple-touch-icon' }]) {
    const { format, width, height } = await sharp(join(SITE_DIR, icon.src)).metadata();
    expect(`${format} ${width}x${height}`, icon.src).toBe(`png ${icon.sizes}`);
    expect(icon.type).toBe('image/png');
  }
});
