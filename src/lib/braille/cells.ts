/**
 * Stage 2 of the braille translator: spaced braille kana → six-dot cells (Unicode braille,
 * U+2800 block; the blank cell is U+2800). The input is what stage 1 (spacing.ts) writes:
 * katakana spelt as braille spells (トーキョー, ワ for the particle は), ASCII digits, Latin
 * letters, punctuation as printed, one space between words, and ⠦ … ⠴ around foreign phrases.
 *
 * Rules and cells: shared/braille/NOTES.md §1.1 and §1.3 (点訳のてびき, 日本点字表記法).
 * A character with no rule throws UnbrailleableCharacterError: nothing is dropped silently.
 *
 * The result is a list of units: a unit is one or more cells that must stay together on a
 * line (a prefix such as 濁音符 with its kana, 数符 with the first digit). The layout breaks a
 * long word only between units.
 */
import { hiraganaToKatakana } from '../japanese/kana.ts';

/** A cell from its dot numbers: cell('156') is ⠱. */
export function cell(dots: string): string {
  let mask = 0;
  for (const dot of dots) mask |= 1 << (Number(dot) - 1);
  return String.fromCodePoint(0x2800 + mask);
}

export const BLANK = '\u2800';

export class UnbrailleableCharacterError extends Error {
  readonly character: string;
  readonly text: string;
  constructor(character: string, text: string) {
    const codePoint = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    super(`点字にできない文字「${character}」（${codePoint}）があります: 「${text}」`);
    this.name = 'UnbrailleableCharacterError';
    this.character = character;
    this.text = text;
  }
}

// ── Kana ───────────────────────────────────────────────────────────────────────────────────
// Each row's ア・イ・ウ・エ・オ cells (NOTES.md §1.1).
const ROWS: Record<string, [string, string[]]> = {
  '': ['アイウエオ', ['1', '12', '14', '124', '24']],
  K: ['カキクケコ', ['16', '126', '146', '1246', '246']],
  S: ['サシスセソ', ['156', '1256', '1456', '12456', '2456']],
  T: ['タチツテト', ['135', '1235', '1345', '12345', '2345']],
  N: ['ナニヌネノ', ['13', '123', '134', '1234', '234']],
  H: ['ハヒフヘホ', ['136', '1236', '1346', '12346', '2346']],
  M: ['マミムメモ', ['1356', '12356', '13456', '123456', '23456']],
  R: ['ラリルレロ', ['15', '125', '145', '1245', '245']],
};
const VOICED_ROWS: Record<string, string> = { K: 'ガギグゲゴ', S: 'ザジズゼゾ', T: 'ダヂヅデド', H: 'バビブベボ' };
const SEMI_VOICED = 'パピプペポ';

const DAKUON = cell('5');
const HANDAKUON = cell('6');
const YOON = cell('4');
const YOON_DAKUON = cell('45');
const YOON_HANDAKUON = cell('46');

/** Single kana → units. */
const KANA = new Map<string, string>();
for (const [row, [kana, dots]] of Object.entries(ROWS)) {
  [...kana].forEach((char, index) => KANA.set(char, cell(dots[index]!)));
  if (VOICED_ROWS[row]) [...VOICED_ROWS[row]].forEach((char, index) => KANA.set(char, DAKUON + cell(dots[index]!)));
  if (row === 'H') [...SEMI_VOICED].forEach((char, index) => KANA.set(char, HANDAKUON + cell(dots[index]!)));
}
for (const [char, dots] of Object.entries({ ヤ: '34', ユ: '346', ヨ: '345', ワ: '3', ヰ: '23', ヱ: '235', ヲ: '35', ン: '356', ッ: '2', ー: '25' })) {
  KANA.set(char, cell(dots));
}
KANA.set('ヴ', DAKUON + cell('14'));
// Small vowels standing alone (やったぁ) are written as full-size vowels (NOTES.md §1.2).
for (const [small, full] of Object.entries({ ァ: 'ア', ィ: 'イ', ゥ: 'ウ', ェ: 'エ', ォ: 'オ', ャ: 'ヤ', ュ: 'ユ', ョ: 'ヨ', ヮ: 'ワ', ヵ: 'カ', ヶ: 'ケ' })) {
  KANA.set(small, KANA.get(full)!);
}

