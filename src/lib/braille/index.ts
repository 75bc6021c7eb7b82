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
import { findDoubts, type Doubt } from './doubts.ts';
import { spaceTokens, type BrailleWords } from './spacing.ts';

export type { Doubt, DoubtReason } from './doubts.ts';

export { BLANK, cell, kanaToBraille, kanaToUnits, UnbrailleableCharacterError } from './cells.ts';
export { moraCount, spaceTokens, type BrailleWords } from './spacing.ts';

export interface Translator {
  /** Spaced braille kana (the analyser stage's output). */
  kana(text: string): string;
  /** Cells grouped into units that a line break may not split. */
  units(text: string): string[];
  /** Unicode braille, blank cell U+2800. */
  braille(text: string): string;
  /** Words of the text whose braille an author should check (doubts.ts). */
  doubts(text: string): Doubt[];
}

const VOICED: Record<string, string> = Object.fromEntries(
  [...'カキクケコサシスセソタチツテトハヒフヘホ'].map((kana) => [kana, String.fromCharCode(kana.charCodeAt(0) + 1)]),
);

/**
 * The compound's own spelling of its second half, when the half is spelt `alone` on its own:
 * the same kana, or with the first kana voiced by 連濁 (ヒヨリ → ビヨリ in コハルビヨリ).
 */
function secondHalfIn(whole: string, alone: string): string | undefined {
  if (alone.length === 0 || alone.length >= whole.length) return undefined;
  const tail = whole.slice(whole.length - alone.length);
  if (tail === alone) return tail;
  const voiced = VOICED[alone[0]!];
  return voiced && tail === voiced + alone.slice(1) ? tail : undefined;
}

/**
 * A compound the dictionary lists as one word (東京大学 トーキョーダイガク) is still several
 * meaning units for braille (点訳のてびき 第3章 その2 複合語, その3 固有名詞): split it where
 * both halves are nouns on their own (of the dictionary or the lexicon), so that the compound
 * rule of spacing.ts can apply (トーキョー ダイガク). The compound keeps its own reading: the
 * second half is found at the end of it, also when voiced by 連濁 (コハル ビヨリ), and the first
 * half is the rest (日本銀行 → ニッポン ギンコー, though 日本 alone is ニホン). The second half is
 * split again (日本放送協会 → ニッポン ホーソー キョーカイ). Only kanji compounds of 4 or more
 * characters are tried.
 */
function compoundSplitter(reader: Reader): (tokens: ReadingToken[]) => ReadingToken[] {
  const cache = new Map<string, ReadingToken[]>();
  const single = (text: string): ReadingToken | undefined => {
    const tokens = reader.read(text);
    const [only] = tokens;
    const known = only?.source === 'dictionary' || only?.source === 'lexicon';
    return tokens.length === 1 && only && known && (only.pos === '名詞' || only.pos === '固有名詞') ? only : undefined;
  };
  const split = (token: ReadingToken): ReadingToken[] => {
    if (token.source !== 'dictionary' || token.pos !== '名詞' || !/^[\u4E00-\u9FFF]{4,}$/u.test(token.surface)) return [token];
    const known = cache.get(token.surface);
    if (known) return known;
    let result = [token];
    for (let at = 2; at <= token.surface.length - 2; at += 1) {
      const left = single(token.surface.slice(0, at));
      const right = single(token.surface.slice(at));
      const tail = left && right ? secondHalfIn(token.braille, right.braille) : undefined;
      if (left && right && tail) {
        const head = token.braille.slice(0, token.braille.length - tail.length);
        const posDetail = token.posDetail ?? [];
        // Split the second half further only with its own dictionary token as the whole.
        const rest = split({ ...right, source: 'dictionary', braille: tail, posDetail, pos: '名詞' });
        result = [{ ...left, braille: head, pos: '名詞', posDetail }, ...rest];
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
  return { kana, units, braille: (text) => units(text).join(''), doubts: (text) => findDoubts(splitCompounds(reader.read(text)), words) };
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
