/**
 * The invisible reading of a page that the search index holds, so that a word typed in kana
 * (かぜいしょうめいしょ) finds the page that writes it in kanji (課税証明書). The reading is a
 * list of reading keys (kana.ts), one per use of each word not written in hiragana (kanji,
 * katakana, capitals); a word in hiragana is found as written.
 */
import { needsReadingKey, readingKey } from './kana.ts';

/** A word as written and its reading in kana: a glossary term, a document name, a token. */
export interface ReadingPair {
  readonly surface: string;
  readonly reading: string;
}

/**
 * How often one word's key is repeated: once per use on the page, so that the engine weighs a
 * word found through its reading as it weighs the word itself, up to this cap.
 */
export const MAX_KEY_REPEATS = 10;

const occurrences = (text: string, word: string): number => {
  let count = 0;
  for (let at = text.indexOf(word); at !== -1 && count < MAX_KEY_REPEATS; at = text.indexOf(word, at + word.length)) count += 1;
  return count;
};

/**
 * Reading keys for the known words (glossary terms, document names …) that occur in a page's
 * text, one per occurrence. A pair whose reading is not kana is a content error, reported with
 * the word.
 */
export function keysForKnownWords(text: string, pairs: readonly ReadingPair[]): string[] {
  const keys: string[] = [];
  for (const { surface, reading } of pairs) {
    if (!needsReadingKey(surface)) continue;
    const count = occurrences(text, surface);
    if (count === 0) continue;
    const key = readingKey(reading.replace(/[\s・]/gu, ''));
    if (key === undefined) throw new Error(`「${surface}」の読み「${reading}」が、かなではありません`);
    for (let repeat = 0; repeat < count; repeat += 1) keys.push(key);
  }
  return keys;
}

/** A token of the reading layer (src/lib/reading): only the fields search needs. */
export interface ReadingTokenLike {
  readonly surface: string;
  /** Hiragana; empty when the reading layer does not know the word. */
  readonly reading: string;
  /** Part of speech as IPADIC names it (名詞, 助詞 …). */
  readonly pos: string;
}

/**
 * Parts of speech joined into compounds: nouns, numbers (令和2年度) and prefixes, which
 * IPADIC gives to 大 in 大活字 and 再 in 再交付.
 */
const COMPOUND_PARTS = new Set(['名詞', '固有名詞', '数', '接頭詞']);

/** Longest run of neighbouring nouns indexed as one word (証明 + 書 → 証明書; 4 parts cover 課税証明書). */
export const MAX_COMPOUND_PARTS = 4;

/**
 * Reading keys for a token stream, one per occurrence: each word not in hiragana, and every
 * run of 2 to MAX_COMPOUND_PARTS neighbouring nouns, because a reader types a compound
 * (かぜいしょうめいしょ) as one word where the analyser sees three (課税 / 証明 / 書).
 */
export function keysForTokens(tokens: readonly ReadingTokenLike[]): string[] {
  const keys: string[] = [];
  const add = (parts: readonly ReadingTokenLike[]) => {
    if (!parts.some((token) => needsReadingKey(token.surface))) return;
    const key = readingKey(parts.map((token) => token.reading).join(''));
    if (key !== undefined) keys.push(key);
  };
  let run: ReadingTokenLike[] = [];
  const closeRun = () => {
    for (let start = 0; start < run.length; start += 1) {
      for (let end = start + 2; end <= Math.min(run.length, start + MAX_COMPOUND_PARTS); end += 1) add(run.slice(start, end));
    }
    run = [];
  };
  for (const token of tokens) {
    if (token.reading === '') {
      closeRun();
      continue;
    }
    add([token]);
    if (COMPOUND_PARTS.has(token.pos)) run.push(token);
    else closeRun();
  }
  closeRun();
  return keys;
}
