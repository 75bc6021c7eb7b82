/**
 * Splitting a word's reading over its kanji, so that ruby sits on kanji only and okurigana are
 * left bare: 届け出 とどけで → 届(とど) け 出(で). The kana of the surface are anchors that must
 * appear in the reading; each run of kanji gets what lies between them.
 */
import { isKanji, toHiragana } from './kana.ts';
import type { RubyPart } from './types.ts';

type Run = { text: string; kanji: boolean };

function runsOf(surface: string, kanjiLike: (char: string, index: number, chars: string[]) => boolean): Run[] {
  const chars = [...surface];
  const runs: Run[] = [];
  chars.forEach((char, index) => {
    const kanji = kanjiLike(char, index, chars);
    const last = runs[runs.length - 1];
    if (last && last.kanji === kanji) last.text += char;
    else runs.push({ text: char, kanji });
  });
  return runs;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function alignRuns(runs: Run[], reading: string): RubyPart[] | undefined {
  const pattern = new RegExp(`^${runs.map((run) => (run.kanji ? '(.+?)' : `(${escape(toHiragana(run.text))})`)).join('')}$`, 'u');
  const match = pattern.exec(toHiragana(reading));
  if (!match) return undefined;
  return runs.map((run, index) => (run.kanji ? { text: run.text, reading: match[index + 1]! } : { text: run.text }));
}

/**
 * The ruby parts of a word, or undefined when the reading does not fit the spelling (a lexicon
 * row with a typo). Words without kanji come back as one part without a reading.
 */
export function alignReading(surface: string, reading: string): RubyPart[] | undefined {
  if (![...surface].some((char) => isKanji(char))) return [{ text: surface }];
  const plain = alignRuns(runsOf(surface, isKanji), reading);
  if (plain) return plain;
  // Place names write a linking kana between kanji that is read otherwise (龍ケ崎 りゅうがさき):
  // such a kana belongs to the kanji around it.
  const linked = runsOf(surface, (char, index, chars) => {
    if (isKanji(char)) return true;
    const before = chars[index - 1];
    const after = chars[index + 1];
    return /[\u30a1-\u30f4]/u.test(char) && before !== undefined && after !== undefined && isKanji(before) && isKanji(after);
  });
  return alignRuns(linked, reading);
}