/** Two-kana sounds (拗音, 特殊音) → units (NOTES.md §1.1, prefix table). */
const DIGRAPHS = new Map<string, string>();
{
  const yoon = (base: string, prefix: string, plain: string) => {
    const [a, , u, , o] = [...plain].map((char) => KANA.get(char)!.slice(-1));
    DIGRAPHS.set(`${base}ャ`, prefix + a);
    DIGRAPHS.set(`${base}ュ`, prefix + u);
    DIGRAPHS.set(`${base}ョ`, prefix + o);
  };
  yoon('キ', YOON, 'カキクケコ');
  yoon('シ', YOON, 'サシスセソ');
  yoon('チ', YOON, 'タチツテト');
  yoon('ニ', YOON, 'ナニヌネノ');
  yoon('ヒ', YOON, 'ハヒフヘホ');
  yoon('ミ', YOON, 'マミムメモ');
  yoon('リ', YOON, 'ラリルレロ');
  yoon('ギ', YOON_DAKUON, 'カキクケコ');
  yoon('ジ', YOON_DAKUON, 'サシスセソ');
  yoon('ヂ', YOON_DAKUON, 'タチツテト');
  yoon('ビ', YOON_DAKUON, 'ハヒフヘホ');
  yoon('ピ', YOON_HANDAKUON, 'ハヒフヘホ');
  const special: Record<string, [string, string]> = {
    イェ: ['4', '124'], シェ: ['4', '12456'], チェ: ['4', '12345'], ティ: ['4', '1235'], スィ: ['4', '1256'],
    ジェ: ['45', '12456'], ディ: ['45', '1235'], ズィ: ['45', '1256'],
    ファ: ['26', '136'], フィ: ['26', '1236'], フェ: ['26', '12346'], フォ: ['26', '2346'],
    ウィ: ['26', '12'], ウェ: ['26', '124'], ウォ: ['26', '24'],
    クァ: ['26', '16'], クィ: ['26', '126'], クェ: ['26', '1246'], クォ: ['26', '246'],
    ツァ: ['26', '135'], ツィ: ['26', '1235'], ツェ: ['26', '12345'], ツォ: ['26', '2345'], トゥ: ['26', '1345'],
    ヴァ: ['256', '136'], ヴィ: ['256', '1236'], ヴェ: ['256', '12346'], ヴォ: ['256', '2346'],
    グァ: ['256', '16'], グィ: ['256', '126'], グェ: ['256', '1246'], グォ: ['256', '246'], ドゥ: ['256', '1345'],
    テュ: ['46', '1345'], フュ: ['46', '346'], フョ: ['46', '345'],
    デュ: ['456', '1345'], ヴュ: ['456', '346'], ヴョ: ['456', '345'],
  };
  for (const [kana, [prefix, base]] of Object.entries(special)) DIGRAPHS.set(kana, cell(prefix) + cell(base));
}

/** Kana whose cell has the shape of a digit (a–j): after a number they need 第1つなぎ符. */
const DIGIT_SHAPED_KANA = new Set([...'アイウエオラリルレロ']);

// ── Digits, Latin letters, symbols ───────────────────────────────────────────────────────────
const NUMBER_SIGN = cell('3456');
const DIGITS: Record<string, string> = Object.fromEntries(
  [...'1234567890'].map((digit, index) => [digit, cell(['1', '12', '14', '145', '15', '124', '1245', '125', '24', '245'][index]!)]),
);
const THOUSANDS_POINT = cell('3');
const DECIMAL_POINT = cell('2');
const FIRST_HYPHEN = cell('36'); // 第1つなぎ符
const LATIN_SIGN = cell('56'); // 外字符
const CAPITAL = cell('6'); // 大文字符
const LETTERS: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyz'].map((letter, index) =>
    [letter, cell(['1', '12', '14', '145', '15', '124', '1245', '125', '24', '245', '13', '123', '134', '1345', '135', '1234', '12345', '1235', '234', '2345', '136', '1236', '2456', '1346', '13456', '1356'][index]!)],
  ),
);
export const FOREIGN_OPEN = cell('236'); // ⠦ 外国語引用符 (opening)
export const FOREIGN_CLOSE = cell('356'); // ⠴ (closing)

