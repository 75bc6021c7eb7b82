/**
 * The procedure finder at /linkage/documents/ (src/components/ProcedureFinder.astro and
 * src/scripts/procedure-finder.ts). Expected procedures are written here from the deck's two
 * tables 「マイナンバー制度の情報連携に伴い省略可能な主な書類の例 ①年金関係・②年金関係以外」, read by
 * hand, not computed by the code under test.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';
import { expect, ownPage, test } from './page-per-worker.ts';
import { words, shown } from './words.ts';
import { BEL, FRAUD, invisibleShown, LONE_SURROGATE, pasteInto, RLO } from './echo.ts';

const PATH = '/linkage/documents/';

// The deck's procedure names (a procedure in both tables is one entry).
const P = {
  menjo: '国民年金保険料の免除・納付猶予の申請',
  gakusei: '国民年金保険料の学生納付特例の申請',
  saitei: '各種年金の裁定請求',
  todokede: '年金受給者の各種届出の審査（年金額改定請求書、加算額開始事由該当届、支給停止事由消滅届）',
  shotokuKakunin: '障害基礎年金（20歳前の傷病によるもの）受給者の所得確認',
  jidoFuyo: '児童扶養手当の申請',
  iryohi: '障害者・児に対する医療費助成の申請',
  seikatsuHogo: '生活保護の申請',
  seishinTecho: '精神障害者保健福祉手帳の交付申請',
  hoiku: '保育園や幼稚園等の利用に当たっての認定の申請',
  jidoTeate: '児童手当の申請',
  shogakukin: '奨学金の申請',
  tokubetsuShien: '特別支援教育就学奨励費の申請',
  tokubetsuJidoFuyo: '特別児童扶養手当の支給の申請',
  fukushiService: '障害福祉サービスの申請',
  kaigoKyugyo: '介護休業給付金の支給の申請',
  // The deck's 「保険料の減免申請（介護保険法）」, named with its insurance in the guide.
  genmen: '介護保険料の減免申請',
  shussan: '出産育児一時金の申請',
  koeiJutaku: '公営住宅の入居の申請',
} as const;

/** Document id → the procedures the deck lists it for (both tables together). */
const BY_DOCUMENT: Record<string, { name: string; procedures: string[] }> = {
  juminhyo: {
    name: '住民票',
    procedures: [P.menjo, P.saitei, P.todokede, P.jidoFuyo, P.iryohi, P.jidoTeate, P.tokubetsuShien, P.tokubetsuJidoFuyo, P.fukushiService, P.kaigoKyugyo, P.genmen, P.shussan, P.koeiJutaku],
  },
  'kazei-shomeisho': {
    name: '課税証明書',
    procedures: [P.menjo, P.gakusei, P.saitei, P.todokede, P.jidoFuyo, P.iryohi, P.seikatsuHogo, P.hoiku, P.jidoTeate, P.shogakukin, P.tokubetsuShien, P.tokubetsuJidoFuyo, P.fukushiService, P.genmen, P.koeiJutaku],
  },
  'shotoku-jokyo-todoke': { name: '所得状況届', procedures: [P.shotokuKakunin] },
  'nenkingaku-kaitei-tsuchisho': { name: '年金額改定通知書', procedures: [P.jidoFuyo, P.iryohi, P.seikatsuHogo] },
  'nenkin-shosho': { name: '年金証書', procedures: [P.jidoFuyo, P.seishinTecho] },
  'nenkin-furikomi-tsuchisho': { name: '年金振込通知書', procedures: [P.iryohi, P.seikatsuHogo, P.seishinTecho] },
  // Table ② writes 生活保護受給証明書 in six rows and 生活保護受給者証明書 in one (特別支援教育就学奨励費):
  // one document.
  'seikatsu-hogo-jukyu-shomeisho': {
    name: '生活保護受給証明書',
    procedures: [P.iryohi, P.hoiku, P.shogakukin, P.tokubetsuShien, P.fukushiService, P.genmen, P.koeiJutaku],
  },
  'jido-fuyo-teate-shosho': { name: '児童扶養手当証書', procedures: [P.seikatsuHogo, P.hoiku] },
  'tokubetsu-jido-fuyo-teate-shosho': { name: '特別児童扶養手当証書', procedures: [P.jidoFuyo, P.iryohi, P.seikatsuHogo, P.hoiku] },
  'shogaisha-techo': { name: '障害者手帳', procedures: [P.jidoFuyo, P.iryohi, P.hoiku, P.shogakukin, P.fukushiService, P.koeiJutaku] },
  'koyo-hoken-jukyu-shikakusha-sho': { name: '雇用保険受給資格者証', procedures: [P.seikatsuHogo, P.shogakukin] },
};

