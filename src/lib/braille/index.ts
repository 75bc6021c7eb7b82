/**
 * Japanese kana braille (日本点字) from the reading layer, in two stages:
 *   spaceTokens: tokens → braille kana with word spaces (ワタシワ ガッコーエ イキマス),
 *   kanaToUnits: braille kana → six-dot cells (Unicode braille, blank U+2800).
 * Then layout.ts breaks cells into lines and pages, and formats.ts writes BRF, BSE and
 * Unicode text. Build time only. Rules: shared/braille/NOTES.md (点訳のてびき).
 *
 *   const translator = createTranslator(reader);
 *   translator.kana('先生に聞いた。')    // 'センセイニ キイタ。'
 *   translator.braille('先生に聞いた。') // '⠻⠴⠻⠃⠇⠀⠣⠃⠕⠲'
 */
import type { Reader, ReadingToken } from '../reading/index.ts';
import { kanaToUnits, UnbrailleableCharacterError } from './cells.ts';
import { spaceTokens, type BrailleWords } from './spacing.ts';

export { BLANK, cell, kanaToBraille, kanaToUnits, UnbrailleableCharacterError } from './cells.ts';
export { moraCount, spaceTokens, type BrailleWords } from './spacing.ts';

export interface Translator {
  /** Spaced braille kana (the analyser stage's output). */
  kana(text: string): string;
  /** Cells grouped into units that a line break may not split. */
  units(text: string): string[];
  /** Unicode braille, blank cell U+2800. */
  braille(text: string): string;
}

/**
 * A compound the dictionary lists as one word (東京大学 トーキョーダイガク) is still two meaning
 * units for braille: split it where both halves are dictionary words on their own whose
 * spellings join to the whole, so that the compound rule of spacing.ts can apply
 * (トーキョー ダイガク). Only kanji compounds of 4 or more characters are tried.
 */
function compoundSplitter(reader: Reader): (tokens: ReadingToken[]) => ReadingToken[] {
  const cache = new Map<string, ReadingToken[]>();
  const single = (text: string): ReadingToken | undefined => {
    const tokens = reader.read(text);
    const [only] = tokens;
    return tokens.length === 1 && only && only.source === 'dictionary' && only.pos === '名詞' ? only : undefined;
  };
  const split = (token: ReadingToken): ReadingToken[] => {
    if (token.source !== 'dictionary' || token.pos !== '名詞' || !/^[\u4E00-\u9FFF]{4,}$/u.test(token.surface)) return [token];
    const known = cache.get(token.surface);
    if (known) return known;
    let result = [token];
    for (let at = 2; at <= token.surface.length - 2; at += 1) {
      const left = single(token.surface.slice(0, at));
      const right = single(token.surface.slice(at));
      if (left && right && left.braille + right.braille === token.braille) {
        result = [{ ...left, posDetail: token.posDetail ?? [] }, { ...right, posDetail: token.posDetail ?? [] }];
        break;
      }
    }
    cache.set(token.surface, result);
    return result;
  };
  return (tokens) => tokens.flatMap(split);
}

export function createTranslator(reader: Reader, words: BrailleWords = new Map()): Translator {
  const splitCompounds = compoundSplitter(reader);
  const kana = (text: string) => spaceTokens(splitCompounds(reader.read(text)), words);
  const units = (text: string) => {
    try {
      return kanaToUnits(kana(text));
    } catch (error) {
      // Name the text as written, not the kana made from it.
      if (error instanceof UnbrailleableCharacterError) throw new UnbrailleableCharacterError(error.character, text);
      throw error;
    }
  };
  return { kana, units, braille: (text) => units(text).join('') };
}

/** Parses the braille word list (term <TAB> spaced braille kana; # comments). */
export function parseBrailleWords(tsv: string, file: string): Map<string, string> {
  const words = new Map<string, string>();
  tsv.split('\n').forEach((line, index) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [term, kana, ...rest] = line.split('\t');
    if (!term || !kana || rest.length > 1) throw new Error(`${file}:${index + 1}: 「語<TAB>点字のかな」の形で書いてください: ${line}`);
    words.set(term, kana);
  });
  return words;
}
