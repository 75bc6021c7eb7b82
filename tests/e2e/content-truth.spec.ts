/**
 * Issue 18: what the guide says must be true on the day it is read.
 * - A: the formats the site offers are named from the build's own data, each links to a file
 *   that exists, and no page calls an existing format 準備中 (checked in site.spec.ts).
 * - B: no plan whose date has passed is worded as still ahead, checked against today in
 *   site.spec.ts.
 * - D: the lost-card page gives the national lines with tel: links and their sources' dates,
 *   the FAX line as plain text, and the braille file writes the numbers as digits; on a phone
 *   the link that dials the free line is on the first screen.
 * - 3.2.4: a link to a guide page is named as that page is titled (checked in site.spec.ts).
 * Expected values come from the issue and from shared/notes/official-facts.md, not from the
 * site's data files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './page-per-worker.ts';
import { SITE_DIR } from './checks.ts';

// No format that exists called 準備中, and no passed plan read as ahead, on every page: in the one visit to every page of site.spec.ts.

for (const path of ['/', '/outreach/']) {
  test(`${path} names each format the build makes, and each link opens a real file`, async ({ page, request }) => {
    await page.goto(path);
    // The formats the issue lists as made for every page (audio, braille, large print, EPUB, DAISY).
    for (const format of ['audio', 'braille', 'large-print', 'epub', 'daisy']) {
      const item = page.locator(`[data-site-formats] [data-format-offered="${format}"]`);
      await expect(item, `${path}: ${format}`).toHaveCount(1);
      const hrefs = await item.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
      expect(hrefs.length, `${path}: ${format} links to its files`).toBeGreaterThan(0);
      for (const href of hrefs) {
        const response = await request.get(href);
        expect(response.status(), `${path}: ${format}: ${href}`).toBe(200);
      }
    }
  });
}

test('/card/lost/ gives the national lines as tel: links with dated sources, and the FAX as text', async ({ page }) => {
  await page.goto('/card/lost/');
  // From shared/notes/official-facts.md: the free line and the free FAX for Deaf readers.
  const freeLine = page.locator('main .contact-list a[href="tel:0120950178"]');
  await expect(freeLine).toHaveCount(1);
  expect(await freeLine.evaluate((link) => link.closest('li')?.textContent ?? '')).toMatch(/2024年/); // 酒田市, 2024-09-30
  expect(await page.locator('main a[href="tel:0120601785"]').count(), 'a FAX number is not a tel: link').toBe(0);
  expect(await page.locator('main').innerText()).toContain('FAX 0120-601-785');
  for (const number of ['0120-0178-27', '0120-0178-26', '050-3818-1250', '0570-783-578']) {
    await expect(page.locator(`main a[href="tel:${number.replace(/-/g, '')}"]`), number).toHaveCount(1);
  }
});

test('/card/lost/ on a phone: the link that dials the free line is on the first screen, named as in the list of lines', async ({ page }) => {
  // A reader who has just lost the card needs the number before anything else (375×700, the
  // phone size of anatomy.spec.ts).
  await page.setViewportSize({ width: 375, height: 700 });
  await page.goto('/card/lost/');
  const links = page.locator('main a[href="tel:0120950178"]');
  const first = links.first();
  await expect(first).toBeVisible();
  const box = (await first.boundingBox())!;
  expect(box.y + box.height, 'bottom of the first link to 0120-95-0178, in CSS px from the top').toBeLessThanOrEqual(700);
  const names = await links.evaluateAll((anchors) =>
    anchors.map((anchor) => {
      const clone = anchor.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('rt, rp').forEach((hidden) => hidden.remove());
      return (clone.textContent ?? '').trim();
    }),
  );
  expect(names.length).toBeGreaterThan(1);
  expect(new Set(names), 'the same line has the same link text (3.2.4)').toEqual(new Set(['マイナンバー総合フリーダイヤル：0120-95-0178']));
});

test('/card/lost/: the free line and the FAX number in the summary are never broken across two lines', async ({ page }) => {
  // The numbers from shared/notes/official-facts.md; at 1280 px the FAX number once broke after
  // 「0120-」. Each must sit on one line, on a phone and on a desktop.
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/card/lost/');
    const lines = await page.locator('.summary-box').evaluate((box, numbers) => {
      const text = box.querySelector('ul')!;
      return numbers.map((number) => {
        const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const start = node.textContent!.indexOf(number);
          if (start < 0) continue;
          const range = document.createRange();
          range.setStart(node, start);
          range.setEnd(node, start + number.length);
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
        }
        return 0;
      });
    }, ['0120-95-0178', '0120-601-785']);
    expect(lines, `lines each number takes at ${width}px (0: not found)`).toEqual([1, 1]);
  }
});

test('the braille file of /card/lost/ writes the phone numbers as digits', () => {
  // Braille digits are a–j after the number sign ⠼ (1 ⠁ … 9 ⠊, 0 ⠚), and the hyphen inside a
  // number is ⠤ followed by a new number sign (the rule texts in shared/braille).
  const digit = (d: string) => '⠚⠁⠃⠉⠙⠑⠋⠛⠓⠊'[Number(d)]!;
  const braille = (number: string) => number.split('-').map((group) => `⠼${[...group].map(digit).join('')}`).join('⠤');
  const file = readFileSync(join(SITE_DIR, 'downloads/braille/card-lost.txt'), 'utf8').replace(/\s+/g, '');
  for (const number of ['0120-95-0178', '0120-601-785']) expect(file, number).toContain(braille(number));
});

// Links to guide pages named as the pages are titled (3.2.4): in the one visit to every page of site.spec.ts.
