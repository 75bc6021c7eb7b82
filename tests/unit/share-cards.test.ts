/**
 * The share cards and icons as sharp draws them, and the build step that makes them
 * (src/integrations/share-cards.ts). The layout
 * (src/lib/share-card) computes line widths from the font's fixed pitch; here the drawn ink is
 * measured, so a wrong assumption (another font, a glyph wider than its advance) shows as text
 * outside the title box.
 *
 * Measuring: the title is drawn alone on the card's background (cardSvg titleOnly) and the
 * bounding box of every pixel that differs from the background is compared with the box.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { CARD_COLOURS, CARD_SIZE, cardSvg, DISC_SHARE, ICON_FILES, layoutCard, textWidth, TITLE_BOX, TITLE_SIZES } from '../../src/lib/share-card/index.ts';
import { cardFontFile, renderCardPng, renderIconPng, writeShareCards } from '../../src/integrations/share-cards.ts';

const SITE_NAME = 'みんなのマイナンバーガイド';
const background = [0, 2, 4].map((start) => parseInt(CARD_COLOURS.background.slice(1 + start, 3 + start), 16));

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The bounding box of the pixels that are not the background colour, in px. */
async function inkBox(png: Buffer): Promise<Box | undefined> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let box: Box | undefined;
  for (let y = 0; y < info.height; y += 1) {
    for (let x = 0; x < info.width; x += 1) {
      const at = (y * info.width + x) * info.channels;
      const differs = [0, 1, 2].some((channel) => Math.abs(data[at + channel]! - background[channel]!) > 24);
      if (!differs) continue;
      box = box
        ? { left: Math.min(box.left, x), top: Math.min(box.top, y), right: Math.max(box.right, x + 1), bottom: Math.max(box.bottom, y + 1) }
        : { left: x, top: y, right: x + 1, bottom: y + 1 };
    }
  }
  return box;
}

/** The page titles of content/pages, longest (widest) first. */
function siteTitlesByWidth(): string[] {
  const folder = new URL('../../content/pages/', import.meta.url);
  const titles = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => /^title:\s*(.+)$/m.exec(readFileSync(new URL(file, folder), 'utf8'))?.[1]?.trim() ?? '')
    .filter(Boolean);
  return titles.sort((a, b) => textWidth(b) - textWidth(a));
}

// Each case draws with sharp; on two busy cores that can pass the 5 s default.
describe('share cards as drawn', { timeout: 60_000 }, () => {
  test('the card font is the fixed-pitch BIZ UDGothic Bold', () => {
    expect(cardFontFile()).toMatch(/BIZUDGothic-Bold\.ttf$/);
  });

  // The site's longest title; a title filling every line at the smallest size; and a line of
  // capitals, which in a proportional font would come out wider or narrower than its 13 em. The
  // last two end in a glyph that fills its advance, so their ink must also reach the computed
  // line end (a closing bracket's ink stops at half its advance).
  const cases: Array<[string, string, boolean]> = [
    ['the longest title of the site', siteTitlesByWidth()[0]!, false],
    ['four full lines at the smallest size', '国'.repeat(Math.floor(TITLE_BOX.width / TITLE_SIZES.at(-1)!) * 4), true],
    ['a line of Latin capitals', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', true],
  ];
  test.each(cases)('%s: the ink stays inside the title box and ends where the layout says', async (_label, title, fillsItsAdvance) => {
    const layout = layoutCard(title, SITE_NAME);
    const png = await renderCardPng(cardSvg(layout, { titleOnly: true }));
    const box = await inkBox(png);
    expect(box, 'something is drawn').toBeDefined();
    expect(box!.left).toBeGreaterThanOrEqual(TITLE_BOX.left);
    expect(box!.top).toBeGreaterThanOrEqual(TITLE_BOX.top);
    expect(box!.right).toBeLessThanOrEqual(TITLE_BOX.left + TITLE_BOX.width);
    expect(box!.bottom).toBeLessThanOrEqual(TITLE_BOX.top + TITLE_BOX.height);
    // The widest line's ink ends never after its computed advance and, when its last glyph fills
    // its advance, within a quarter em before it (glyphs have a side bearing).
    const widest = Math.max(...layout.titleLines.map((line) => line.x + line.width));
    expect(box!.right).toBeLessThanOrEqual(widest);
    if (fillsItsAdvance) expect(box!.right).toBeGreaterThan(widest - layout.titleSize / 4);
  });

  test('a whole card is a 1200×630 PNG that decodes', async () => {
    const png = await renderCardPng(cardSvg(layoutCard(siteTitlesByWidth()[0]!, SITE_NAME)));
    const metadata = await sharp(png).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['png', CARD_SIZE.width, CARD_SIZE.height]);
  });
});

