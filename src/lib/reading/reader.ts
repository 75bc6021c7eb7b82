/**
 * Text → tokens with readings. Three sources, in this order of trust:
 *   1. this module's rules for telephone numbers (0120-95-0178, #9110: digit by digit) and
 *      for numbers and counters (3,861万枚, 5月10日, 24時間), read first because the analyser
 *      knows no digits,
 *   2. the project lexicon, for whole words of the analyser's segmentation (longest first),
 *   3. the morphological analyser (kuromoji with IPADIC) for everything else,
 * followed by two clean-ups on the analyser's output: numbers written in kanji (三百, 一人)
 * and the auxiliary う that lengthens the vowel before it.
 */
import { hasKanji, isKatakanaText, longVowelSpelling, toKatakana } from './kana.ts';
import type { Lexicon, LexiconEntry } from './lexicon.ts';
import {
  COUNTER_SPELLINGS,
  COUNTERS,
  counterBraille,
  KANJI_NUMERAL,
  kanjiNumberBraille,
  kanjiNumberValue,
  phoneNumberAt,
  readCounted,
  readInteger,
  readPrintedNumber,
  toAsciiDigits,
  type CounterRule,
} from './numbers.ts';
import { fromAnalyser, mergeAuxiliaryU, readNan } from './spelling.ts';
import type { Analyser, AnalyserToken, ReadingToken } from './types.ts';

export interface Reader {
  /** Tokens whose surfaces join to `text` exactly. */
  read(text: string): ReadingToken[];
}

export function createReader(analyser: Analyser, lexicon: Lexicon): Reader {
  return { read: (text) => readText(text, analyser, lexicon) };
}

function fromLexicon(entry: LexiconEntry): ReadingToken {
  const katakana = toKatakana(entry.reading);
  // Verbs and adjectives keep a final ウ (思う オモウ); nouns lengthen (東京 トーキョー).
  const spelt = entry.pos === '動詞' || entry.pos === '形容詞' ? katakana : longVowelSpelling(katakana);
  const writtenAsIs = isKatakanaText(entry.term) || /^[\x21-\x7e]+$/.test(entry.term);
  return {
    surface: entry.term,
    reading: entry.reading,
    pronunciation: spelt,
    braille: writtenAsIs ? entry.term : spelt,
    source: 'lexicon',
    // A person's name is a proper noun as IPADIC tags one (名詞 固有名詞 人名), so that braille
    // spaces it as a name.
    ...(entry.pos === '人名' ? { pos: '名詞', posDetail: ['固有名詞', '人名'] } : { pos: entry.pos ?? '名詞' }),
    ...(entry.parts ? { parts: entry.parts } : {}),
    ...(entry.units ? { units: entry.units } : {}),
  };
}

const DIGITS = '[0-9０-９]';
const NUMBER = `${DIGITS}+(?:[,，]${DIGITS}{3})*(?:[.．]${DIGITS}+)?`;
const NUMBER_EXPRESSION = new RegExp(`${NUMBER}(?:[万億兆](?:${NUMBER})?)*`, 'y');
const PIECES = new RegExp(`${NUMBER}|[万億兆]`, 'g');
const UNIT_READINGS: Record<string, string> = { 万: 'まん', 億: 'おく', 兆: 'ちょう' };
/** After 1日, these make it a length of time (いちにち), not the first of the month (ついたち). */
const ONE_DAY_LENGTH = /^(?:当たり|あたり|中|分|以内|以上|ごと|おき|で[0-9０-９]|に[0-9０-９])/;

const numberToken = (surface: string, reading: string, braille: string): ReadingToken => ({
  surface,
  reading,
  pronunciation: longVowelSpelling(toKatakana(reading)),
  braille,
  source: 'rule',
  pos: '数',
});

const UNIT_ZEROS: Record<string, number> = { 万: 4, 億: 8, 兆: 12 };

/**
 * The reading of digits right before 万・億・兆, which can differ from the digits alone
 * (1000万 いっせんまん, 1兆 いっちょう, 8兆 はっちょう): read as the whole number, minus the unit.
 */
function readBeforeUnit(digits: string, unit: string): string {
  return readInteger(digits + '0'.repeat(UNIT_ZEROS[unit]!)).slice(0, -UNIT_READINGS[unit]!.length);
}

interface CounterContext {
  /** The token before the number (月 in 5月1日). */
  readonly before: ReadingToken | undefined;
  /** The text after the counter. */
  readonly after: string;
}

/**
 * Appends the tokens of a number and its counter: either two tokens (3 + 本 さん + ぼん) or,
 * when the two make one word (1日 ついたち), one token whose ruby sits on the counter.
 */