const FULL_STOP = cell('256');
const COMMA = cell('56');
const QUESTION = cell('26');
const EXCLAMATION = cell('235');
const MIDDLE_DOT = cell('5');
const LONG_VOWEL = cell('25');
const COLON = cell('5') + cell('2');

/** Opening and closing marks of each bracket pair (NOTES.md §1.1 punctuation table). */
const BRACKETS: Record<string, string> = {
  '「': cell('36'), '」': cell('36'),
  '『': cell('56') + cell('36'), '』': cell('36') + cell('23'),
  '（': cell('2356'), '）': cell('2356'), '(': cell('2356'), ')': cell('2356'),
};
for (const [open, close] of ['《》', '【】', '〔〕', '［］', '｛｝', '〈〉', '“”', '[]', '{}']) {
  BRACKETS[open!] = cell('5') + cell('2356');
  BRACKETS[close!] = cell('2356') + cell('2');
}
const CLOSING = new Set([...'」』）)》】〕］｝〉”]}']);

/** Symbols written with 外字符-style prefixes, the same in and out of numbers. */
const SYMBOLS: Record<string, string> = {
  '%': cell('56') + cell('1234'),
  '&': cell('56') + cell('12346'),
  '#': cell('56') + cell('146'),
  '*': cell('56') + cell('16'),
  '→': cell('25') + cell('25') + cell('135'),
  '←': cell('246') + cell('25') + cell('25'),
  '〜': cell('36') + cell('36'), // 波線: ranges such as 1〜3
  '~': cell('36') + cell('36'),
  '○': cell('123456'), // 伏せ字 (○○銀行): the full cell
  '/': cell('34'), // 斜線
  '／': cell('34'),
};

/** Inside 外国語引用符: English braille, grade 1 (NOTES.md §1.1, k824). */
const ENGLISH_PUNCTUATION: Record<string, string> = {
  '.': cell('256'), ',': cell('2'), "'": cell('3'), '’': cell('3'), '-': cell('36'), '?': cell('236'), '!': cell('235'), ';': cell('23'), ':': cell('25'),
};

const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';
const isLatin = (char: string | undefined) => char !== undefined && /^[A-Za-z]$/.test(char);
const isKana = (char: string | undefined) => char !== undefined && /^[\u30A1-\u30FA\u30FC]$/.test(char);

/** Normalises what the kana stage may pass on: full-width ASCII, hiragana, ideographic space. */
export function normaliseBrailleKana(text: string): string {
  const halfWidth = text.replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
  // Braille spells kana letter by letter, so ゕ ゖ become ヵ ヶ like every other kana.
  return hiraganaToKatakana(halfWidth, { smallKaKe: 'convert' }).replace(/[\u3000\t]/g, ' ');
}

/**
 * Spaced braille kana → units of cells. Spaces in the input are word spaces (one blank);
 * the blanks after 。、・？！ are added here (NOTES.md §1.1: two after 。 unless the line ends,
 * one after 、 and ・).
 */
