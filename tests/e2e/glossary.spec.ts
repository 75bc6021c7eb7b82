/**
 * The glossary page (/glossary/, src/components/GlossaryList.astro) and every glossary link on
 * the site: each link the rehype linker makes (/glossary/#term-<id>) must lead to an entry.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './page-per-worker.ts';
import { shown, words } from './words.ts';

interface Term {
  id: string;
  term: string;
  reading: string;
  expansion?: string;
  seeAlso?: string[];
}
const terms = parse(readFileSync('content/data/glossary.yaml', 'utf8')) as Term[];

/** Page paths from the built sitemap, as the server serves them. */
async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const response = await request.get('/sitemap-0.xml');
  expect(response.ok()).toBe(true);
  const xml = await response.text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}

test('every glossary link on every page in the sitemap resolves to an entry on /glossary/', { tag: ['@sc-3.1.3'] }, async ({ page, request }) => {
  await page.goto('/glossary/');
  const ids = new Set(await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id)));
  const paths = await sitemapPaths(request);
  expect(paths).toContain('/glossary/');
  const broken: string[] = [];
  let checked = 0;
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    for (const match of html.matchAll(/href="(\/glossary\/#([^"]*))"/g)) {
      checked += 1;
      if (!ids.has(decodeURIComponent(match[2]!))) broken.push(`${path} → ${match[1]}`);
    }
  }
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(0);
});

test('every entry of glossary.yaml has an anchor with its term, reading and the full form of an abbreviation', { tag: ['@sc-3.1.4'] }, async ({ page }) => {
  await page.goto('/glossary/');
  for (const term of terms) {
    const entry = page.locator(`#term-${term.id}`);
    await expect(entry, term.id).toHaveCount(1);
    await expect(entry.locator('dt dfn')).toHaveText(term.term, shown);
    await expect(entry.locator('dt')).toContainText(`（${term.reading}）`, shown);
    if (term.expansion) await expect(entry.locator('dd')).toContainText(term.expansion, shown);
    for (const id of term.seeAlso ?? []) {
      await expect(entry.locator(`dd a[href="#term-${id}"]`)).toHaveCount(1);
    }
  }
  await expect(page.locator('.glossary__entry')).toHaveCount(terms.length);
});

test('entries are in kana order of their reading', async ({ page }) => {
  await page.goto('/glossary/');
  const shown = await page.locator('.glossary__entry').evaluateAll((elements) => elements.map((element) => element.id.replace(/^term-/, '')));
  const collator = new Intl.Collator('ja');
  const readingOf = new Map(terms.map((term) => [term.id, term.reading]));
  for (let index = 1; index < shown.length; index += 1) {
    const [before, after] = [readingOf.get(shown[index - 1]!)!, readingOf.get(shown[index]!)!];
    expect(collator.compare(before, after), `${before} ≤ ${after}`).toBeLessThanOrEqual(0);
  }
  // Worked by hand: じこじょうほう < じゅうみんひょう < じょうほうれんけい (こ < ゆ < よ).
  const at = (id: string) => shown.indexOf(id);
  expect(at('jiko-joho')).toBeLessThan(at('juminhyo'));
  expect(at('juminhyo')).toBeLessThan(at('joho-renkei'));
});

test('the kana index lists あ…わ and links only to groups that exist', async ({ page }) => {
  await page.goto('/glossary/');
  const index = page.locator('nav.kana-index');
  const letters = (await index.locator('li').allInnerTexts()).map((text) => text.charAt(0));
  expect(letters.slice(0, 10)).toEqual(['あ', 'か', 'さ', 'た', 'な', 'は', 'ま', 'や', 'ら', 'わ']);
  for (const link of await index.locator('a').all()) {
    const target = (await link.getAttribute('href'))!;
    await expect(page.locator(`${target} .glossary__entry`).first()).toBeAttached();
  }
  // 住民票 (じゅうみんひょう) is filed under さ (じ → し).
  await expect(page.locator('#kana-sa #term-juminhyo')).toHaveCount(1);
  // A group without terms is shown but is not a link.
  for (const item of await index.locator('li').all()) {
    const hasLink = (await item.locator('a').count()) > 0;
    const letter = (await item.innerText()).charAt(0);
    const group = page.locator('section.glossary-group').getByRole('heading', { level: 2, name: words(`${letter}行`) });
    expect(await group.count(), letter).toBe(hasLink ? 1 : 0);
  }
});

test('a glossary link from a guide page lands on the entry', async ({ page }) => {
  await page.goto('/linkage/documents/');
  const link = page.locator('main a.term[href="/glossary/#term-juminhyo"]');
  await expect(link).toHaveCount(1);
  await link.click();
  await expect(page).toHaveURL(/\/glossary\/#term-juminhyo$/);
  await expect(page.locator('#term-juminhyo')).toBeInViewport();
});
