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
import type { Reader } from '../reading/index.ts';
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

export function createTranslator(reader: Reader, words: BrailleWords = new Map()): Translator {
  const kana = (text: string) => spaceTokens(reader.read(text), words);
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
