/**
 * Site search (issue 7): everything the search page and the index builder share, free of the
 * DOM and of the engine. The engine is Pagefind; src/integrations/search-index.ts builds its
 * index after `astro build`, and src/scripts/site-search.ts runs the page.
 */
export { MAX_QUERY_LENGTH, MAX_TERMS, normaliseQuery, type Query } from './query.ts';
export { hasKanji, isHiraganaText, isKanaText, KEY_END, needsReadingKey, queryReadingKey, readingKey, toHiragana, toKatakana } from './kana.ts';
export { variantsOf, type Variant } from './variants.ts';
export { rankPages, type Hit, type RankedPage, type WordResults } from './rank.ts';
export { excerptParts, hasMark, type ExcerptPart } from './excerpt.ts';
export { addressWithQuery, queryFromSearch, QUERY_PARAMETER } from './address.ts';
export { ENGINE_ERROR_MESSAGE, LOADING_MESSAGE, resultMessage, TRUNCATED_MESSAGE } from './messages.ts';
export { keysForKnownWords, keysForTokens, MAX_COMPOUND_PARTS, MAX_KEY_REPEATS, type ReadingPair, type ReadingTokenLike } from './reading.ts';
export { synonymsFor, type SynonymGroup } from './synonyms.ts';
export { MAX_SEARCHED_WORDS, phraseParts, searchedWords } from './phrase.ts';
