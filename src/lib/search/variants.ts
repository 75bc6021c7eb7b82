/**
 * The searches one query word becomes. Pagefind matches words as its segmenter cut them, so a
 * word is also searched in the other forms a page may use for it: katakana for a hiragana word
 * (まいなぽーたる → マイナポータル), and its reading key (kana.ts) when the browser can tell
 * the word's reading, which meets the invisible reading the index holds for every word not
 * written in hiragana (かぜいしょうめいしょ → 課税証明書, みらいろ → ミライロ).
 */
import { isHiraganaText, queryReadingKey, toKatakana } from './kana.ts';

export interface Variant {
  /** The text handed to the search engine. */
  readonly text: string;
  /**
   * 'text' matches the page's visible text (its excerpt shows the word); 'reading' matches
   * the page's invisible reading, whole words only (the result shows the description).
   */
  readonly kind: 'text' | 'reading';
}

export function variantsOf(word: string): Variant[] {
  const variants: Variant[] = [{ text: word, kind: 'text' }];
  if (isHiraganaText(word)) variants.push({ text: toKatakana(word), kind: 'text' });
  const key = queryReadingKey(word);
  if (key !== undefined) variants.push({ text: key, kind: 'reading' });
  return variants;
}
