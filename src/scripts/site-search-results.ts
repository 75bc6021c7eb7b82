/**
 * The part of the search page that runs a query and draws its results. Loaded by
 * src/scripts/site-search.ts together with the Pagefind engine, on the first focus of the
 * search box or the first query, so that the page itself loads only a small script.
 * Every piece of text from the query or the index is inserted as text, never as HTML.
 */
import { excerptParts, hasMark, rankPages, searchedWords, variantsOf, type Hit, type Query, type WordResults } from '../lib/search/index.ts';

/** Results shown at once; the count still says how many pages matched. */
export const MAX_SHOWN = 20;

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface EngineResult extends Hit {
  data(): Promise<ResultData>;
}
/** The part of Pagefind's browser API the page uses (the same in the versions compared). */
export interface Engine {
  options(options: Record<string, unknown>): Promise<void>;
  init?(): Promise<void>;
  search(term: string): Promise<{ results: EngineResult[] } | null>;
}

export interface Answer {
  /** How many pages matched. */
  readonly total: number;
  /** The first MAX_SHOWN of them, with what each result shows. */
  readonly shown: ReadonlyArray<{ data: ResultData; visible: boolean }>;
}

/** Searches every word of the query in all its forms and ranks the pages (src/lib/search). */
export async function answer(engine: Engine, query: Query): Promise<Answer> {
  const ask = async (text: string) => (await engine.search(text))?.results ?? [];
  const words = searchedWords(query.terms).map((word) => variantsOf(word));
  const [whole, answers] = await Promise.all([
    query.terms.length > 1 ? ask(query.text) : Promise.resolve([]),
    Promise.all(words.map((variants) => Promise.all(variants.map((variant) => ask(variant.text))))),
  ]);
  const perWord: WordResults[] = words.map((variants, index) => ({
    variants: variants.map((variant, at) => ({ kind: variant.kind, hits: answers[index]![at]! })),
  }));
  const ranked = rankPages(perWord);
  // The excerpt comes from the search that matched most of the query on that page: the
  // whole query if it found the page, else the word's visible form with the best score.
  const wholeById = new Map(whole.map((result) => [result.id, result]));
  const bestById = new Map<string, EngineResult>();
  perWord.forEach((word, index) => {
    word.variants.forEach((variant, at) => {
      if (variant.kind !== 'text') return;
      for (const result of answers[index]![at]!) {
        const seen = bestById.get(result.id);
        if (!seen || result.score > seen.score) bestById.set(result.id, result);
      }
    });
  });
  const anyById = new Map(answers.flat(2).map((result) => [result.id, result]));
  const shown = await Promise.all(
    ranked.slice(0, MAX_SHOWN).map(async (page) => ({
      data: await (wholeById.get(page.id) ?? bestById.get(page.id) ?? anyById.get(page.id)!).data(),
      visible: page.visible,
    })),
  );
  return { total: ranked.length, shown };
}

/** The list items of the results: title link in a heading, where the page is, the excerpt. */
export function resultItems(found: Answer): HTMLLIElement[] {
  return found.shown.flatMap(({ data, visible }) => {
    // Only pages of this site: a result address must be a path on this host.
    if (!/^\/(?!\/)/.test(data.url)) return [];
    const item = document.createElement('li');
    item.className = 'search-result';
    const heading = document.createElement('h3');
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = data.meta['title'] ?? data.url;
    heading.append(link);
    item.append(heading);
    const trail = data.meta['breadcrumb'];
    if (trail) {
      const where = document.createElement('p');
      where.className = 'search-result__trail';
      where.textContent = `場所：${trail}`;
      item.append(where);
    }
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result__excerpt';
    const parts = excerptParts(data.excerpt);
    if (visible && hasMark(parts)) {
      excerpt.append('…');
      for (const part of parts) {
        if (!part.marked) {
          excerpt.append(part.text);
          continue;
        }
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        excerpt.append(mark);
      }
      excerpt.append('…');
    } else {
      // Found through the page's reading (kana typed for a kanji word): the excerpt would
      // show no match, so the page's own description is shown.
      excerpt.textContent = data.meta['description'] ?? '';
    }
    item.append(excerpt);
    return [item];
  });
}
