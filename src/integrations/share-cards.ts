/**
 * Build step (astro:build:done): the share card of every page and the site's PNG icons.
 *
 * Each built page names its card in <meta property="og:image"> (Base.astro); this step reads the
 * page's og:title and og:site_name, lays the card out (src/lib/share-card) and turns its SVG into
 * a 1200×630 PNG with sharp. A card is made again only when its input changes: the PNG is kept
 * in .cache/share-cards/ under a hash of the SVG (template, title, site name, colours), the
 * font file and the sharp version, so a build that changed no title copies every card from there.
 * A title that cannot fit fails the build, naming the file and the field.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sharp from 'sharp';
import {
  CARD_FONT,
  cardSvg,
  ICON_FILES,
  iconSvg,
  layoutCard,
  readSharingTags,
  SHARE_CARD_DIR,
  ShareCardError,
  type CardLayout,
  type IconFile,
} from '../lib/share-card/index.ts';
import { listBuiltFiles } from '../build/built-files.ts';

/** PNG settings: a palette of at most 256 colours suits flat colours and anti-aliased text. */
const PNG_OPTIONS = { palette: true, compressionLevel: 9, effort: 7 } as const;

/** Where the cards are kept between builds (gitignored); CI and fresh clones start cold. */
export const CARD_CACHE_DIR = '.cache/share-cards';
/**
 * Another cache folder, for builds of a copy of the project (the unit tests' real builds), so
 * that they share the project's cards instead of drawing them all again. Safe to share: a card
 * is stored under the hash of all its input and written whole.
 */
export const CARD_CACHE_VARIABLE = 'SHARE_CARD_CACHE_DIR';

/** The card font's file, found the way librsvg finds it (fontconfig); a missing font stops the build. */
export function cardFontFile(): string {
  let found: string;
  try {
    found = execFileSync('fc-match', ['-f', '%{family}\t%{file}', CARD_FONT.fontconfigPattern], { encoding: 'utf8' });
  } catch (error) {
    throw new Error('share cards: fc-match (fontconfig) is not available to find the card font; run bash scripts/setup.sh', { cause: error });
  }
  const [family = '', file = ''] = found.split('\t');
  if (!family.split(',').includes(CARD_FONT.family) || !existsSync(file)) {
    throw new Error(
      `share cards: the font ${CARD_FONT.family} Bold is not installed (fontconfig offers "${family}" instead, whose widths the line breaking does not know): run bash scripts/setup.sh, which installs fonts-morisawa-bizud-gothic`,
    );
  }
  return file;
}

const sha256 = (...parts: Array<string | Buffer>) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

/** The card's PNG, made from its SVG. */
export function renderCardPng(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).png(PNG_OPTIONS).toBuffer();
}

/** An icon's PNG: the mark's SVG drawn at the icon's size (density scales the 32-unit drawing sharply). */
export function renderIconPng(icon: IconFile): Promise<Buffer> {
  return sharp(Buffer.from(iconSvg(icon.shape)), { density: (72 * icon.size) / 32 })
    .resize(icon.size, icon.size)
    .png(PNG_OPTIONS)
    .toBuffer();
}

/** The content file that holds a page's title, for error messages; pages with their own route name it. */
function titleSourceOf(route: string, root: string): string {
  const base = route.replace(/^\/|\/$/g, '') || 'index';
  for (const candidate of [`content/pages/${base}.mdx`, `content/pages/${base}/index.mdx`]) {
    if (existsSync(join(root, candidate))) return candidate;
  }
  return `the page ${route} (its title is set in src/pages/)`;
}

interface PlannedCard {
  file: string;
  layout: CardLayout;
  svg: string;
}

export interface ShareCardsResult {
  cards: number;
  rendered: number;
  fromCache: number;
  icons: number;
  cardMilliseconds: number;
}

/** Runs `work` on every item, at most `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Writes every page's card and the icons into the build in `siteDir`; `root` is the project. */
export async function writeShareCards(siteDir: string, { root, cacheDir = join(root, CARD_CACHE_DIR) }: { root: string; cacheDir?: string }): Promise<ShareCardsResult> {
  const planned = new Map<string, PlannedCard>();
  const problems: string[] = [];
  for (const page of listBuiltFiles(siteDir).filter((file) => file.endsWith('.html'))) {
    const tags = readSharingTags(readFileSync(join(siteDir, page), 'utf8'));
    const image = tags.get('og:image');
    if (image === undefined) continue; // a page kept from search engines and sharing (noindex)
    const route = `/${page.replace(/index\.html$/, '')}`;
    // og:image must be absolute (Open Graph); a relative one fails URL.canParse and is reported below.
    const path = URL.canParse(image) ? new URL(image).pathname : '';
    if (!path.startsWith(`/${SHARE_CARD_DIR}/`) || !path.endsWith('.png')) {
      problems.push(`${page}: og:image ${image} is not the absolute address of a share card (https://…/${SHARE_CARD_DIR}/….png)`);
      continue;
    }
    const siteName = tags.get('og:site_name') ?? '';
    try {
      const layout = layoutCard(tags.get('og:title') ?? '', siteName);
      const svg = cardSvg(layout);
      const earlier = planned.get(path);
      if (earlier && earlier.svg !== svg) problems.push(`${page}: its card ${path} is also the card of a page titled 「${earlier.layout.title}」`);
      planned.set(path, { file: join(siteDir, decodeURIComponent(path)), layout, svg });
    } catch (error) {
      if (!(error instanceof ShareCardError)) throw error;
      const source = error.field === 'siteName' ? 'content/site.yaml' : titleSourceOf(route, root);
      problems.push(`${source}: ${error.field}: ${error.message}`);
    }
  }
  if (problems.length > 0) throw new Error(`share cards: ${problems.length} card(s) cannot be made:\n${[...new Set(problems)].map((problem) => `  ${problem}`).join('\n')}`);

  const started = performance.now();
  const fontHash = sha256(readFileSync(cardFontFile()));
  mkdirSync(cacheDir, { recursive: true });
  let rendered = 0;
  await eachLimited([...planned.values()], 2, async (card) => {
    const cached = join(cacheDir, `${sha256(card.svg, fontHash, sharp.versions.sharp ?? '', sharp.versions.rsvg ?? '', JSON.stringify(PNG_OPTIONS))}.png`);
    if (!existsSync(cached)) {
      const temporary = `${cached}.${process.pid}.tmp`;
      writeFileSync(temporary, await renderCardPng(card.svg));
      renameSync(temporary, cached); // whole or not at all, should two builds share the cache
      rendered += 1;
    }
    mkdirSync(dirname(card.file), { recursive: true });
    copyFileSync(cached, card.file);
  });
  const cardMilliseconds = performance.now() - started;

  for (const icon of ICON_FILES) {
    const file = join(siteDir, icon.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, await renderIconPng(icon));
  }
  return { cards: planned.size, rendered, fromCache: planned.size - rendered, icons: ICON_FILES.length, cardMilliseconds };
}

export function shareCards(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'share-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const result = await writeShareCards(fileURLToPath(dir), { root, cacheDir: process.env[CARD_CACHE_VARIABLE] || join(root, CARD_CACHE_DIR) });
        logger.info(
          `${result.cards} share card(s) (${result.rendered} made, ${result.fromCache} from ${CARD_CACHE_DIR}/) in ${Math.round(result.cardMilliseconds)} ms; ${result.icons} icons`,
        );
      },
    },
  };
}
