/**
 * Line breaking of a short Japanese title (a page title on its share card), by the rules of
 * JIS X 4051 as W3C's "Requirements for Japanese Text Layout" (jlreq) describes them:
 *
 * - 3.1.7 (line-start prohibition): closing brackets (cl-02), hyphens (cl-03), dividing
 *   punctuation (cl-04), middle dots (cl-05), full stops (cl-06), commas (cl-07), iteration marks
 *   (cl-09), the prolonged sound mark (cl-10) and small kana (cl-11) never begin a line (the strict
 *   set: a title is short, so there is no need for the loose one);
 * - 3.1.8 (line-end prohibition): opening brackets (cl-01) never end a line;
 * - 3.1.10 (unbreakable character sequences): no break between two inseparable characters (cl-08,
 *   ―― ……), nor inside a run of Latin letters and digits (ID, API, 2026);
 * - 3.1.7 note: the push-out method (追い出し): when a line would end badly, characters move to
 *   the next line; nothing is squeezed in, so a line is never wider than its measure.
 *
 * Beyond the prohibitions, a break "inside a word" is avoided where the title allows: breaks are
 * preferred at phrase ends (文節), found without a dictionary: after a run of hiragana (the
 * particles and endings that close a phrase: マイナポータルで｜取得できる), after closing brackets
 * and punctuation, before opening brackets and after a space. Only a phrase wider than the
 * whole line is broken inside, at any point the prohibitions allow.
 *
 * Widths are in em of a font whose full-width characters are 1 em and whose ASCII characters are
 * ½ em (a fixed-pitch Japanese font, BIZ UDGothic: design.ts), so a line's width is exact.
 */

const OPENING_BRACKETS = '‘“（〔［｛〈《「『【〘〖〝⦅«([{';
const CLOSING_BRACKETS = '’”）〕］｝〉》」』】〙〗〟⦆»)]}';
const HYPHENS = '‐〜゠–~';
const DIVIDING_PUNCTUATION = '？！‼⁇⁈⁉?!';
const MIDDLE_DOTS = '・：；:;';
const FULL_STOPS = '。．.';
const COMMAS = '、，,';
const ITERATION_MARKS = 'ヽヾゝゞ々〻';
const PROLONGED_SOUND_MARK = 'ー';
const SMALL_KANA = 'ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ';
const INSEPARABLE = '—―…‥〳〴〵';

/** jlreq 3.1.7: characters that never begin a line. */
const NOT_AT_LINE_START = new Set(
  [CLOSING_BRACKETS, HYPHENS, DIVIDING_PUNCTUATION, MIDDLE_DOTS, FULL_STOPS, COMMAS, ITERATION_MARKS, PROLONGED_SOUND_MARK, SMALL_KANA].join(''),
);
/** jlreq 3.1.8: characters that never end a line. */
const NOT_AT_LINE_END = new Set(OPENING_BRACKETS);
/** Characters after which a new phrase begins (a closing bracket or punctuation). */
const PHRASE_CLOSERS = new Set([CLOSING_BRACKETS, MIDDLE_DOTS, FULL_STOPS, COMMAS, DIVIDING_PUNCTUATION].join(''));

