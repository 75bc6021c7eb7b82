import { describe, expect, it } from 'vitest';
import { contactLinkText, linkPhoneLines, telHref } from './contacts.ts';

// Expected values from RFC 3966 (the tel URI): visual separators may be dropped, and # is
// percent-encoded as %23 because it starts a fragment in a URI.
describe('telHref', () => {
  it.each([
    ['a free line with hyphens', '0120-95-0178', 'tel:0120950178'],
    ['an IP-phone line', '050-3818-1250', 'tel:05038181250'],
    ['a short number', '188', 'tel:188'],
    ['a # number', '#9110', 'tel:%239110'],
  ])('%s', (_label, number, href) => {
    expect(telHref(number)).toBe(href);
  });
  it('names a number it cannot dial', () => {
    expect(() => telHref('0120 95 0178')).toThrow('0120 95 0178');
  });
});

// The lines as content/data/contacts.yaml gives them (from shared/notes/official-facts.md).
const FREE_DIAL = { name: 'マイナンバー総合フリーダイヤル', kind: 'phone', number: '0120-95-0178' } as const;
const FREE_FAX = { name: '耳の聞こえない人・聞こえにくい人のためのFAX', kind: 'fax', number: '0120-601-785' } as const;
const HOTLINE = { name: '消費者ホットライン', kind: 'phone', number: '188' } as const;

describe('contactLinkText', () => {
  it.each([
    ['a number with an area or service code carries the line name', FREE_DIAL, 'マイナンバー総合フリーダイヤル：0120-95-0178'],
    ['a short number is announced as 局番なし', HOTLINE, '消費者ホットライン：局番なしの188'],
  ])('%s', (_label, contact, text) => {
    expect(contactLinkText(contact)).toBe(text);
  });
});

describe('linkPhoneLines', () => {
  const all = [FREE_DIAL, FREE_FAX, HOTLINE];
  it('makes the named phone line a piece with its tel: address', () => {
    expect(linkPhoneLines('すぐにマイナンバー総合フリーダイヤル：0120-95-0178に電話します。', all)).toEqual([
      { text: 'すぐに' },
      { text: 'マイナンバー総合フリーダイヤル：0120-95-0178', href: 'tel:0120950178' },
      { text: 'に電話します。' },
    ]);
  });
  it('leaves a FAX number as text', () => {
    expect(linkPhoneLines('FAX 0120-601-785 でも止められます。', all)).toEqual([{ text: 'FAX 0120-601-785 でも止められます。' }]);
  });
  it('leaves a bare number without its line name as text (the link text is always the same)', () => {
    expect(linkPhoneLines('0120-95-0178 にかけます。', all)).toEqual([{ text: '0120-95-0178 にかけます。' }]);
  });
  it('finds two lines in one sentence, in order', () => {
    const pieces = linkPhoneLines('消費者ホットライン：局番なしの188か、マイナンバー総合フリーダイヤル：0120-95-0178へ。', all);
    expect(pieces.map((piece) => ('href' in piece ? piece.href : '-'))).toEqual(['tel:188', '-', 'tel:0120950178', '-']);
  });
  it('gives back a sentence without a line as one piece', () => {
    expect(linkPhoneLines('警察にも届けます。', all)).toEqual([{ text: '警察にも届けます。' }]);
  });
});
