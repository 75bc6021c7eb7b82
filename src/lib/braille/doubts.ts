/**
 * Words the translator is not sure of, for an author to check (issue 19: the bench counts them
 * over every guide page). Three kinds:
 *  - no-reading: nothing could read the word (a kanji word with no dictionary entry);
 *  - guessed-boundary: where one word ends is the analyser's guess, not a rule's decision: a
 *    katakana word the dictionary does not know, next to more katakana (マイナンバーカード is
 *    one word or two?), or a kanji compound of 4 or more characters that the dictionary lists as
 *    one word and that could not be divided into units (the compound rule cannot apply);
 *  - rule-conflict: two rules of rules.tsv could both apply and the translator chose one: a
 *    kanji numeral standing alone that no number rule decided ("count → digits" or "part of a
 *    word → kana", NOTES.md §1.3); a noun of 3+ morae right after a number and counter (the
 *    compound rule puts a blank, 5ニン カゾク, but a set term is one word, 6テンテンジ); a word right after a
 *    closing 」 whose quote may or may not end a sentence (one blank or two); a particle after
 *    % (attached like 25%ビキ, or apart as after # and *).
 * A row in the lexicon (content/lexicon/) or the braille word list (words.tsv) settles a word.
 */
import type { ReadingToken } from '../reading/index.ts';
import { isKatakanaText } from '../reading/kana.ts';
import { endsSentence, LEVEL_COUNTER, mergeListedWords, moraCount, type BrailleWords } from './spacing.ts';

export type DoubtReason = 'no-reading' | 'guessed-boundary' | 'rule-conflict';

export interface Doubt {
  readonly word: string;
  readonly reason: DoubtReason;
}

const KANJI_NUMERAL_ALONE = /^[〇一二三四五六七八九十百千]$/;
/** Parts of speech that start a word of their own after a closing bracket. */
const SELF_STANDING = new Set(['名詞', '動詞', '形容詞', '副詞', '連体詞', '接続詞', '感動詞', '接頭詞']);

const isCounter = (token: ReadingToken, before: ReadingToken | undefined) =>
  before?.pos === '数' && (token.source === 'rule' || (token.posDetail?.includes('助数詞') ?? false)) && token.pos !== '数' && token.pos !== '記号';
const isPlainNoun = (token: ReadingToken | undefined) =>
  token !== undefined && token.pos === '名詞' && !(token.posDetail ?? []).some((detail) => detail === '接尾' || detail === '非自立' || detail === '副詞可能' || detail === '代名詞');
const LONG_KANJI_COMPOUND = /^[\u4E00-\u9FFF]{4,}$/;
/** Morae from which an unknown katakana word may hide two units of 3 morae or more. */
const LONG_LOANWORD_MORAE = 6;

/** Doubts in tokens that have been through the compound splitter (index.ts). */
export function findDoubts(input: readonly ReadingToken[], words: BrailleWords): Doubt[] {
  const tokens = mergeListedWords(input, words);
  const doubts: Doubt[] = [];
  tokens.forEach((token, index) => {
    const listed = words.has(token.surface);
    const before = tokens[index - 1];
    const after = tokens[index + 1];
    // After a date or level counter the next word is always apart (5ガツ ジテン): no conflict.
    if (!listed && isCounter(token, before) && !LEVEL_COUNTER.test(token.surface) && isPlainNoun(after) && moraCount(after!.braille) >= 3 && !words.has(after!.surface)) {
      doubts.push({ word: `${before!.surface}${token.surface}${after!.surface}`, reason: 'rule-conflict' });
    }
    // A quote before a word may end the sentence (two blanks) or modify the word (one blank):
    // decided by the form before 」, doubtful when it does not end a sentence or a noun that it
    // could modify follows.
    if (token.surface === '」' && after && SELF_STANDING.has(after.pos) && (!endsSentence(before) || isPlainNoun(after))) {
      doubts.push({ word: `${token.surface}${after.surface}`, reason: 'rule-conflict' });
    }
    if (/^[%％]$/.test(token.surface) && after?.pos === '助詞') {
      doubts.push({ word: `${token.surface}${after.surface}`, reason: 'rule-conflict' });
    }
    if (token.source === 'none') {
      doubts.push({ word: token.surface, reason: 'no-reading' });
      return;
    }
    if (listed || token.source === 'lexicon') return;
    const neighbours = [tokens[index - 1], tokens[index + 1]];
    // A long katakana word the dictionary does not know may be a compound whose boundary
    // (マイナ|ポータル) nothing marks; next to more katakana, its own extent is a guess.
    const unknownKatakana = token.source === 'surface' && isKatakanaText(token.surface);
    if (unknownKatakana && (moraCount(token.braille) >= LONG_LOANWORD_MORAE || neighbours.some((next) => next !== undefined && isKatakanaText(next.surface)))) {
      doubts.push({ word: token.surface, reason: 'guessed-boundary' });
      return;
    }
    if (token.source === 'dictionary' && token.pos === '名詞' && LONG_KANJI_COMPOUND.test(token.surface)) {
      doubts.push({ word: token.surface, reason: 'guessed-boundary' });
      return;
    }
    if (token.source === 'dictionary' && KANJI_NUMERAL_ALONE.test(token.surface) && !/[0-9]/.test(token.braille)) {
      doubts.push({ word: token.surface, reason: 'rule-conflict' });
    }
  });
  return doubts;
}