function pushCounted(
  out: ReadingToken[],
  number: { surface: string; reading: string; braille: string; value: number | undefined },
  counterSurface: string,
  rule: CounterRule,
  context: CounterContext,
): void {
  let value = number.value;
  if (rule === COUNTERS['日'] && value === 1 && context.before?.surface !== '月' && ONE_DAY_LENGTH.test(context.after)) value = undefined;
  const counted = readCounted(number.reading, value, rule);
  if (counted.special) {
    const reading = counted.number + counted.counter;
    out.push({
      surface: number.surface + counterSurface,
      reading,
      pronunciation: longVowelSpelling(toKatakana(reading)),
      braille: counted.kana ? longVowelSpelling(toKatakana(reading)) : number.braille + counterBraille(counted.counter, rule),
      source: 'rule',
      pos: '数',
      // A number and counter that are one word have one reading; it goes over the counter,
      // because ruby never sits on digits.
      parts: hasKanji(number.surface) ? [{ text: number.surface + counterSurface, reading }] : [{ text: number.surface }, { text: counterSurface, reading }],
    });
    return;
  }
  out.push(numberToken(number.surface, counted.number, number.braille));
  out.push({
    surface: counterSurface,
    reading: counted.counter,
    pronunciation: rule.braille === undefined ? longVowelSpelling(toKatakana(counted.counter)) : toKatakana(counted.counter),
    braille: counterBraille(counted.counter, rule),
    source: 'rule',
    pos: '名詞',
  });
}

/** Reads the number expression (with its counter) starting at `index`, if there is one. */
function readNumberAt(text: string, index: number, out: ReadingToken[]): number | undefined {
  NUMBER_EXPRESSION.lastIndex = index;
  const match = NUMBER_EXPRESSION.exec(text);
  if (!match) return undefined;
  const expression = match[0];
  const before = out[out.length - 1];
  const pieces = expression.match(PIECES)!;
  let end = index + expression.length;
  const counterSurface = COUNTER_SPELLINGS.find((spelling) => text.startsWith(spelling, end));
  const tokens: ReadingToken[] = [];
  let last: { surface: string; reading: string; braille: string; value: number | undefined } | undefined;
  pieces.forEach((piece, position) => {
    if (piece in UNIT_READINGS) {
      tokens.push(numberToken(piece, UNIT_READINGS[piece]!, toKatakana(UNIT_READINGS[piece]!).replace('チョウ', 'チョー')));
      last = undefined;
      return;
    }
    const ascii = toAsciiDigits(piece);
    const next = pieces[position + 1];
    const beforeUnit = next !== undefined && next in UNIT_READINGS;
    // Within 万・億 groups braille writes the digits without the comma (3,861万 → 3861マン).
    const braille = beforeUnit ? ascii.replace(/,/g, '') : ascii;
    const reading = beforeUnit ? readBeforeUnit(ascii.replace(/,/g, ''), next) : readPrintedNumber(piece);
    const value = /^\d+$/.test(ascii.replace(/,/g, '')) && !ascii.startsWith('0') ? Number(ascii.replace(/,/g, '')) : undefined;
    last = { surface: piece, reading, braille, value };
    if (position < pieces.length - 1 || !counterSurface) tokens.push(numberToken(piece, reading, braille));
  });
  if (counterSurface) {
    const rule = COUNTERS[counterSurface]!;
    const afterCounter = text.slice(end + counterSurface.length);
    const context = { before, after: afterCounter };
    if (last) {
      out.push(...tokens);
      pushCounted(out, last, counterSurface, rule, context);
    } else {
      // The number ends in 万・億・兆: the counter follows a unit (1万件, 3万本).
      out.push(...tokens);
      const unitReading = out[out.length - 1]!.reading;
      const counted = readCounted(unitReading, undefined, rule);
      out.push({
        surface: counterSurface,
        reading: counted.counter,
        pronunciation: longVowelSpelling(toKatakana(counted.counter)),
        braille: counterBraille(counted.counter, rule),
        source: 'rule',
        pos: '名詞',
      });
    }
    end += counterSurface.length;
  } else {
    out.push(...tokens);
  }
  return end;
}

/** A month the dictionary lists as one word (十一月 じゅういちがつ). */
const MONTH_WORD = /^([〇一二三四五六七八九十]+)月$/;

/**
 * Whether a single kanji numeral counts or orders (点訳のてびき 第2章 その2; NOTES.md §1.3),
 * so that braille writes it in digits: after 第 (第二章), before a counter the dictionary tags
 * 助数詞 (二章, 一首, 一年生), or between numbers joined by 中黒 (平成三十一・四・一).
 */
