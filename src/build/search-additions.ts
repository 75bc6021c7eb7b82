/**
 * What the search index adds to each page, from the rest of the site:
 *   - its reading, from the reading layer (src/lib/reading, through
 *     src/data/reading-layer.ts): the same tokens that give the furigana, braille and
 *     speech, turned into reading keys (src/lib/search/reading.ts);
 *   - the other names of the glossary terms it uses (content/data/glossary.yaml).
 */
import { keysForTokens, synonymsFor } from '../lib/search/index.ts';
import { contentFiles } from '../data/content-files.ts';
import { loadReadingLayer } from '../data/reading-layer.ts';

/** A page's main text → its reading keys. */
export type ReadingProvider = (text: string) => string[];

export async function loadReadingProvider(): Promise<ReadingProvider> {
  const reader = await loadReadingLayer();
  return (text) => keysForTokens(reader.read(text));
}

/** A page's main text → the other names of the glossary terms it uses. */
export function loadSynonymProvider(): (text: string) => string[] {
  const groups = contentFiles().glossary().filter((entry) => entry.aliases.length > 0).map((entry) => [entry.term, ...entry.aliases]);
  return (text) => synonymsFor(text, groups);
}