const sorted = (names: readonly string[]) => [...names].sort();

const rowHeaders = (page: Page) => page.locator('table.finder__table tbody th[scope="row"]');

/** Names of the table rows a reader can see. */
/** The procedures are fetched on first use (or at once for an address with conditions); rows
 * are checked with expect.poll, which waits for them as a reader would. */
async function dataArrived(page: Page): Promise<void> {
  await expect(page.locator('procedure-finder')).toHaveAttribute('data-ready', '');
}

async function visibleRows(page: Page): Promise<string[]> {
  return page.locator('table.finder__table tbody tr:not([hidden]) th[scope="row"]').allInnerTexts();
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the table lists every procedure of procedures.yaml, with headers and data labels', async ({ page }) => {
    const procedures = parse(readFileSync('content/data/procedures.yaml', 'utf8')) as Array<{ id: string; name: string; office: string }>;
    expect(procedures).toHaveLength(19); // 9 (table ①) + 13 (table ②) − 3 in both
    await page.goto(PATH);
    const table = page.locator('table.finder__table');
    await expect(table).toHaveClass(/stack-table/);
    await expect(table.locator('caption')).toContainText('手続きと、省略できる書類の例', shown);
    await expect(table.locator('thead th[scope="col"]')).toHaveCount(5);
    await expect(rowHeaders(page)).toHaveCount(19);
    for (const procedure of procedures) {
      const row = table.locator(`tr#proc-${procedure.id}`);
      await expect(row).toBeVisible();
      await expect(row.locator('th[scope="row"]')).toHaveText(procedure.name, shown);
      await expect(row.locator('td[data-label="申請先"]')).toHaveText(procedure.office, shown);
    }
    expect(sorted(await rowHeaders(page).allInnerTexts())).toEqual(sorted(Object.values(P)));
    // Every data cell says which column it is in, for the stacked layout at narrow widths.
    await expect(table.locator('td:not([data-label])')).toHaveCount(0);
  });

  test('the form is not shown: it would do nothing', async ({ page }) => {
    await page.goto(PATH);
    await expect(page.locator('form[data-finder-form]')).toBeHidden();
  });

  test('each document index link leads to a section listing exactly the deck\'s procedures', async ({ page }) => {
    await page.goto(PATH);
    const links = page.locator('nav#doc-index a');
    await expect(links).toHaveCount(Object.keys(BY_DOCUMENT).length);
    for (const [id, { name, procedures }] of Object.entries(BY_DOCUMENT)) {
      const link = page.locator('nav#doc-index').getByRole('link', { name: words(name, { exact: false }) }).filter({ has: page.locator(`xpath=self::a[@href="#doc-${id}"]`) });
      await expect(link).toHaveCount(1);
      await expect(link).toHaveText(`${name}（${procedures.length}件）`, shown);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`#doc-${id}$`));
      const section = page.locator(`section#doc-${id}`);
      await expect(section.locator('h3')).toHaveText(name, shown);
      await expect(section).toBeInViewport();
      expect(sorted(await section.locator('[data-procedure-name]').allInnerTexts()), name).toEqual(sorted(procedures));
    }
  });

  test('年金証書 lists 児童扶養手当の申請 and 精神障害者保健福祉手帳の交付申請', async ({ page }) => {
    await page.goto(`${PATH}#doc-nenkin-shosho`);
    await expect(page.locator('#doc-nenkin-shosho [data-procedure-name]')).toHaveText(['児童扶養手当の申請', '精神障害者保健福祉手帳の交付申請'], shown);
  });

  test('the welfare certificate is one document, with a note naming the deck\'s other spelling', async ({ page }) => {
    await page.goto(PATH);
    await expect(page.locator('#doc-seikatsu-hogo-jukyusha-shomeisho')).toHaveCount(0);
    await expect(page.locator('nav#doc-index').getByRole('link', { name: words('生活保護受給', { exact: false }) })).toHaveCount(1);
    await expect(page.locator('#doc-seikatsu-hogo-jukyu-shomeisho .doc-section__note')).toContainText('生活保護受給者証明書', shown);
  });
});

