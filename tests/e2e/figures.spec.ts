/**
 * Every dated figure appears on its page, rendered from content/data/figures.yaml, with its
 * point in time in both calendars. Expected values are written here by hand from the
 * government deck (shared/seed), not computed by the site's code.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from './page-per-worker.ts';
import { shown } from './words.ts';

/** id → [page, printed figure, date phrase], transcribed from the deck. */
const FROM_THE_DECK: Record<string, [string, string, string]> = {
  'card-issued': ['/card/', '3,861万枚', '令和3年（2021年）5月11日時点'],
  'card-issued-share': ['/card/', '30.4%', '令和3年（2021年）5月11日時点'],
  'portal-users': ['/portal/', '595万件', '令和3年（2021年）5月10日時点'],
  'linkage-queries-total': ['/linkage/', '1億4888万件', '令和2年度（2020年度）実績'],
  'linkage-queries-nenkin': ['/linkage/', '1億1567万件', '令和2年度（2020年度）実績'],
  'linkage-queries-municipalities': ['/linkage/', '1,241万件', '令和2年度（2020年度）実績'],
  'linkage-queries-prefectures': ['/linkage/', '938万件', '令和2年度（2020年度）実績'],
  'linkage-queries-shiharai-kikin': ['/linkage/', '722万件', '令和2年度（2020年度）実績'],
  'linkage-provisions-total': ['/linkage/', '1億4011万件', '令和2年度（2020年度）実績'],
  'linkage-provisions-municipalities': ['/linkage/', '1億3220万件', '令和2年度（2020年度）実績'],
  'linkage-provisions-nenkin': ['/linkage/', '607万件', '令和2年度（2020年度）実績'],
  'linkage-provisions-mhlw-employment': ['/linkage/', '145万件', '令和2年度（2020年度）実績'],
  'mirairo-municipalities-count': ['/disability-id/municipalities/', '18団体', '令和3年（2021年）5月10日現在'],
};

const figures = parse(readFileSync('content/data/figures.yaml', 'utf8')) as Array<{ id: string }>;

test('every figure in the data file has a transcribed expectation here', () => {
  expect(figures.map((figure) => figure.id).sort()).toEqual(Object.keys(FROM_THE_DECK).sort());
});

for (const [id, [path, printed, when]] of Object.entries(FROM_THE_DECK)) {
  test(`${id} appears on ${path} as ${printed} with ${when}`, async ({ page }) => {
    await page.goto(path);
    const figure = page.locator(`[data-figure="${id}"]`).first();
    await expect(figure).toContainText(printed, shown);
    // The date is printed next to the figure, or (in tables of same-date figures) stated
    // for the whole page in the note at the top.
    const next = (await figure.innerText()) ?? '';
    if (!next.includes(when)) await expect(page.locator('.asof-note')).toContainText(when, shown);
  });
}