/** Latin letters and digits, half- or full-width, and what joins them inside one word (2.0, e-Tax). */
const WORD_CHARACTER = /[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]/u;
const WORD_JOINER = /[.\-'’_]/u;
const HIRAGANA = /\p{Script=Hiragana}/u;
const SPACE = /\s/u;

/** A character, or a run of Latin letters and digits, that is never broken inside. */
interface Unit {
  text: string;
  /** Advance width in em. */
  width: number;
}

type Break = 'forbidden' | 'allowed' | 'preferred';

/** The advance of one character in em: ½ for ASCII and half-width forms, 1 for the rest. */
export function characterWidth(character: string): number {
  const code = character.codePointAt(0) ?? 0;
  const halfWidth = (code >= 0x20 && code <= 0x7e) || (code >= 0xff61 && code <= 0xffdc) || (code >= 0xffe8 && code <= 0xffee);
  return halfWidth ? 0.5 : 1;
}

/** The advance of a string in em, trailing spaces left out (they hang past the line end). */
export function textWidth(text: string): number {
  return [...text.trimEnd()].reduce((sum, character) => sum + characterWidth(character), 0);
}

function toUnits(text: string): Unit[] {
  const units: Unit[] = [];
  const characters = [...text];
  for (let index = 0; index < characters.length; index += 1) {
    const character = characters[index]!;
    const previous = units.at(-1);
    const inWord =
      previous !== undefined &&
      WORD_CHARACTER.test(previous.text.at(-1)!) &&
      (WORD_CHARACTER.test(character) || (WORD_JOINER.test(character) && WORD_CHARACTER.test(characters[index + 1] ?? '')));
    if (inWord) {
      previous.text += character;
      previous.width += characterWidth(character);
    } else {
      units.push({ text: character, width: characterWidth(character) });
    }
  }
  return units;
}

/** What kind of break the rules allow between two neighbouring units. */
function breakBetween(before: Unit, after: Unit): Break {
  const last = [...before.text].at(-1)!;
  const first = [...after.text][0]!;
  if (SPACE.test(first)) return 'forbidden'; // a space stays at the end of its line
  if (NOT_AT_LINE_START.has(first) || NOT_AT_LINE_END.has(last)) return 'forbidden';
  if (INSEPARABLE.includes(last) && INSEPARABLE.includes(first)) return 'forbidden';
  if (SPACE.test(last) || PHRASE_CLOSERS.has(last) || NOT_AT_LINE_END.has(first)) return 'preferred';
  if (HIRAGANA.test(last) && !HIRAGANA.test(first)) return 'preferred';
  return 'allowed';
}

export interface WrappedTitle {
  lines: string[];
  /** How many lines end inside a phrase (a break the title could not avoid at this measure). */
  breaksInsidePhrases: number;
  /** The widest line, in em. */
  width: number;
}

/** Thrown when a title has a piece no line of the given measure can hold. */
export class LineTooNarrowError extends Error {
  override name = 'LineTooNarrowError';
  readonly piece: string;
  readonly measure: number;
  constructor(piece: string, measure: number) {
    super(`「${piece}」 cannot be broken and is wider than a line of ${measure} em`);
    this.piece = piece;
    this.measure = measure;
  }
}

/**
 * Breaks `text` into lines no wider than `measure` em: whole phrases where they fit (greedy,
 * first fit), a phrase wider than a line broken inside, every line ending and beginning as
 * jlreq 3.1.7–3.1.10 allow. The lines joined give back the text exactly.
 */
export function wrapJapanese(text: string, measure: number): WrappedTitle {
  const units = toUnits(text);
  const breaks: Break[] = units.map((unit, index) => (index === 0 ? 'forbidden' : breakBetween(units[index - 1]!, unit)));
  const lineWidth = (from: number, to: number) => textWidth(units.slice(from, to).map((unit) => unit.text).join(''));

  // Phrases: runs of units between preferred breaks.
  const phraseStarts = breaks.flatMap((kind, index) => (index === 0 || kind === 'preferred' ? [index] : []));
  const lineStarts: number[] = [0];
  let breaksInsidePhrases = 0;
  for (const [phraseNumber, phraseStart] of phraseStarts.entries()) {
    const phraseEnd = phraseStarts[phraseNumber + 1] ?? units.length;
    const lineStart = lineStarts.at(-1)!;
    if (lineWidth(lineStart, phraseEnd) <= measure) continue; // the phrase fits on this line
    if (phraseStart > lineStart && lineWidth(phraseStart, phraseEnd) <= measure) {
      lineStarts.push(phraseStart); // the whole phrase moves to a new line
      continue;
    }
    // The phrase is wider than a line: break inside it, pushing out to the last allowed break.
    for (let end = Math.max(phraseStart, lineStarts.at(-1)!) + 1; end <= phraseEnd; end += 1) {
      const start = lineStarts.at(-1)!;
      if (lineWidth(start, end) <= measure) continue;
      let breakAt = end - 1;
      while (breakAt > start && breaks[breakAt] === 'forbidden') breakAt -= 1;
      if (breakAt <= start) {
        throw new LineTooNarrowError(units.slice(start, end).map((unit) => unit.text).join(''), measure);
      }
      lineStarts.push(breakAt);
      if (breaks[breakAt] !== 'preferred') breaksInsidePhrases += 1;
    }
  }
  const lines = lineStarts.map((start, index) => units.slice(start, lineStarts[index + 1] ?? units.length).map((unit) => unit.text).join(''));
  return { lines, breaksInsidePhrases, width: Math.max(...lines.map(textWidth)) };
}

/**
 * The same lines as wrapJapanese at `measure`, evened out: the narrowest measure (in ½ em steps)
 * that keeps the number of lines and breaks no more phrases, so that a title of two lines is two
 * similar lines rather than a full one and a stub (as CSS `text-wrap: balance` does).
 */
export function wrapJapaneseBalanced(text: string, measure: number): WrappedTitle {
  const widest = wrapJapanese(text, measure);
  let best = widest;
  for (let narrower = Math.ceil(widest.width * 2) / 2 - 0.5; narrower > 0; narrower -= 0.5) {
    let candidate: WrappedTitle;
    try {
      candidate = wrapJapanese(text, narrower);
    } catch {
      break;
    }
    if (candidate.lines.length !== widest.lines.length || candidate.breaksInsidePhrases > widest.breaksInsidePhrases) break;
    best = candidate;
  }
  return best;
}