export function kanaToUnits(input: string): string[] {
  const text = normaliseBrailleKana(input);
  const chars = [...text];
  const units: string[] = [];
  const blanks = (count: number) => {
    // Collapse spaces the input already has into the count the rule asks for.
    while (units.length > 0 && units[units.length - 1] === BLANK) units.pop();
    for (let n = 0; n < count; n += 1) units.push(BLANK);
  };
  let inNumber = false; // the last unit was part of a number
  let inLatin = false; // within a Latin word opened by 外字符
  let index = 0;
  const next = (offset = 1) => chars[index + offset];
  /** Blanks after a mark, unless the text ends or a closing bracket follows. */
  const blanksAfter = (count: number) => {
    let ahead = index + 1;
    while (chars[ahead] === ' ') ahead += 1;
    if (ahead >= chars.length || CLOSING.has(chars[ahead]!)) {
      index = ahead - 1;
      return;
    }
    blanks(count);
    index = ahead - 1;
  };

  while (index < chars.length) {
    const char = chars[index]!;

    if (char === ' ') {
      // Two spaces are the two blanks after a 」 that ends a sentence (spacing.ts); one or
      // more than two is a word space.
      if (units.length > 0 && units[units.length - 1] !== BLANK) units.push(BLANK);
      if (next() === ' ' && next(2) !== ' ' && units.length > 0) {
        units.push(BLANK);
        index += 1;
      }
      inNumber = false;
      inLatin = false;
      index += 1;
      continue;
    }

    // A foreign phrase: English braille up to the closing ⠴, letters without 外字符.
    if (char === FOREIGN_OPEN) {
      const close = chars.indexOf(FOREIGN_CLOSE, index + 1);
      if (close < 0) throw new UnbrailleableCharacterError(char, input);
      units.push(FOREIGN_OPEN, ...englishUnits(chars.slice(index + 1, close).join(''), input), FOREIGN_CLOSE);
      index = close + 1;
      inNumber = false;
      inLatin = false;
      continue;
    }

    if (isDigit(char)) {
      if (!inNumber) {
        units.push(NUMBER_SIGN + DIGITS[char]!);
        inNumber = true;
      } else units.push(DIGITS[char]!);
      inLatin = false;
      index += 1;
      continue;
    }
    if (inNumber && (char === ',' || char === '.') && isDigit(next())) {
      units.push(char === ',' ? THOUSANDS_POINT : DECIMAL_POINT);
      index += 1;
      continue;
    }
    // A hyphen or 中点 between numbers (090-8000, 二・二六): the next number gets its own 数符.
    if (inNumber && char === '-' && isDigit(next())) {
      units.push(FIRST_HYPHEN);
      inNumber = false;
      index += 1;
      continue;
    }
    if (inNumber && char === '・' && isDigit(next())) {
      inNumber = false;
      index += 1;
      continue;
    }
    // 年号の省略 '02: apostrophe right after 数符.
    if (char === "'" && isDigit(next()) && !inNumber) {
      units.push(NUMBER_SIGN + THOUSANDS_POINT);
      inNumber = true;
      index += 1;
      continue;
    }

    if (isLatin(char)) {
      let end = index;
      while (isLatin(chars[end])) end += 1;
      const word = chars.slice(index, end).join('');
      if (!inLatin) units.push(LATIN_SIGN);
      units.push(...latinWordUnits(word));
      inLatin = true;
      inNumber = false;
      index = end;
      // An abbreviation point right after Latin letters (cf.).
      if (chars[index] === '.' && !isDigit(chars[index + 1])) {
        units.push(FULL_STOP);
        index += 1;
      }
      // A hyphen inside a Latin word (e-Tax) keeps the word, and its 外字符, going.
      if (chars[index] === '-' && isLatin(chars[index + 1])) {
        units.push(FIRST_HYPHEN);
        index += 1;
      }
      continue;
    }

    if (isKana(char)) {
      const pair = char + (next() ?? '');
      const digraph = DIGRAPHS.get(pair);
      const kana = digraph ?? KANA.get(char);
      if (kana === undefined) throw new UnbrailleableCharacterError(char, input);
      // 第1つなぎ符: after a number before a kana that looks like a digit (50エン), and after a
      // Latin word before any kana of the same word (Aガタ). After a number, ワ (dot 3, the
      // 位取り点's shape) before three digit-shaped kana would read as a thousands group
      // (4ワリイリ ⠼⠙⠤⠄⠓⠃⠓, but 4ワリ ヌキ ⠼⠙⠄⠓).
      if (inLatin) units.push(FIRST_HYPHEN);
      else if (inNumber && !digraph && DIGIT_SHAPED_KANA.has(char)) units.push(FIRST_HYPHEN);
      else if (inNumber && char === 'ワ' && [1, 2, 3].every((offset) => DIGIT_SHAPED_KANA.has(chars[index + offset] ?? '') && !DIGRAPHS.has((chars[index + offset] ?? '') + (chars[index + offset + 1] ?? '')))) {
        units.push(FIRST_HYPHEN);
      }
      units.push(kana);
      inNumber = false;
      inLatin = false;
      index += digraph ? 2 : 1;
      continue;
    }

    inLatin = false;
    // A wave dash after kana lengthens the vowel (フニャ〜 ⠭⠈⠅⠒); between numbers it is 波線.
    if ((char === '〜' || char === '~') && isKana(chars[index - 1]) && !isDigit(next())) {
      units.push(LONG_VOWEL);
      index += 1;
      continue;
    }
    switch (char) {
      case '。':
        units.push(FULL_STOP);
        blanksAfter(2);
        break;
      case '、':
        units.push(COMMA);
        blanksAfter(1);
        break;
      case '？':
      case '?':
        units.push(QUESTION);
        blanksAfter(2);
        break;
      case '！':
      case '!':
        units.push(EXCLAMATION);
        blanksAfter(2);
        break;
      case ':':
        // コロン: one blank after, like 、 (NOTES.md §1.1 treats both as 区切り符号).
        units.push(COLON);
        blanksAfter(1);
        break;
      case '・':
        units.push(MIDDLE_DOT);
        blanksAfter(1);
        break;
      case '-':
      case '－':
      case '‐':
        units.push(FIRST_HYPHEN);
        break;
      default: {
        const mark = BRACKETS[char] ?? SYMBOLS[char];
        if (mark === undefined) throw new UnbrailleableCharacterError(char, input);
        units.push(mark);
        // A symbol ends a number: digits after it get a new 数符.
        inNumber = false;
      }
    }
    index += 1;
  }
  while (units.length > 0 && units[units.length - 1] === BLANK) units.pop();
  return units;
}

