/**
 * A query word typed without spaces often holds several words (ミライロIDが使える自治体).
 * Pagefind cuts such a word with the browser's segmenter, which cuts katakana words into
 * pieces (ミ / ライ / ロ) that the index does not hold, and then asks for every piece. Here a
 * word is first cut where the script changes: katakana words and Latin words stand alone, and
 * kanji keep the kana after them (使える, 番号を), so that each part is searched, with its
 * reading, on its own.
 */

import { HIRAGANA_LETTERS, KATAKANA_LETTERS } from '../japanese/classes.ts';

type Script = 'kanji' | 'hiragana' | 'katakana' | 'latin' | 'other';

/**
 * Kanji as a query word is cut: a narrower set than the reading layer's KANJI_LETTERS
 * (src/lib/japanese/classes.ts), which also holds 〆 〇 and the ideographs beyond U+FFFF.
 * Here those fall under 'other'. Kept as it was: widening it would change how such a query is
 * cut, which is a change of behaviour to decide on its own.
 */
const QUERY_KANJI = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005\u30f5\u30f6]/u;
const HIRAGANA = new RegExp(`[${HIRAGANA_LETTERS}]`, 'u');
const KATAKANA = new RegExp(`[${KATAKANA_LETTERS}・]`, 'u');

function scriptOf(char: string): Script {
  if (QUERY_KANJI.test(char)) return 'kanji';
  if (HIRAGANA.test(char)) return 'hiragana';
  if (KATAKANA.test(char)) return 'katakana';
  if (/[A-Za-z0-9\-_.'’]/u.test(char)) return 'latin';
  return 'other';
}

/** The parts of a word, cut where the script changes; a word in one script is one part. */
export function phraseParts(word: string): string[] {
  // `last` is the script of a part's last character: kanji take the hiragana after them, and
  // a new kanji after those hiragana starts a new part (使える | 自治体).
  const parts: Array<{ last: Script; text: string }> = [];
  for (const char of word) {
    const script = scriptOf(char);
    const part = parts.at(-1);
    // ー after hiragana (まいなぽーたる) belongs to the hiragana; hiragana after kanji are
    // its endings or particles (使える, 番号を).
    const joins =
      part !== undefined && (part.last === script || (part.last === 'kanji' && script === 'hiragana') || (part.last === 'hiragana' && char === 'ー'));
    if (joins) {
      part.text += char;
      if (char !== 'ー') part.last = script;
    } else {
      parts.push({ last: script, text: char });
    }
  }
  return parts.map((part) => part.text);
}

/** Most words searched for one query: each costs one search per variant. */
export const MAX_SEARCHED_WORDS = 12;

/** The words a query is searched as: the parts of each of its words, each once. */
export function searchedWords(terms: readonly string[]): string[] {
  return [...new Set(terms.flatMap(phraseParts))].filter((word) => /[\p{L}\p{N}]/u.test(word)).slice(0, MAX_SEARCHED_WORDS);
}
