import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { contrastRatio, parseOpaqueColour } from '../../../tests/wcag-contrast.ts';
import {
  CARD_COLOURS,
  CARD_SIZE,
  cardSvg,
  characterWidth,
  iconSvg,
  ICON_FILES,
  layoutCard,
  LineTooNarrowError,
  readSharingTags,
  ShareCardError,
  shareCardPath,
  shareCardUrl,
  TITLE_BOX,
  TITLE_SIZES,
  webManifest,
  wrapJapanese,
  wrapJapaneseBalanced,
} from './index.ts';
import { readVectors } from '../test-vectors/index.ts';

const SITE_NAME = 'みんなのマイナンバーガイド';

interface Vector {
  label: string;
  mode: 'wrap' | 'balanced';
  measure: number;
  title: string;
  expected: string[] | 'ERROR';
}

const empty = (value: string) => (value === '(empty)' ? '' : value);
const vectors: Vector[] = readVectors(new URL('./line-break.tsv', import.meta.url), 5).map((row) => {
  const [label = '', mode = '', measure = '', title = '', expected = ''] = row;
  return { label, mode: mode as Vector['mode'], measure: Number(measure), title: empty(title), expected: expected === 'ERROR' ? 'ERROR' : empty(expected).split('|') };
});

/** The lines of the title, read from the SVG's <text class="title"> as a consumer would. */
function titleLinesOf(svg: string): string[] {
  const title = /<text class="title"[^>]*>([\s\S]*?)<\/text>/.exec(svg)?.[1] ?? '';
  const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return [...title.matchAll(/<tspan[^>]*>([\s\S]*?)<\/tspan>/g)].map(([, text]) => unescape(text!));
}