function singleNumeralCounts(tokens: readonly ReadingToken[], analysed: ReadonlyArray<AnalyserToken>, index: number, before: ReadingToken | undefined): boolean {
  const next = analysed[index + 1];
  if (before?.surface === '第') return true;
  if (next?.pos_detail_1 === '接尾' && next.pos_detail_2 === '助数詞') return true;
  const isNumber = (token: ReadingToken | undefined) => token !== undefined && (token.pos === '数' || KANJI_NUMERAL.test(token.surface));
  return (before?.surface === '・' && isNumber(tokens[index - 2])) || (tokens[index + 1]?.surface === '・' && isNumber(tokens[index + 2]));
}

/** Numbers written in kanji, which IPADIC splits (三 + 百, 一 + 人): read as numbers. */
function readKanjiNumerals(tokens: ReadingToken[], analysed: ReadonlyArray<AnalyserToken>): ReadingToken[] {
  const out: ReadingToken[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const isNumeral = (at: number) => analysed[at]?.pos_detail_1 === '数' && KANJI_NUMERAL.test(tokens[at]!.surface);
    const month = MONTH_WORD.exec(tokens[index]!.surface);
    const monthValue = month ? kanjiNumberValue(month[1]!) : undefined;
    if (month && monthValue !== undefined && tokens[index]!.reading.endsWith('がつ')) {
      // A date counts: 十一月 → 11ガツ, read with the number rules like 11月.
      const after = tokens.slice(index + 1).map((token) => token.surface).join('');
      const number = { surface: month[1]!, reading: readInteger(String(monthValue)), braille: String(monthValue), value: monthValue };
      pushCounted(out, number, '月', COUNTERS['月']!, { before: out[out.length - 1], after });
      continue;
    }
    if (!isNumeral(index)) {
      out.push(tokens[index]!);
      continue;
    }
    const single = tokens[index]!;
    const singleValue = kanjiNumberValue(single.surface);
    if (!isNumeral(index + 1) && !COUNTERS[tokens[index + 1]?.surface ?? ''] && singleValue !== undefined && singleNumeralCounts(tokens, analysed, index, out[out.length - 1])) {
      // The reading stays the dictionary's (二 に before 章); braille writes the digits.
      out.push({ ...single, braille: String(singleValue), pos: '数' });
      continue;
    }
    let end = index + 1;
    while (end < tokens.length && isNumeral(end)) end += 1;
    const surface = tokens.slice(index, end).map((token) => token.surface).join('');
    const value = kanjiNumberValue(surface);
    const next = tokens[end];
    const rule = next ? COUNTERS[next.surface] : undefined;
    if (value === undefined || (end - index < 2 && !rule)) {
      out.push(...tokens.slice(index, end));
      index = end - 1;
      continue;
    }
    const reading = readInteger(String(value));
    const braille = kanjiNumberBraille(surface) ?? String(value);
    if (rule && next) {
      const after = tokens.slice(end + 1).map((token) => token.surface).join('');
      pushCounted(out, { surface, reading, braille, value }, next.surface, rule, { before: out[out.length - 1], after });
      index = end;
    } else {
      out.push(numberToken(surface, reading, braille));
      index = end - 1;
    }
  }
  return out;
}

/** A four-kanji idiom built on two numbers (一石二鳥, 三寒四温). */
const NUMERAL_IDIOM = /^([一二三四五六七八九十百千万])(\p{Script=Han})([一二三四五六七八九十百千万])(\p{Script=Han})$/u;

/** Braille spellings of a number's Sino-Japanese readings, also shortened by 促音 (イチ, イッ). */
function numeralSpellings(value: number): string[] {
  const base = longVowelSpelling(toKatakana(readInteger(String(value))));
  const variants = new Set([base, base.slice(0, -1) + 'ッ', ...({ 4: ['シ', 'ヨ'], 7: ['シチ'], 9: ['ク'], 10: ['ジッ', 'ジュッ'] } as Record<number, string[]>)[value] ?? []]);
  return [...variants].sort((a, b) => b.length - a.length);
}

/**
 * A four-kanji idiom whose two numbers are read as numbers counts (一石二鳥 1セキ 2チョー,
 * 百人一首 100ニン 1シュ; NOTES.md §1.3): braille writes each number in digits with its
 * kanji, and the two halves apart. The halves are found in the idiom's reading; when the
 * reading does not start with the numbers' readings, undefined (the idiom stays kana).
 */
export function numeralIdiomBraille(surface: string, braille: string): string | undefined {
  const match = NUMERAL_IDIOM.exec(surface);
  if (!match) return undefined;
  const first = kanjiNumberValue(match[1]!);
  const second = kanjiNumberValue(match[3]!);
  if (first === undefined || second === undefined) return undefined;
  for (const head of numeralSpellings(first)) {
    if (!braille.startsWith(head)) continue;
    for (let at = head.length + 1; at < braille.length; at += 1) {
      const middle = numeralSpellings(second).find((spelling) => braille.startsWith(spelling, at) && at + spelling.length < braille.length);
      if (middle) return `${first}${braille.slice(head.length, at)} ${second}${braille.slice(at + middle.length)}`;
    }
  }
  return undefined;
}