describe('icons as drawn', { timeout: 60_000 }, () => {
  test.each(ICON_FILES.map((icon) => [icon.path, icon] as const))('%s has its size', async (_path, icon) => {
    const metadata = await sharp(await renderIconPng(icon)).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['png', icon.size, icon.size]);
  });

  test('full-bleed icons are opaque to the corners (iOS would fill transparent corners with black)', async () => {
    for (const icon of ICON_FILES.filter((candidate) => candidate.shape === 'full-bleed')) {
      const { data, info } = await sharp(await renderIconPng(icon)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      const alphaAt = (x: number, y: number) => data[(y * info.width + x) * info.channels + 3];
      expect([alphaAt(0, 0), alphaAt(info.width - 1, 0), alphaAt(0, info.height - 1), alphaAt(info.width - 1, info.height - 1)], icon.path).toEqual([255, 255, 255, 255]);
    }
  });

  test('the maskable icon keeps its mark inside the safe zone (a centred circle of 80% of the side)', async () => {
    const icon = ICON_FILES.find((candidate) => candidate.purpose === 'maskable')!;
    const { data, info } = await sharp(await renderIconPng(icon)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const centre = info.width / 2;
    let farthest = 0;
    for (let y = 0; y < info.height; y += 1) {
      for (let x = 0; x < info.width; x += 1) {
        const at = (y * info.width + x) * info.channels;
        if ([0, 1, 2].some((channel) => Math.abs(data[at + channel]! - background[channel]!) > 24)) {
          farthest = Math.max(farthest, Math.hypot(x + 0.5 - centre, y + 0.5 - centre));
        }
      }
    }
    expect(farthest).toBeGreaterThan(0);
    expect(farthest).toBeLessThanOrEqual(0.4 * info.width);
    expect(farthest).toBeCloseTo(DISC_SHARE * info.width, -1);
  });
});

describe('writeShareCards (the build step)', () => {
  const PROJECT = new URL('../../', import.meta.url).pathname;
  /** A built page as Base.astro writes its sharing tags. */
  const page = (title: string, siteName = SITE_NAME, image = 'http://127.0.0.1:4321/share-cards/card/security.png') =>
    `<!doctype html><html lang="ja"><head><meta property="og:site_name" content="${siteName}"><meta property="og:title" content="${title}"><meta property="og:image" content="${image}"></head><body></body></html>`;

  /** Runs `run` on a scratch build holding `pages`, with its own empty card cache. */
  async function withSite(pages: Record<string, string>, run: (site: string, cache: string) => Promise<void>): Promise<void> {
    const folder = mkdtempSync(join(tmpdir(), 'share-cards-test-'));
    const site = join(folder, 'site');
    for (const [path, html] of Object.entries(pages)) {
      mkdirSync(join(site, path, '..'), { recursive: true });
      writeFileSync(join(site, path), html);
    }
    try {
      await run(site, join(folder, 'cache'));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }

  test('draws each card once, then copies it from the cache; writes the icons', () =>
    withSite({ 'card/security/index.html': page('マイナンバーカードの安全対策'), '404.html': '<meta name="robots" content="noindex">' }, async (site, cache) => {
      const cold = await writeShareCards(site, { root: PROJECT, cacheDir: cache });
      expect([cold.cards, cold.rendered, cold.fromCache]).toEqual([1, 1, 0]);
      expect((await sharp(join(site, 'share-cards/card/security.png')).metadata()).width).toBe(CARD_SIZE.width);
      for (const icon of ICON_FILES) expect(existsSync(join(site, icon.path)), icon.path).toBe(true);
      const warm = await writeShareCards(site, { root: PROJECT, cacheDir: cache });
      expect([warm.cards, warm.rendered, warm.fromCache]).toEqual([1, 0, 1]);
    }), 60_000); // a card and four icons drawn by sharp, on two cores shared with a build

  test('stops on a title that cannot fit, naming the content file and the field', () =>
    withSite({ 'card/security/index.html': page('マイナンバーカードの安全対策について'.repeat(6)) }, async (site, cache) => {
      await expect(writeShareCards(site, { root: PROJECT, cacheDir: cache })).rejects.toThrow(/content\/pages\/card\/security\.mdx: title: .*shorten it/);
    }));

  test('stops on a site name too wide for the card, naming content/site.yaml and siteName', () =>
    withSite({ 'card/security/index.html': page('安全対策', 'とても長いサイトの名前'.repeat(3)) }, async (site, cache) => {
      await expect(writeShareCards(site, { root: PROJECT, cacheDir: cache })).rejects.toThrow(/content\/site\.yaml: siteName: /);
    }));

  test('stops on an og:image that is not a share card, or not an absolute address', () =>
    withSite({ 'index.html': page('トップ', SITE_NAME, 'http://127.0.0.1:4321/photo.jpg'), 'card/index.html': page('カード', SITE_NAME, '/share-cards/card.png') }, async (site, cache) => {
      const stopped = writeShareCards(site, { root: PROJECT, cacheDir: cache });
      await expect(stopped).rejects.toThrow(/index\.html: og:image .*photo\.jpg is not the absolute address of a share card/);
      await expect(stopped).rejects.toThrow(/card\/index\.html: og:image \/share-cards\/card\.png is not the absolute address of a share card/);
    }));
});
