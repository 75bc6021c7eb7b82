/**
 * The reading layer: text → tokens with reading (hiragana), pronunciation for speech and the
 * kana braille writes, from the project lexicon, this module's number rules and kuromoji.
 * Furigana (src/lib/ruby), braille and speech all read the same tokens, so they never
 * disagree, and one lexicon row fixes all three. Build time only: never shipped to browsers.
 *
 *   const reader = createReader(await loadAnalyser(), lexicon);
 *   const tokens = reader.read('令和3年5月10日現在');
 *   readingOf(tokens) // 'れいわさんねんごがつとおかげんざい'
 */
import { hasKanji } from './kana.ts';
import type { ReadingToken } from './types.ts';

export type { Analyser, AnalyserToken, ReadingSource, ReadingToken, RubyPart } from './types.ts';
export { createReader, type Reader } from './reader.ts';
export { defaultDictionaryPath, loadAnalyser } from './analyser.ts';
export {
  buildLexicon,
  formatLexiconProblems,
  LEXICON_HEADER,
  parseLexiconTsv,
  splitEntry,
  type Lexicon,
  type LexiconEntry,
  type LexiconProblem,
} from './lexicon.ts';
export { alignReading } from './align.ts';
export { hasKanji, isKanaText, isKanji, toHiragana, toKatakana } from './kana.ts';

/** The reading of the whole text in hiragana (punctuation, Latin words and spaces as written). */
export function readingOf(tokens: readonly ReadingToken[]): string {
  return tokens.map((token) => token.reading || token.surface).join('');
}

/** Tokens with kanji that nothing could read: each must get a lexicon row. */
export function unreadWords(tokens: readonly ReadingToken[]): ReadingToken[] {
  return tokens.filter((token) => token.source === 'none' && hasKanji(token.surface));
}