/** Every page title written in content/pages (front matter `title:`). */
function contentTitles(): string[] {
  const titles: string[] = [];
  for (const file of readdirSync(new URL('../../../content/pages/', import.meta.url), { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.mdx')) continue;
    const text = readFileSync(new URL(`../../../content/pages/${file}`, import.meta.url), 'utf8');
    const title = /^title:\s*(.+)$/m.exec(text)?.[1]?.trim().replace(/^(['"])(.*)\1$/, '$2');
    if (title) titles.push(title);
  }
  return titles;
}

describe('wrapJapanese', () => {
  test.each(vectors.map((vector) => [vector.label, vector] as const))('%s', (_label, vector) => {
    const wrap = vector.mode === 'balanced' ? wrapJapaneseBalanced : wrapJapanese;
    if (vector.expected === 'ERROR') {
      expect(() => wrap(vector.title, vector.measure)).toThrow(LineTooNarrowError);
      return;
    }
    expect(wrap(vector.title, vector.measure).lines).toEqual(vector.expected);
  });

  test('returns lines that join back into the title and fit the measure, for every title of the site', () => {
    for (const title of [...contentTitles(), '表示設定（文字の大きさ・行の間隔・色）', '鹿児島県の地方公共団体とミライロID']) {
      for (const measure of [6, 9.5, 13]) {
        const { lines, width } = wrapJapaneseBalanced(title, measure);
        expect(lines.join(''), title).toBe(title);
        expect(width, `${title} at ${measure} em`).toBeLessThanOrEqual(measure);
      }
    }
  });

  test('counts full-width characters as 1 em and ASCII as ½ em', () => {
    expect(['マ', '（', '、', 'Ａ', 'I', ' ', '1'].map(characterWidth)).toEqual([1, 1, 1, 1, 0.5, 0.5, 0.5]);
  });
});

describe('layoutCard', () => {
  test('uses the largest size for a short title, on one line inside the title box', () => {
    const layout = layoutCard('プライバシーについて', SITE_NAME);
    expect(layout.titleSize).toBe(TITLE_SIZES[0]);
    expect(layout.titleLines.map((line) => line.text)).toEqual(['プライバシーについて']);
    const line = layout.titleLines[0]!;
    expect(line.y - layout.titleSize).toBeGreaterThanOrEqual(TITLE_BOX.top);
    expect(line.y).toBeLessThanOrEqual(TITLE_BOX.top + TITLE_BOX.height);
  });

  test('makes a smaller size rather than break inside a phrase', () => {
    // 18 full-width characters in one phrase: at 80 px (13 em) it must break inside, at 56 px (18.5 em) not.
    const title = 'マイナンバーカードマイナポータル連携';
    const layout = layoutCard(title, SITE_NAME);
    expect(layout.titleLines.map((line) => line.text)).toEqual([title]);
    expect(layout.titleSize).toBe(56);
  });

  test('refuses a title that cannot fit even at the smallest size, naming the field', () => {
    const tooLong = 'マイナンバーカードの安全性について'.repeat(5);
    expect(() => layoutCard(tooLong, SITE_NAME)).toThrow(ShareCardError);
    try {
      layoutCard(tooLong, SITE_NAME);
    } catch (error) {
      expect((error as ShareCardError).field).toBe('title');
      expect((error as Error).message).toContain('shorten it');
    }
    expect(() => layoutCard(' ', SITE_NAME)).toThrow(/empty/);
  });

  test('refuses a site name too wide for the footer, naming the field', () => {
    try {
      layoutCard('マイナンバー', 'とても長いサイトの名前'.repeat(3));
      expect.unreachable();
    } catch (error) {
      expect((error as ShareCardError).field).toBe('siteName');
    }
  });
});

describe('cardSvg', () => {
  test('holds the title as text lines that join back into it, and the site name once', () => {
    const titles = contentTitles();
    expect(titles, 'the top page, whose title is the site name').toContain(SITE_NAME);
    for (const title of titles) {
      const svg = cardSvg(layoutCard(title, SITE_NAME));
      const lines = titleLinesOf(svg);
      expect(lines.join(''), title).toBe(title);
      const nameBesideMark = svg.split(`>${SITE_NAME}</text>`).length - 1;
      expect(nameBesideMark + (lines.join('') === SITE_NAME ? 1 : 0), `${title}: the site name shown once`).toBe(1);
      expect(svg).toContain(`width="${CARD_SIZE.width}" height="${CARD_SIZE.height}"`);
    }
  });

  test('escapes markup in a title', () => {
    const svg = cardSvg(layoutCard('A&B <テスト> "引用"', SITE_NAME));
    expect(titleLinesOf(svg).join('')).toBe('A&B <テスト> "引用"');
    expect(svg).not.toContain('<テスト>');
  });

  test('draws text with at least 7:1 contrast against the card (WCAG 1.4.6)', () => {
    const ratio = contrastRatio(parseOpaqueColour(CARD_COLOURS.text)!, parseOpaqueColour(CARD_COLOURS.background)!);
    expect(ratio).toBeGreaterThanOrEqual(7);
  });
});

describe('icons and manifest', () => {
  test('public/favicon.svg is the mark of iconSvg, so every icon shares one source', () => {
    expect(readFileSync(new URL('../../../public/favicon.svg', import.meta.url), 'utf8').trim()).toBe(iconSvg('rounded'));
  });

  test('lists the icons the issue asks for, with maskable and apple-touch-icon full-bleed', () => {
    expect(ICON_FILES.map((icon) => [icon.path, icon.size, icon.shape, icon.purpose])).toEqual([
      ['apple-touch-icon.png', 180, 'full-bleed', undefined],
      ['icons/icon-192.png', 192, 'rounded', 'any'],
      ['icons/icon-512.png', 512, 'rounded', 'any'],
      ['icons/icon-maskable-512.png', 512, 'full-bleed', 'maskable'],
    ]);
  });

  test('webManifest gives the names, language, colours, start and icons', () => {
    const manifest = webManifest({ siteName: SITE_NAME, shortName: 'マイナンバーガイド' });
    expect(manifest).toMatchObject({ lang: 'ja', name: SITE_NAME, short_name: 'マイナンバーガイド', start_url: '/', display: 'minimal-ui', theme_color: '#00118f', background_color: '#ffffff' });
    expect(manifest.icons).toEqual([
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ]);
  });
});

describe('shareCardPath and shareCardUrl', () => {
  test('give each page its own card under /share-cards/', () => {
    expect(shareCardPath('/')).toBe('/share-cards/index.png');
    expect(shareCardPath('/card/')).toBe('/share-cards/card.png');
    expect(shareCardPath('/card/security/')).toBe('/share-cards/card/security.png');
    expect(() => shareCardPath('card/')).toThrow();
  });

  test('build an absolute address on the build address: https for a build to publish', () => {
    expect(shareCardUrl('/card/security/', 'https://guide.example.jp')).toBe('https://guide.example.jp/share-cards/card/security.png');
    expect(shareCardUrl('/', 'http://127.0.0.1:4321')).toBe('http://127.0.0.1:4321/share-cards/index.png');
  });
});

describe('readSharingTags', () => {
  test('reads Open Graph and Twitter tags with their character references decoded', () => {
    const tags = readSharingTags('<meta property="og:title" content="A &amp; B &#x3042;"><meta content="summary_large_image" name="twitter:card"><meta property="og:title" content="second">');
    expect(tags.get('og:title')).toBe('A & B あ');
    expect(tags.get('twitter:card')).toBe('summary_large_image');
  });
});
