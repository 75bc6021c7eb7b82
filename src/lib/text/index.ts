/**
 * Line breaks inside a paragraph of the source become spaces in HTML. Between two Japanese
 * characters that space is wrong (「です。 次の」): CSS Text 3 says such a segment break should
 * vanish, but browsers do not yet do it, so it is removed at build time. A break next to Latin
 * letters or digits stays a space, as English text needs.
 */
const WIDE = '[\\u3000-\\u30ff\\u3400-\\u9fff\\uf900-\\ufaff\\uff01-\\uff60]';
const BREAK_BETWEEN_WIDE = new RegExp(`(${WIDE})[ \\t]*\\r?\\n[ \\t]*(?=${WIDE})`, 'gu');

export function joinJapaneseLines(text: string): string {
  return text.replace(BREAK_BETWEEN_WIDE, '$1');
}

/**
 * A phone number is read and dialled as one unit, so a line must never break inside it
 * (「0120-」 at the end of one line and 「601-785」 on the next is a number nobody can dial).
 * Domestic numbers have 10 or 11 digits, the first a 0, written in three hyphen-separated
 * groups (0120-95-0178, 0120-0178-27, 050-3818-1250, 03-1234-5678); each is wrapped in
 * <span class="phone-number">, which the stylesheet keeps on one line. Only text between tags
 * is touched, never an attribute.
 */
const PHONE_NUMBER = /(?<![\d-])0\d{1,4}-\d{1,4}-\d{2,4}(?![\d-])/g;
const isDomesticLength = (number: string) => [10, 11].includes(number.replace(/-/g, '').length);

export function keepPhoneNumbersWhole(html: string): string {
  return html
    .split(/(<[^>]*>)/)
    .map((part) => (part.startsWith('<') ? part : part.replace(PHONE_NUMBER, (number) => (isDomesticLength(number) ? `<span class="phone-number">${number}</span>` : number))))
    .join('');
}
