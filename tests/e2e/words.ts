/**
 * Matching a page's words in tests, now that every kanji word carries its reading in <ruby>.
 *
 * - Accessible names: Playwright computes them itself and puts a space around every element
 *   that is not display: inline, the hidden <rt> and <rp> of a reading included, so that
 *   「点字データ」 comes out as 「点字 データ」. Chromium's own accessibility tree, which screen
 *   readers get, has no such space (checked with CDP Accessibility.getFullAXTree). `words()`
 *   matches the text with or without those spaces.
 * - Text: textContent (and Playwright's getByText, getByLabel, toHaveText by default) includes
 *   the readings; innerText, like the reader's eye, leaves the hidden ones out. `shown()` is the
 *   option for toHaveText/toContainText, and `innerText()` replaces textContent().
 */
const escape = (character: string) => character.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The words of `text`, spaces between characters allowed: the whole name (`exact`, the default),
 * its end (`ending`), or anywhere in it.
 */
export function words(text: string, { exact = true, ending = false }: { exact?: boolean; ending?: boolean } = {}): RegExp {
  const body = [...text.replace(/\s+/g, '')].map(escape).join('\\s*');
  if (ending) return new RegExp(`${body}\\s*$`);
  return new RegExp(exact ? `^\\s*${body}\\s*$` : body);
}

/** Options for toHaveText/toContainText: compare the text as shown (innerText), without hidden readings. */
export const shown = { useInnerText: true } as const;
