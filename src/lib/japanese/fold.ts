/**
 * Folding: making equal what a reader may write differently. Pure.
 */
import { katakanaToHiragana } from './kana.ts';

/**
 * The comparison form both finders start from: NFKC (full-width Latin and digits become
 * half-width, half-width katakana full-width, ㌔ キロ), lower case, and katakana as hiragana,
 * ヵ ヶ included (they are compared as letters here, not read). Each finder then removes the
 * punctuation it ignores and folds what else it needs (src/lib/municipalities/normalise.ts,
 * src/lib/procedures/kana.ts). The site search does not fold: Pagefind matches the page's own
 * text, so its query keeps the kana the reader typed (src/lib/search/query.ts).
 */
export function foldForComparison(text: string): string {
  return katakanaToHiragana(text.normalize('NFKC').toLowerCase(), { smallKaKe: 'convert' });
}

/**
 * Small hiragana and the large kana they are written smaller from (Unicode names them
 * HIRAGANA LETTER SMALL A …). Readings in public lists often write them large (ぎようだ for
 * ぎょうだ), and the glossary files ゃ under や.
 */
export const SMALL_KANA_TO_LARGE: Readonly<Record<string, string>> = {
  ぁ: 'あ', ぃ: 'い', ぅ: 'う', ぇ: 'え', ぉ: 'お', っ: 'つ', ゃ: 'や', ゅ: 'ゆ', ょ: 'よ', ゎ: 'わ', ゕ: 'か', ゖ: 'け',
};
