/**
 * Braille downloads (issue 5): every guide page links its three braille files, /downloads/
 * lists every file with its real size and page count, the preview is hidden from screen
 * readers, and every BRF and BSE file decodes, with the published braille ASCII table, to the
 * same cells as its Unicode braille file, within the page size, with the BSE header right.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './page-per-worker.ts';
import { guidePages } from '../../src/data/content-files.ts';
import { words, shown } from './words.ts';

const siteDir = process.env['SITE_DIR'] ?? 'dist';
const folder = join(siteDir, 'downloads/braille');

// North American braille ASCII, indexed by dot mask: character i is cell U+2800 + i. Published
// table (aphtech/brf2ebrl detectors.py; shared/braille/NOTES.md §3.1), independent of the writer.
const BRAILLE_ASCII = " A1B'K2L@CIF/MSP\"E3H9O6R^DJG>NTQ,*5<-U8V.%[$+X!&;:4\\0Z7(_?W]#Y)=";
const CELLS_PER_LINE = 32;
const LINES_PER_PAGE = 22;

const decodeAscii = (text: string) =>
  text.replace(/[^\r\n\f]/g, (char) => {
    const mask = BRAILLE_ASCII.indexOf(char);
    if (mask < 0) throw new Error(`not braille ASCII: ${JSON.stringify(char)}`);
    return String.fromCodePoint(0x2800 + mask);
  });

/** Pages of lines, checking that every line ends with CR LF and pages are split by form feed. */
function pagesOf(text: string): string[][] {
  return text.split('\f').map((page) => {
    expect(page.endsWith('\r\n'), 'every line ends with CR LF').toBe(true);
    return page.slice(0, -2).split('\r\n');
  });
}

const baseNames = [...new Set(readdirSync(folder).map((name) => name.replace(/\.(brf|bse|txt)$/, '')))].sort();

test('every guide page and the whole guide has BRF, BSE and Unicode braille files', () => {
  const expected = guidePages().map((page) => page.path.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'top');
  expect(baseNames).toEqual([...expected, 'minna-no-mynumber-guide'].sort());
  for (const name of baseNames) for (const extension of ['brf', 'bse', 'txt']) expect(readdirSync(folder)).toContain(`${name}.${extension}`);
});

test('BRF and BSE files decode to the Unicode braille file, within 32 cells × 22 lines', () => {
  for (const name of baseNames) {
    const unicode = readFileSync(join(folder, `${name}.txt`), 'utf8');
    const brf = readFileSync(join(folder, `${name}.brf`));
    const bse = readFileSync(join(folder, `${name}.bse`));
    // Upper-case braille ASCII only (0x20–0x5F), CR, LF and FF.
    expect([...brf].filter((byte) => !(byte >= 0x20 && byte <= 0x5f) && ![0x0d, 0x0a, 0x0c].includes(byte)), name).toEqual([]);
    expect(decodeAscii(brf.toString('latin1')), `${name}.brf`).toBe(unicode);
    expect(decodeAscii(bse.subarray(512).toString('latin1')), `${name}.bse`).toBe(unicode);
    const pages = pagesOf(unicode);
    for (const [index, page] of pages.entries()) {
      expect(page.length, `${name} page ${index + 1}`).toBeLessThanOrEqual(LINES_PER_PAGE);
      for (const line of page) {
        expect([...line].length, `${name} page ${index + 1}`).toBeLessThanOrEqual(CELLS_PER_LINE);
        expect(line, 'only six-dot cells').toMatch(/^[\u2800-\u283F]*$/u);
      }
    }
    // BSE header (512 bytes): save date, title, … page count, cells per line, lines per page.
    const header = bse.subarray(0, 512);
    expect(header.subarray(0, 10).toString('latin1')).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    expect(header.subarray(504, 508).toString('latin1')).toBe(String(pages.length).padStart(4, '0'));
    expect(header.subarray(508, 510).toString('latin1')).toBe(String(CELLS_PER_LINE));
    expect(header.subarray(510, 512).toString('latin1')).toBe(String(LINES_PER_PAGE));
    const title = new TextDecoder('shift_jis').decode(header.subarray(10, 60)).trim();
    expect(title.length, `${name}: BSE title`).toBeGreaterThan(0);
  }
});

test('the BSE title is the page title', () => {
  for (const page of guidePages()) {
    const name = page.path.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'top';
    const header = readFileSync(join(folder, `${name}.bse`)).subarray(0, 512);
    const title = new TextDecoder('shift_jis').decode(header.subarray(10, 60)).trim();
    expect(page.title.startsWith(title), `${name}: ${title}`).toBe(true);
  }
});

test('each guide page links its own braille files with download and the page count in the name', async ({ page, request }) => {
  for (const guidePage of guidePages()) {
    await page.goto(guidePage.path);
    const name = guidePage.path.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'top';
    const region = page.getByRole('region', { name: words('このページのほかの形式') });
    await region.locator('details[data-format="downloads"] > summary').click();
    for (const [extension, format] of [['brf', 'BRF形式'], ['bse', 'BSE形式'], ['txt', 'Unicode点字のテキスト']] as const) {
      const pages = pagesOf(readFileSync(join(folder, `${name}.txt`), 'utf8')).length;
      const link = region.getByRole('link', { name: words(`点字データ（${format}、${pages}ページ）`) });
      await expect(link, guidePage.path).toHaveAttribute('href', `/downloads/braille/${name}.${extension}`);
      await expect(link).toHaveAttribute('download', '');
      const response = await request.get(`/downloads/braille/${name}.${extension}`);
      expect(response.status()).toBe(200);
    }
  }
});

test('/downloads/ lists every file with its real size and page count, and explains the formats', async ({ page }) => {
  await page.goto('/downloads/');
  await expect(page.getByRole('heading', { level: 2, name: words('点字データ') })).toBeVisible();
  for (const format of ['BRF形式', 'BSE形式', 'Unicode点字のテキスト']) {
    expect((await page.locator('dt').allInnerTexts()).filter((text) => text.includes(format))).toHaveLength(1);
  }
  for (const name of baseNames) {
    for (const extension of ['brf', 'bse', 'txt']) {
      const href = `/downloads/braille/${name}.${extension}`;
      const item = page.locator('li', { has: page.locator(`a[href="${href}"]`) });
      await expect(item, href).toHaveCount(1);
      const bytes = readFileSync(join(siteDir, href)).length;
      const size = bytes < 1000 ? `${bytes}バイト` : bytes < 1_000_000 ? `${(bytes / 1000).toFixed(1)}KB` : `${(bytes / 1_000_000).toFixed(1)}MB`;
      await expect(item).toContainText(`大きさ：${size}`, shown);
      const pages = pagesOf(readFileSync(join(folder, `${name}.txt`), 'utf8')).length;
      await expect(item.locator('a')).toHaveText(words(`、${pages}ページ）`, { ending: true }), shown);
    }
  }
  await expect(page.locator('[data-download-info]')).toHaveCount(0);
});

test('the braille preview shows the first page and is hidden from screen readers', async ({ page }) => {
  await page.goto('/downloads/');
  const group = page.getByRole('region', { name: 'マイナンバーカード', exact: true });
  await group.locator('summary').click();
  const preview = group.locator('pre');
  await expect(preview).toBeVisible();
  await expect(preview).toHaveAttribute('aria-hidden', 'true');
  const first = pagesOf(readFileSync(join(folder, 'card.txt'), 'utf8'))[0]!.join('\n');
  expect(await preview.innerText()).toBe(first);
  const snapshot = await group.ariaSnapshot();
  expect(snapshot).not.toMatch(/[\u2801-\u283F]/u);
});
