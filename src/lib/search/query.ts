/**
 * What a reader typed, made safe and comparable before it reaches the search engine or the
 * page: one normal form, no invisible characters, a bounded length and a bounded number of
 * words. Pure: strings in, data out.
 */
import { withoutInvisible } from '../invisible/index.ts';
import { MAX_QUERY_LENGTH } from '../japanese/query.ts';

/** Longer queries are cut here (src/lib/japanese/query.ts). */
export { MAX_QUERY_LENGTH };

/** Each word is searched on its own, so the number of words bounds the work per keystroke. */
export const MAX_TERMS = 8;

export interface Query {
  /** The query as searched and shown back: NFKC, single spaces, at most MAX_QUERY_LENGTH characters. */
  readonly text: string;
  /**
   * The words of the query (split at spaces), each once, at most MAX_TERMS, leaving out words
   * with no letter or digit (🙂, ！！): Pagefind reads a query with no word as "every page".
   */
  readonly terms: readonly string[];
  /** The reader's text was longer than MAX_QUERY_LENGTH characters (or words) and was cut. */
  readonly truncated: boolean;
}

// Control characters (C0, DEL, C1), format characters such as zero-width spaces and bidi
// overrides, and unpaired surrogate halves (src/lib/invisible), and every kind of space and line
// separator: none of them can be part of a word a reader means, and some can disguise text when
// it is shown back. Each becomes a space, so that the words it separated stay apart.
const visible = (text: string) => withoutInvisible(text.replace(/\s/gu, ' '), ' ');

/**
 * Normalises a raw query. NFKC makes full-width letters and digits half-width and half-width
 * katakana full-width (ﾏｲﾅ → マイナ), and the ideographic space an ordinary one, so that every
 * way of typing the same word searches the same thing.
 */
export function normaliseQuery(raw: string): Query {
  const cleaned = visible(visible(raw).normalize('NFKC')).replace(/ +/gu, ' ').trim();
  const characters = [...cleaned];
  let truncated = characters.length > MAX_QUERY_LENGTH;
  const text = truncated ? characters.slice(0, MAX_QUERY_LENGTH).join('').trimEnd() : cleaned;
  const words = [...new Set(text.split(' ').filter((word) => /[\p{L}\p{N}]/u.test(word)))];
  if (words.length > MAX_TERMS) truncated = true;
  return { text, terms: words.slice(0, MAX_TERMS), truncated };
}