/** A Latin word after its 外字符: ⠠ before a capital, ⠠⠠ before a word of two or more capitals. */
function latinWordUnits(word: string): string[] {
  if (word.length >= 2 && /^[A-Z]+$/.test(word)) return [CAPITAL + CAPITAL + LETTERS[word[0]!.toLowerCase()]!, ...[...word.slice(1)].map((letter) => LETTERS[letter.toLowerCase()]!)];
  return [...word].map((letter) => (/[A-Z]/.test(letter) ? CAPITAL : '') + LETTERS[letter.toLowerCase()]!);
}

/** English braille (grade 1) inside 外国語引用符: capitals per letter or word, digits with 数符. */
function englishUnits(phrase: string, input: string): string[] {
  const units: string[] = [];
  let inNumber = false;
  const chars = [...phrase];
  for (let index = 0; index < chars.length; index += 1) {
    const char = chars[index]!;
    if (char === ' ') {
      units.push(BLANK);
      inNumber = false;
    } else if (isDigit(char)) {
      units.push(inNumber ? DIGITS[char]! : NUMBER_SIGN + DIGITS[char]!);
      inNumber = true;
    } else if (isLatin(char)) {
      let end = index;
      while (isLatin(chars[end])) end += 1;
      units.push(...latinWordUnits(chars.slice(index, end).join('')));
      index = end - 1;
      inNumber = false;
    } else if (ENGLISH_PUNCTUATION[char] !== undefined) {
      units.push(ENGLISH_PUNCTUATION[char]);
      if (char !== "'" && char !== '’') inNumber = false;
    } else throw new UnbrailleableCharacterError(char, input);
  }
  return units;
}

/** Spaced braille kana → Unicode braille text (blank cell U+2800). */
export function kanaToBraille(kana: string): string {
  return kanaToUnits(kana).join('');
}