test.describe('with JavaScript', () => {
  const status = (page: Page) => page.locator('[data-finder-status]');

  test('the form has visible labels, help text and 44px targets', { tag: ['@sc-3.3.2', '@sc-3.3.5'] }, async ({ page }) => {
    await page.goto(PATH);
    for (const [role, label, hint] of [
      ['combobox', '省略したい書類', 'finder-doc-hint'],
      ['combobox', '申請先', 'finder-office-hint'],
      ['textbox', 'ことばで探す', 'finder-q-hint'],
    ] as const) {
      const field = page.getByRole(role, { name: words(label) });
      await expect(field).toBeVisible();
      await expect(page.locator(`label[for="${await field.getAttribute('id')}"]`)).toHaveText(label, shown);
      await expect(field).toHaveAttribute('aria-describedby', hint);
      await expect(page.locator(`#${hint}`)).toBeVisible();
    }
    const reset = page.getByRole('button', { name: words('条件を消す') });
    for (const target of [page.locator('#finder-doc'), page.locator('#finder-office'), page.locator('#finder-q'), reset]) {
      const box = (await target.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
    }
    await expect(status(page)).toHaveAttribute('role', 'status');
    await expect(status(page)).toHaveText('19件の手続きが見つかりました', shown);
  });

  test('the document filter shows the deck\'s procedures for 年金証書 and keeps it in the address', async ({ page }) => {
    await page.goto(PATH);
    await page.getByRole('combobox', { name: words('省略したい書類') }).selectOption('nenkin-shosho');
    await expect.poll(async () => sorted(await visibleRows(page))).toEqual(sorted([P.jidoFuyo, P.seishinTecho]));
    await expect(status(page)).toHaveText('2件の手続きが見つかりました', shown);
    await expect(page.locator('[data-finder-caption-count]')).toHaveText('（19件のうち2件）', shown);
    expect(new URL(page.url()).searchParams.get('doc')).toBe('nenkin-shosho');
  });

  test('the office filter: ハローワーク', async ({ page }) => {
    await page.goto(PATH);
    await page.getByRole('combobox', { name: words('申請先') }).selectOption('ハローワーク');
    await expect.poll(() => visibleRows(page)).toEqual([P.kaigoKyugyo]);
    await expect(status(page)).toHaveText('1件の手続きが見つかりました', shown);
    expect(new URL(page.url()).searchParams.get('office')).toBe('ハローワーク');
  });

  test('document and office together: 住民票 at 市町村', async ({ page }) => {
    await page.goto(PATH);
    await page.getByRole('combobox', { name: words('省略したい書類') }).selectOption('juminhyo');
    await page.getByRole('combobox', { name: words('申請先') }).selectOption('市町村');
    // 保育園等の認定 is at 市町村 but the deck gives no 住民票 for it.
    await expect.poll(async () => sorted(await visibleRows(page))).toEqual(sorted([P.jidoTeate, P.fukushiService, P.genmen]));
    await expect(status(page)).toHaveText('3件の手続きが見つかりました', shown);
  });

  test('free text filters as the reader types and announces the count after a pause', { tag: ['@sc-4.1.3'] }, async ({ page }) => {
    await page.goto(PATH);
    const input = page.getByRole('textbox', { name: words('ことばで探す') });
    await input.pressSequentially('障害者総合支援法', { delay: 20 });
    await expect.poll(async () => sorted(await visibleRows(page))).toEqual(sorted([P.iryohi, P.fukushiService]));
    await expect(status(page)).toHaveText('2件の手続きが見つかりました', shown);
    expect(new URL(page.url()).searchParams.get('q')).toBe('障害者総合支援法');
  });

  test('free text in hiragana finds katakana, and half-width finds full-width', async ({ page }) => {
    await page.goto(PATH);
    const input = page.getByRole('textbox', { name: words('ことばで探す') });
    await input.fill('はろーわーく');
    await expect.poll(() => visibleRows(page)).toEqual([P.kaigoKyugyo]);
    await input.fill('２０歳');
    await expect.poll(() => visibleRows(page)).toEqual([P.shotokuKakunin]);
    await expect(status(page)).toHaveText('1件の手続きが見つかりました', shown);
  });

  test('free text finds the welfare certificate by the deck\'s other spelling too', async ({ page }) => {
    await page.goto(PATH);
    await page.getByRole('textbox', { name: words('ことばで探す') }).fill('生活保護受給者証明書');
    await expect.poll(async () => sorted(await visibleRows(page))).toEqual(sorted(BY_DOCUMENT['seikatsu-hogo-jukyu-shomeisho']!.procedures));
    await expect(status(page)).toHaveText('7件の手続きが見つかりました', shown);
  });

  test('the count is not announced while typing continues', ownPage('installs a clock'), async ({ page }) => {
    // The page's clock is controlled, not raced: on a busy machine the announcement's timer
    // once fired before the check that it had not. The delay is src/scripts/procedure-finder.ts's
    // ANNOUNCE_DELAY_MS (800 ms).
    await page.clock.install({ time: new Date('2026-01-05T09:00:00+09:00') });
    await page.goto(PATH);
    await expect(status(page)).toHaveText('19件の手続きが見つかりました', shown);
    const input = page.getByRole('textbox', { name: words('ことばで探す') });
    // Reaching the form fetches the procedures; this test is about typing once they are here.
    await input.focus();
    await expect(page.locator('procedure-finder')).toHaveAttribute('data-ready', '');
    await page.clock.pauseAt(new Date('2026-01-05T09:00:10+09:00'));
    await input.fill('年金');
    // The rows change at once; the live region waits for the pause in typing.
    await expect.poll(() => visibleRows(page)).toHaveLength(9);
    await page.clock.runFor(700);
    await expect(status(page)).toHaveText('19件の手続きが見つかりました', shown);
    await page.clock.runFor(200);
    await expect(status(page)).toHaveText('9件の手続きが見つかりました', shown);
  });

  test('the procedures are fetched only when the reader reaches the form', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/finder-data.json')) fetched.push(request.url());
    });
    await page.goto(PATH);
    // Before: the form is shown and the count is the table's own, with nothing fetched.
    await expect(status(page)).toHaveText('19件の手続きが見つかりました', shown);
    await page.waitForLoadState('networkidle');
    expect(fetched).toEqual([]);
    await page.getByRole('combobox', { name: words('省略したい書類') }).focus();
    await expect(page.locator('procedure-finder')).toHaveAttribute('data-ready', '');
    expect(fetched).toHaveLength(1);
  });

  test('typed before the procedures arrive, the words still filter the list once they do', async ({ page }) => {
    // The data answers late: the reader's words must not be lost meanwhile.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/finder-data.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(PATH);
    await page.getByRole('textbox', { name: words('ことばで探す') }).fill('年金');
    await expect.poll(() => visibleRows(page)).toHaveLength(19);
    release();
    await expect(status(page)).toHaveText('9件の手続きが見つかりました', shown);
    await expect.poll(() => visibleRows(page)).toHaveLength(9);
  });

  test('when the procedures cannot be fetched, the page says so and keeps the whole table', async ({ page }) => {
    await page.route('**/finder-data.json', (route) => route.abort());
    await page.goto(PATH);
    await page.getByRole('textbox', { name: words('ことばで探す') }).fill('年金');
    await expect(status(page)).toHaveText('絞り込みの準備ができませんでした。下の表で、すべての手続きを確かめてください。', shown);
    await expect.poll(() => visibleRows(page)).toHaveLength(19);
  });

  test('nothing found: a message instead of an empty table', async ({ page }) => {
    await page.goto(PATH);
    await page.getByRole('textbox', { name: words('ことばで探す') }).fill('ぜんぜんない');
    await expect(status(page)).toHaveText('条件に合う手続きは見つかりませんでした', shown);
    await expect(page.locator('table.finder__table')).toBeHidden();
  });

  test('the address ?doc=…&q=… restores the filter on load', async ({ page }) => {
    await page.goto(`${PATH}?doc=kazei-shomeisho&q=${encodeURIComponent('手帳')}`);
    await dataArrived(page);
    await expect(page.getByRole('combobox', { name: words('省略したい書類') })).toHaveValue('kazei-shomeisho');
    await expect(page.getByRole('textbox', { name: words('ことばで探す') })).toHaveValue('手帳');
    // 課税証明書 and 障害者手帳 (精神障害者保健福祉手帳の交付申請 has no 課税証明書).
    await expect.poll(async () => sorted(await visibleRows(page))).toEqual(sorted([P.jidoFuyo, P.iryohi, P.hoiku, P.shogakukin, P.fukushiService, P.koeiJutaku]));
    await expect(status(page)).toHaveText('6件の手続きが見つかりました', shown);
  });

  test('the address ?office=… restores the office', async ({ page }) => {
    await page.goto(`${PATH}?office=${encodeURIComponent('日本年金機構')}`);
    await dataArrived(page);
    await expect(page.getByRole('combobox', { name: words('申請先') })).toHaveValue('日本年金機構');
    await expect.poll(async () => sorted(await visibleRows(page))).toEqual(sorted([P.menjo, P.gakusei, P.saitei, P.todokede, P.shotokuKakunin]));
  });

  // (The title is the one content/accessibility/results.json cites for 3.3.1.) The message is the
  // page's own and does not repeat the id; the list shows every procedure.
  test('an unknown document id shows a message, not an empty list', { tag: ['@sc-3.3.1'] }, async ({ page }) => {
    await page.goto(`${PATH}?doc=passport`);
    await dataArrived(page);
    const error = page.locator('[data-finder-error]');
    await expect(error).toBeVisible();
    await expect(error).toHaveText(/^ページのアドレスで指定された書類は、この一覧にありません。\s*その条件を使わずに、手続きを表示しています。$/, shown);
    await expect(page.locator('main')).not.toContainText('passport');
    // The unknown condition is left out: the whole list, its count, and an address without it.
    await expect.poll(() => visibleRows(page)).toHaveLength(19);
    await expect(status(page)).toHaveText('19件の手続きが見つかりました', shown);
    expect(new URL(page.url()).search).toBe('');
    // Choosing a document takes the note away.
    await page.getByRole('combobox', { name: words('省略したい書類') }).selectOption('nenkin-shosho');
    await expect(error).toBeHidden();
    await expect.poll(async () => sorted(await visibleRows(page))).toEqual(sorted([P.jidoFuyo, P.seishinTecho]));
  });

  test('an unknown office is explained the same way; the known conditions still apply', async ({ page }) => {
    await page.goto(`${PATH}?doc=shotoku-jokyo-todoke&office=${encodeURIComponent('区役所')}`);
    await dataArrived(page);
    await expect(page.locator('[data-finder-error]')).toHaveText(/^ページのアドレスで指定された申請先は、この一覧にありません。\s*その条件を使わずに、手続きを表示しています。$/, shown);
    await expect(page.locator('main')).not.toContainText('区役所');
    await expect.poll(() => visibleRows(page)).toEqual([P.shotokuKakunin]);
    expect(new URL(page.url()).search).toBe('?doc=shotoku-jokyo-todoke');
  });

  test('the reset button shows every procedure and clears the address', async ({ page }) => {
    await page.goto(`${PATH}?doc=juminhyo&q=${encodeURIComponent('市町村')}`);
    await dataArrived(page);
    await expect.poll(() => visibleRows(page)).toHaveLength(7);
    await page.getByRole('button', { name: words('条件を消す') }).click();
    await expect.poll(() => visibleRows(page)).toHaveLength(19);
    await expect(page.getByRole('combobox', { name: words('省略したい書類') })).toHaveValue('');
    await expect(page.getByRole('textbox', { name: words('ことばで探す') })).toHaveValue('');
    await expect(status(page)).toHaveText('19件の手続きが見つかりました', shown);
    expect(new URL(page.url()).search).toBe('');
  });

  test('Enter in the text field does not leave the page', { tag: ['@sc-3.2.2'] }, async ({ page }) => {
    await page.goto(PATH);
    const input = page.getByRole('textbox', { name: words('ことばで探す') });
    await input.fill('学生');
    await input.press('Enter');
    await expect(status(page)).toHaveText('2件の手続きが見つかりました', shown);
    await expect.poll(async () => sorted(await visibleRows(page))).toEqual(sorted([P.gakusei, P.shogakukin]));
    await expect(input).toBeFocused();
  });

  test('at 320px filtered rows stay hidden in the stacked layout', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${PATH}?doc=shotoku-jokyo-todoke`);
    await dataArrived(page);
    await expect(page.locator('table.finder__table tbody tr:visible')).toHaveCount(1);
    await expect(page.locator('table.finder__table tbody tr:visible th')).toHaveText(P.shotokuKakunin, shown);
  });
});

/**
 * Addresses written to make the finder speak for the attacker (the issue's example): a sentence
 * in doc, closed and reopened with 」「 so that it reads as the site's own message, and the
 * same with a right-to-left override (U+202E), which reorders the text after it on screen.
 */
test.describe('addresses written to put words in the page', () => {
  const status = (page: Page) => page.locator('[data-finder-status]');

  /** The page's whole text as shown and in the DOM (readings too), its form values, and the address. */
  async function everythingShown(page: Page): Promise<string> {
    const texts = await page.evaluate(() => [
      document.body.innerText,
      document.body.textContent ?? '',
      document.title,
      ...[...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')].map((field) => field.value),
    ]);
    return [...texts, decodeURIComponent(page.url())].join('\n');
  }

  for (const [label, query] of [
    ['the sentence as a document id', { doc: FRAUD }],
    ['the sentence after a right-to-left override', { doc: `${RLO}${FRAUD}` }],
    ['the sentence as an office', { office: `${RLO}${FRAUD}` }],
  ] as const) {
    test(`${label}: none of it is shown, only the page's own note`, async ({ page }) => {
      await page.goto(`${PATH}?${new URLSearchParams(query).toString()}`);
      await dataArrived(page);
      await expect(page.locator('[data-finder-error]')).toBeVisible();
      const shownText = await everythingShown(page);
      for (const piece of ['廃止されました', '0120-000-000', '暗証番号を伝えて']) expect(shownText, piece).not.toContain(piece);
      expect(await invisibleShown(page)).toEqual([]);
      expect(new URL(page.url()).search, 'the address written back').toBe('');
      await expect.poll(() => visibleRows(page)).toHaveLength(19);
    });
  }

  test('the free text keeps its words but loses a right-to-left override, a bell, a zero-width space and a lone surrogate', async ({ page }) => {
    await page.goto(`${PATH}?q=${encodeURIComponent(`${RLO}手帳${BEL}\u200b`)}`);
    await dataArrived(page);
    const box = page.getByRole('textbox', { name: words('ことばで探す') });
    await expect(box).toHaveValue('手帳');
    await expect(status(page)).toHaveText(/件の手続きが見つかりました/, shown);
    expect(await invisibleShown(page, { characters: [RLO, BEL, '\u200b'] })).toEqual([]);
    expect(new URL(page.url()).searchParams.get('q'), 'the address written back').toBe('手帳');
    // Pasted into the box, they find the same and never reach the address.
    await pasteInto(page, '#finder-q', `${RLO}学生${LONE_SURROGATE}`);
    await expect(status(page)).toHaveText('2件の手続きが見つかりました', shown);
    expect(await invisibleShown(page, { fields: false })).toEqual([]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('学生');
  });
});
