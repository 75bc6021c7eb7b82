import { describe, expect, it } from 'vitest';
import { joinJapaneseLines, keepPhoneNumbersWhole } from './index.ts';

// Expected behaviour from CSS Text Module Level 3, §4.1.3 (segment break transformation):
// a break between two East Asian Wide characters is removed; otherwise it becomes a space.
describe('joinJapaneseLines', () => {
  it.each([
    ['between two sentences', 'ます。\nカードには', 'ます。カードには'],
    ['between kanji', '情報\n連携', '情報連携'],
    ['with indentation around the break', 'です。\n  次に', 'です。次に'],
    ['after full-width punctuation before kana', '「はい」\nと', '「はい」と'],
  ])('%s', (_label, input, expected) => expect(joinJapaneseLines(input)).toBe(expected));

  it.each([
    ['Latin on both sides', 'e-Tax\nand', 'e-Tax\nand'],
    ['Latin before Japanese', 'API\nを使う', 'API\nを使う'],
    ['a digit after Japanese', '令和\n3年', '令和\n3年'],
  ])('keeps the break: %s', (_label, input, expected) => expect(joinJapaneseLines(input)).toBe(expected));
});

// The numbers are the national lines listed in shared/notes/official-facts.md, written as the
// issuing bodies write them, and the usual shape of a domestic number (0, area or service code,
// then two groups).
describe('keepPhoneNumbersWhole', () => {
  const whole = (number: string) => `<span class="phone-number">${number}</span>`;
  it.each([
    ['the free line', 'フリーダイヤル：0120-95-0178', `フリーダイヤル：${whole('0120-95-0178')}`],
    ['the free FAX in a sentence', 'FAXの番号は0120-601-785です。', `FAXの番号は${whole('0120-601-785')}です。`],
    ['an IP phone number', '050-3818-1250', whole('050-3818-1250')],
    ['a navigation dial', '0570-783-578', whole('0570-783-578')],
    ['a Tokyo number', '03-1234-5678', whole('03-1234-5678')],
    ['two numbers in one text', '0120-0178-27と0120-0178-26', `${whole('0120-0178-27')}と${whole('0120-0178-26')}`],
    ['link text inside an anchor', '<a href="tel:0120950178">0120-95-0178</a>', `<a href="tel:0120950178">${whole('0120-95-0178')}</a>`],
  ])('wraps %s', (_label, input, expected) => expect(keepPhoneNumbersWhole(input)).toBe(expected));

  it.each([
    ['a date', '2024-09-30', '2024-09-30'],
    ['a number without hyphens', '0120950178', '0120950178'],
    ['two groups only', '0120-95', '0120-95'],
    ['too few digits for a phone number', '01-2-345', '01-2-345'],
    ['an attribute', '<a href="/x/0120-95-0178/">番号</a>', '<a href="/x/0120-95-0178/">番号</a>'],
    ['a longer digit run around it', '10120-95-01789', '10120-95-01789'],
  ])('leaves %s alone', (_label, input, expected) => expect(keepPhoneNumbersWhole(input)).toBe(expected));
});