/**
 * Reads a stretch of text without digits, given the analyser's tokens for exactly that text:
 * lexicon rows replace the words they cover exactly, and the analyser's reading stands for the
 * rest.
 */
function readWords(text: string, analysed: readonly AnalyserToken[], analyser: Analyser, lexicon: Lexicon, out: ReadingToken[]): void {
  if (text === '') return;
  const starts: number[] = [];
  let offset = 0;
  for (const token of analysed) {
    starts.push(offset);
    offset += token.surface_form.length;
  }
  const startIndex = new Map(starts.map((start, index) => [start, index]));
  const tokenAt = (position: number) => {
    let index = 0;
    while (index + 1 < starts.length && starts[index + 1]! <= position) index += 1;
    return index;
  };
  let pending: AnalyserToken[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const tokens = pending.map(fromAnalyser).map((token) => {
      const idiom = token.source === 'dictionary' ? numeralIdiomBraille(token.surface, token.braille) : undefined;
      return idiom ? { ...token, braille: idiom } : token;
    });
    out.push(...readKanjiNumerals(tokens, pending));
    pending = [];
  };
  for (let index = 0; index < analysed.length; index += 1) {
    const start = starts[index]!;
    const entry = lexicon.matchesAt(text, start).find((candidate) => {
      const end = start + candidate.term.length;
      // A row may also end inside a word the analyser does not know (a rare place name).
      return end === text.length || startIndex.has(end) || analysed[tokenAt(end)]!.word_type === 'UNKNOWN';
    });
    if (!entry) {
      pending.push(analysed[index]!);
      continue;
    }
    flush();
    out.push(fromLexicon(entry));
    const end = start + entry.term.length;
    const next = startIndex.get(end);
    if (next === undefined) {
      const rest = text.slice(end);
      readWords(rest, analyser.tokenize(rest), analyser, lexicon, out);
      return;
    }
    index = next - 1;
  }
  flush();
}

/**
 * The analyser reads the whole text at once, so that every word is segmented in its context
 * (強 after 500円 is きょう); numbers and their counters are then read by the rules above and
 * the words between them by readWords. Where a number's counter ends inside an analyser token,
 * the rest of that token is analysed again on its own.
 */
function readText(text: string, analyser: Analyser, lexicon: Lexicon): ReadingToken[] {
  const out: ReadingToken[] = [];
  const analysed = analyser.tokenize(text);
  const starts: number[] = [];
  let offset = 0;
  for (const token of analysed) {
    starts.push(offset);
    offset += token.surface_form.length;
  }
  // Regions come in text order, so one cursor walks the analyser's tokens once.
  let cursor = 0;
  const wordsBetween = (from: number, to: number) => {
    if (to <= from) return;
    while (cursor < analysed.length && starts[cursor]! < from) cursor += 1;
    const inside: AnalyserToken[] = [];
    const first = cursor < analysed.length ? starts[cursor]! : to;
    let last = first;
    while (cursor < analysed.length && starts[cursor]! + analysed[cursor]!.surface_form.length <= to) {
      inside.push(analysed[cursor]!);
      last = starts[cursor]! + analysed[cursor]!.surface_form.length;
      cursor += 1;
    }
    if (inside.length === 0) {
      const piece = text.slice(from, to);
      readWords(piece, analyser.tokenize(piece), analyser, lexicon, out);
      return;
    }
    if (first > from) {
      const piece = text.slice(from, first);
      readWords(piece, analyser.tokenize(piece), analyser, lexicon, out);
    }
    readWords(text.slice(first, last), inside, analyser, lexicon, out);
    if (last < to) {
      const piece = text.slice(last, to);
      readWords(piece, analyser.tokenize(piece), analyser, lexicon, out);
    }
  };
  let wordsFrom = 0;
  let index = 0;
  while (index < text.length) {
    // A telephone number is one word said digit by digit (0120-95-0178, #9110): it is tried
    // before the number rules, which would read 95 as a quantity and leave the hyphen unsaid.
    const phone = /[0-9０-９#＃]/.test(text[index]!) ? phoneNumberAt(text, index) : undefined;
    if (phone) {
      wordsBetween(wordsFrom, index);
      out.push(numberToken(phone.surface, phone.reading, phone.braille));
      index += phone.surface.length;
      wordsFrom = index;
      continue;
    }
    if (/[0-9０-９]/.test(text[index]!)) {
      wordsBetween(wordsFrom, index);
      index = readNumberAt(text, index, out)!;
      wordsFrom = index;
      continue;
    }
    index += 1;
  }
  wordsBetween(wordsFrom, text.length);
  mergeAuxiliaryU(out);
  readNan(out);
  return out;
}
