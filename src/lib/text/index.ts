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
