/**
 * Merges the engine's answers for each word of a query into one ranking.
 *
 * Pagefind answers a query of several words only with pages that contain every word, so
 * 「課税証明書 いらない」 would find nothing because no page says いらない. Here each word is
 * searched on its own and pages are ranked first by how many of the words they contain, then
 * by the sum of the engine's scores for those words (BM25 scores add up the way BM25 does).
 *
 * Within one word, a match through the reading decides when there is one. Pagefind cuts a
 * kana query with the browser's segmenter and falls back to the start of a word, so the word
 * typed as text also matches unrelated pages (ミライロ → ロ → ローン); a reading key matches
 * only the whole word.
 */

/** One page the engine returned for one search. */
export interface Hit {
  /** The engine's id of the page (stable within one index). */
  readonly id: string;
  readonly score: number;
}

/** The engine's answers for one word of the query, one list per variant of the word. */
export interface WordResults {
  readonly variants: ReadonlyArray<{ readonly kind: 'text' | 'reading'; readonly hits: readonly Hit[] }>;
}

export interface RankedPage {
  readonly id: string;
  /** How many words of the query the page contains. */
  readonly words: number;
  readonly score: number;
  /** Whether some word matched the page's visible text (else only its invisible reading). */
  readonly visible: boolean;
}

/** The pages one word matches, each with its best score, and whether the text matched. */
function pagesOfWord(word: WordResults): Map<string, { score: number; visible: boolean }> {
  const byReading = word.variants.filter((variant) => variant.kind === 'reading' && variant.hits.length > 0);
  const textHits = word.variants.filter((variant) => variant.kind === 'text').flatMap((variant) => variant.hits);
  const textIds = new Set(textHits.map((hit) => hit.id));
  const pages = new Map<string, { score: number; visible: boolean }>();
  const deciding = byReading.length > 0 ? byReading.flatMap((variant) => variant.hits) : textHits;
  for (const hit of deciding) {
    const seen = pages.get(hit.id);
    if (!seen || hit.score > seen.score) pages.set(hit.id, { score: hit.score, visible: textIds.has(hit.id) });
  }
  return pages;
}

export function rankPages(words: readonly WordResults[]): RankedPage[] {
  const pages = new Map<string, { words: number; score: number; visible: boolean }>();
  for (const word of words) {
    for (const [id, { score, visible }] of pagesOfWord(word)) {
      const page = pages.get(id) ?? { words: 0, score: 0, visible: false };
      page.words += 1;
      page.score += score;
      page.visible ||= visible;
      pages.set(id, page);
    }
  }
  return [...pages]
    .map(([id, page]) => ({ id, ...page }))
    .sort((a, b) => b.words - a.words || b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
