/**
 * Numbers and counters. The analyser knows no digits (they come out as unknown words with no
 * reading) and reads 月 after a digit as つき, so numbers are read here: digits are grouped
 * back together (3,861 is one number, not 3 / , / 861), read in groups of four with 万・億・兆,
 * and the counter after them gets its sound changes (1件 いっけん, 3本 さんぼん, 4月 しがつ,
 * 1日 ついたち). Braille keeps the digits (数符 is added later) except where the reading is a
 * native word written in kana (ツイタチ, ヒトリ), as 点訳のてびき asks (NOTES.md §1.3).
 */
import { longVowelSpelling, toKatakana } from './kana.ts';

const ONES = ['', 'いち', 'に', 'さん', 'よん', 'ご', 'ろく', 'なな', 'はち', 'きゅう'];
const DIGIT_NAMES = ['ぜろ', 'いち', 'に', 'さん', 'よん', 'ご', 'ろく', 'なな', 'はち', 'きゅう'];
/**
 * Digit names as a string of digits is said one by one (telephone numbers, codes): the
 * one-mora digits 2 and 5 are lengthened to two morae (にー, ごー), so that every digit takes
 * the same time and 2 is not heard as the particle に (issue 18: 0120 is ゼロイチニーゼロ).
 * Fractions keep DIGIT_NAMES (30.5 さんじゅってんご), where nobody lengthens them.
 */
const SPOKEN_DIGIT_NAMES = ['ぜろ', 'いち', 'にー', 'さん', 'よん', 'ごー', 'ろく', 'なな', 'はち', 'きゅう'];
const HUNDREDS: Record<number, string> = { 3: 'さんびゃく', 6: 'ろっぴゃく', 8: 'はっぴゃく' };
const THOUSANDS: Record<number, string> = { 3: 'さんぜん', 8: 'はっせん' };
const GROUP_UNITS = ['', 'まん', 'おく', 'ちょう', 'けい'];

/** Reads 0–9999. `beforeUnit`: the group is followed by 万/億/兆, where 1000 is いっせん. */
function readGroup(value: number, beforeUnit: boolean): string {
  const thousands = Math.floor(value / 1000);
  const hundreds = Math.floor(value / 100) % 10;
  const tens = Math.floor(value / 10) % 10;
  const ones = value % 10;
  let out = '';
  if (thousands === 1) out += beforeUnit && value === 1000 ? 'いっせん' : 'せん';
  else if (thousands > 1) out += THOUSANDS[thousands] ?? `${ONES[thousands]}せん`;
  if (hundreds === 1) out += 'ひゃく';
  else if (hundreds > 1) out += HUNDREDS[hundreds] ?? `${ONES[hundreds]}ひゃく`;
  if (tens === 1) out += 'じゅう';
  else if (tens > 1) out += `${ONES[tens]}じゅう`;
  out += ONES[ones];
  return out;
}

/** Reads a whole number given as ASCII digits (no commas): 38610000 → さんぜんはっぴゃくろくじゅういちまん. */
export function readInteger(digits: string): string {
  if (!/^\d+$/.test(digits)) throw new Error(`readInteger: not digits: ${digits}`);
  // A leading zero means a code or a telephone number, read digit by digit.
  if (digits.length > 1 && digits.startsWith('0')) return readDigits(digits);
  const trimmed = digits.replace(/^0+(?=\d)/, '');
  if (trimmed === '0') return 'ぜろ';
  const groups: number[] = [];
  for (let end = trimmed.length; end > 0; end -= 4) groups.unshift(Number(trimmed.slice(Math.max(0, end - 4), end)));
  if (groups.length > GROUP_UNITS.length) return readDigits(trimmed);
  let out = '';
  groups.forEach((group, index) => {
    const unitIndex = groups.length - 1 - index;
    if (group === 0) return;
    const unit = GROUP_UNITS[unitIndex]!;
    let reading = group === 1 && unitIndex > 0 ? 'いち' : readGroup(group, unitIndex > 0);
    // 兆 doubles the consonant before it, as a counter does: いっちょう, はっちょう, じゅっちょう.
    if (unit === 'ちょう') reading = geminate(reading, 't');
    out += reading + unit;
  });
  return out;
}

/** Reads digits one by one, as telephone numbers are said: 0120 → ぜろいちにーぜろ. */
export function readDigits(digits: string): string {
  const ascii = toAsciiDigits(digits);
  if (!/^\d+$/.test(ascii)) throw new Error(`readDigits: not digits: ${digits}`);
  return [...ascii].map((digit) => SPOKEN_DIGIT_NAMES[Number(digit)]).join('');
}

/*
 * Telephone numbers. They are said digit by digit with the hyphen said の (0120-95-0178
 * ゼロイチニーゼロノキューゴーノゼロイチナナハチ) and # said しゃーぷ (#9110), never as
 * quantities (95 きゅうじゅうご). Only shapes that cannot be anything else are taken:
 *  - a national number: a first group starting with 0 (the trunk prefix every national number
 *    has, and no quantity is written with), then one to three more groups, joined by hyphens.
 *    Not when a digit, hyphen, letter or decimal mark is right before it (the 05 of 2021-05 is
 *    part of a date) or a further digit, group or decimal follows (then it is something else).
 *    Hyphens: ASCII, the Unicode hyphens and figure dash, the minus sign and the full-width
 *    hyphen-minus, which Japanese text uses for the same thing. Not the en dash (ranges:
 *    1–3) nor ー (a kana mark).
 *  - a short number written #9110 (3 or 4 digits after # or ＃);
 *  - a short number announced as 局番なしの188: 3 or 4 digits right after 局番なし(の), unless
 *    番 follows (局番なしの110番 is the name ひゃくとおばん, which the counter rules read).
 */
const PHONE_HYPHENS = '\\-\u2010\u2011\u2012\u2212\uff0d';
const PHONE_DIGIT = '[0-9０-９]';
const NATIONAL_PHONE = new RegExp(
  `(?<![0-9０-９A-Za-zＡ-Ｚａ-ｚ.,．，${PHONE_HYPHENS}])[0０]${PHONE_DIGIT}{1,4}(?:[${PHONE_HYPHENS}]${PHONE_DIGIT}{1,4}){1,3}(?!${PHONE_DIGIT}|[${PHONE_HYPHENS}.,．，]${PHONE_DIGIT})`,
  'y',
);
const HASH_PHONE = new RegExp(`(?<![0-9０-９A-Za-zＡ-Ｚａ-ｚ])[#＃]${PHONE_DIGIT}{3,4}(?!${PHONE_DIGIT})`, 'y');
const NO_AREA_CODE_PHONE = new RegExp(`(?<=局番なしの?)${PHONE_DIGIT}{3,4}(?!${PHONE_DIGIT}|番)`, 'y');

export interface PhoneNumber {
  /** The number as written (0120-95-0178, ＃9110). */
  readonly surface: string;
  /** Hiragana as said: ぜろいちにーぜろのきゅうごーのぜろいちななはち. */
  readonly reading: string;
  /** As braille writes it: ASCII digits, - and # (cells add 数符 and ⠤). */
  readonly braille: string;
}

/** The telephone number starting at `index` of `text`, if one of the shapes above starts there. */
export function phoneNumberAt(text: string, index: number): PhoneNumber | undefined {
  for (const pattern of [NATIONAL_PHONE, HASH_PHONE, NO_AREA_CODE_PHONE]) {
    pattern.lastIndex = index;
    const match = pattern.exec(text);
    if (!match) continue;
    const surface = match[0];
    let reading = '';
    let braille = '';
    for (const char of surface) {
      if (/[0-9０-９]/.test(char)) {
        reading += readDigits(char);
        braille += toAsciiDigits(char);
      } else if (char === '#' || char === '＃') {
        reading += 'しゃーぷ';
        braille += '#';
      } else {
        // Every hyphen is said の and written as the braille hyphen between numbers.
        reading += 'の';
        braille += '-';
      }
    }
    return { surface, reading, braille };
  }
  return undefined;
}

/** Reads a printed number: 3,861 / ３８６１ / 30.4 / 0.5. */
export function readPrintedNumber(printed: string): string {
  const ascii = toAsciiDigits(printed).replace(/,/g, '');
  const [integer, fraction] = ascii.split('.');
  const whole = integer === '0' && fraction !== undefined ? 'れい' : readInteger(integer!);
  if (fraction === undefined || fraction === '') return whole;
  return `${whole}てん${[...fraction].map((digit) => DIGIT_NAMES[Number(digit)]).join('')}`;
}

export function toAsciiDigits(text: string): string {
  return text.replace(/[０-９，．]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

type Consonant = 'k' | 's' | 't' | 'h' | 'p';

/** 促音化 of the number's last word before a counter: いち→いっ, はち→はっ, じゅう→じゅっ, ろく→ろっ, ひゃく→ひゃっ. */
function geminate(reading: string, consonant: Consonant): string {
  const pattern = consonant === 's' || consonant === 't' ? /(いち|はち|じゅう)$/ : /(いち|ろく|はち|じゅう|[ひびぴ]ゃく)$/;
  return reading.replace(pattern, (word) => (word === 'じゅう' ? 'じゅっ' : `${word.slice(0, -1)}っ`));
}

interface Special {
  /** Reading of the number part. */
  number: string;
  /** Reading of the counter part. */
  counter: string;
  /** The whole word is a native reading written in kana in braille (ツイタチ); otherwise digits stay (14カ). */
  kana: boolean;
}

export interface CounterRule {
  /** Reading after most numbers, in hiragana. */
  reading: string;
  /** The consonant the counter starts with, when the number before it doubles (1件 いっけん). */
  geminates?: Consonant;
  /** Readings of the counter after a number that ends in っ (本 → ぽん), after ん (本 → ぼん). */
  afterSmallTsu?: string;
  afterN?: string;
  /** The number's last word replaced (4月 しがつ: よん → し). */
  endings?: Record<string, string>;
  /** Whole readings for some numbers (1日 ついたち). */
  specials?: Record<number, Special>;
  /** Braille spelling of the counter when it is not its reading in katakana (% stays a symbol). */
  braille?: string;
}

const w = (number: string, counter: string, kana = true): Special => ({ number, counter, kana });

const DAY_SPECIALS: Record<number, Special> = {
  1: w('つい', 'たち'), 2: w('ふつ', 'か'), 3: w('みっ', 'か'), 4: w('よっ', 'か'), 5: w('いつ', 'か'),
  6: w('むい', 'か'), 7: w('なの', 'か'), 8: w('よう', 'か'), 9: w('ここの', 'か'), 10: w('とお', 'か'),
  14: w('じゅうよっ', 'か', false), 20: w('はつ', 'か'), 24: w('にじゅうよっ', 'か', false),
};
const withSuffix = (specials: Record<number, Special>, suffix: string, except: number[] = []) =>
  Object.fromEntries(
    Object.entries(specials)
      .filter(([value]) => !except.includes(Number(value)))
      .map(([value, special]) => [value, { ...special, counter: special.counter + suffix }]),
  ) as Record<number, Special>;

const OLD_STYLE = { よん: 'よ', なな: 'しち', きゅう: 'く' };

/**
 * Counters after a number, longest spelling first when matched. Readings from the standard
 * counting rules (NHK ことばのハンドブック style: 1件 いっけん, 10件 じゅっけん, 8件 はっけん).
 */
export const COUNTERS: Record<string, CounterRule> = {
  か月: { reading: 'かげつ', geminates: 'k' },
  ヶ月: { reading: 'かげつ', geminates: 'k' },
  ヵ月: { reading: 'かげつ', geminates: 'k' },
  カ月: { reading: 'かげつ', geminates: 'k' },
  箇月: { reading: 'かげつ', geminates: 'k' },
  か所: { reading: 'かしょ', geminates: 'k' },
  ヶ所: { reading: 'かしょ', geminates: 'k' },
  カ所: { reading: 'かしょ', geminates: 'k' },
  箇所: { reading: 'かしょ', geminates: 'k' },
  時間: { reading: 'じかん', endings: { よん: 'よ', きゅう: 'く' } },
  日間: { reading: 'にちかん', endings: { なな: 'しち', きゅう: 'く' }, specials: withSuffix(DAY_SPECIALS, 'かん', [1]) },
  週間: { reading: 'しゅうかん', geminates: 's' },
  年間: { reading: 'ねんかん', endings: { よん: 'よ' } },
  年度: { reading: 'ねんど', endings: { よん: 'よ' } },
  年: { reading: 'ねん', endings: { よん: 'よ' } },
  月: { reading: 'がつ', endings: { よん: 'し', なな: 'しち', きゅう: 'く' } },
  日: { reading: 'にち', endings: { なな: 'しち', きゅう: 'く' }, specials: DAY_SPECIALS },
  時: { reading: 'じ', endings: OLD_STYLE },
  分: { reading: 'ふん', geminates: 'h', afterSmallTsu: 'ぷん', afterN: 'ぷん' },
  秒: { reading: 'びょう' },
  世紀: { reading: 'せいき', geminates: 's' },
  人: { reading: 'にん', endings: { よん: 'よ' }, specials: { 1: w('ひと', 'り'), 2: w('ふた', 'り') } },
  件: { reading: 'けん', geminates: 'k' },
  回: { reading: 'かい', geminates: 'k' },
  階: { reading: 'かい', geminates: 'k', afterN: 'がい' },
  個: { reading: 'こ', geminates: 'k' },
  歳: { reading: 'さい', geminates: 's', specials: { 20: w('はた', 'ち') } },
  才: { reading: 'さい', geminates: 's', specials: { 20: w('はた', 'ち') } },
  冊: { reading: 'さつ', geminates: 's' },
  週: { reading: 'しゅう', geminates: 's' },
  種: { reading: 'しゅ', geminates: 's' },
  通: { reading: 'つう', geminates: 't' },
  点: { reading: 'てん', geminates: 't' },
  本: { reading: 'ほん', geminates: 'h', afterSmallTsu: 'ぽん', afterN: 'ぼん' },
  号: { reading: 'ごう' },
  条: { reading: 'じょう' },
  項: { reading: 'こう', geminates: 'k' },
  枚: { reading: 'まい' },
  円: { reading: 'えん', endings: { よん: 'よ' } },
  倍: { reading: 'ばい' },
  割: { reading: 'わり' },
  度: { reading: 'ど' },
  位: { reading: 'い' },
  番: { reading: 'ばん' },
  桁: { reading: 'けた', geminates: 'k', specials: { 1: w('ひと', 'けた'), 2: w('ふた', 'けた') } },
  けた: { reading: 'けた', geminates: 'k', specials: { 1: w('ひと', 'けた'), 2: w('ふた', 'けた') } },
  つ: {
    reading: 'つ',
    specials: {
      1: w('ひと', 'つ'), 2: w('ふた', 'つ'), 3: w('みっ', 'つ'), 4: w('よっ', 'つ'), 5: w('いつ', 'つ'),
      6: w('むっ', 'つ'), 7: w('なな', 'つ'), 8: w('やっ', 'つ'), 9: w('ここの', 'つ'),
    },
  },
  音: { reading: 'おん' },
  '%': { reading: 'ぱーせんと', geminates: 'p', braille: '%' },
  '％': { reading: 'ぱーせんと', geminates: 'p', braille: '%' },
};

/** Counter spellings, longest first, for matching right after a number. */
export const COUNTER_SPELLINGS = Object.keys(COUNTERS).sort((a, b) => b.length - a.length);

export interface CountedReading {
  /** Reading of the number. */
  number: string;
  /** Reading of the counter. */
  counter: string;
  /** The number and counter form one native word (ついたち): braille writes it in kana. */
  kana: boolean;
  /** The reading is one word that cannot be split between number and counter for ruby. */
  special: boolean;
}

/**
 * The reading of a number followed by a counter. `value` is the number's value when it is a
 * plain integer (specials such as 1日 apply only then); `numberReading` its reading alone.
 */
export function readCounted(numberReading: string, value: number | undefined, counter: CounterRule): CountedReading {
  const special = value !== undefined ? counter.specials?.[value] : undefined;
  if (special) return { number: special.number, counter: special.counter, kana: special.kana, special: true };
  let number = numberReading;
  for (const [ending, replacement] of Object.entries(counter.endings ?? {})) {
    if (number.endsWith(ending)) {
      number = number.slice(0, -ending.length) + replacement;
      break;
    }
  }
  if (counter.geminates) number = geminate(number, counter.geminates);
  let reading = counter.reading;
  if (number.endsWith('っ') && counter.afterSmallTsu) reading = counter.afterSmallTsu;
  else if (number.endsWith('ん') && counter.afterN) reading = counter.afterN;
  return { number, counter: reading, kana: false, special: false };
}

/** Braille spelling of a counter reading: katakana, ウ/オ-row long vowels as ー (ゴー, ジョー). */
export function counterBraille(reading: string, rule: CounterRule): string {
  return rule.braille ?? longVowelSpelling(toKatakana(reading));
}

const KANJI_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const KANJI_SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const KANJI_LARGE_UNITS: Record<string, number> = { 万: 1e4, 億: 1e8, 兆: 1e12 };
export const KANJI_NUMERAL = /^[〇零一二三四五六七八九十百千万億兆]+$/;

/**
 * The value of a number written in kanji (三千二百 → 3200, 二〇二一 → 2021), or undefined when
 * the characters do not form a number.
 */
export function kanjiNumberValue(text: string): number | undefined {
  if (!KANJI_NUMERAL.test(text)) return undefined;
  if (/^[〇零一二三四五六七八九]{2,}$/.test(text)) return Number([...text].map((char) => KANJI_DIGITS[char]).join(''));
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const char of text) {
    if (char in KANJI_DIGITS) {
      if (digit !== undefined) return undefined;
      digit = KANJI_DIGITS[char]!;
    } else if (char in KANJI_SMALL_UNITS) {
      section += (digit ?? 1) * KANJI_SMALL_UNITS[char]!;
      digit = undefined;
    } else {
      total += (section + (digit ?? 0) || 1) * KANJI_LARGE_UNITS[char]!;
      section = 0;
      digit = undefined;
    }
  }
  return total + section + (digit ?? 0);
}

/**
 * Braille spelling of a number written in kanji: digits for each group of four, with 万・億・兆
 * kept in kana and a blank after each unit (二億 → 2オク, 三兆二千四百万 → 3チョー 2400マン; NOTES.md §1.3).
 */
export function kanjiNumberBraille(text: string): string | undefined {
  const value = kanjiNumberValue(text);
  if (value === undefined) return undefined;
  if (!/[万億兆]/.test(text)) return String(value);
  // Each group of four is its own word after 万・億・兆 (3オク 5000マン; NOTES.md §1.3).
  const groups: string[] = [];
  let rest = value;
  for (const [unit, size, kana] of [['兆', 1e12, 'チョー'], ['億', 1e8, 'オク'], ['万', 1e4, 'マン']] as const) {
    const section = Math.floor(rest / size);
    if (section > 0 && text.includes(unit)) groups.push(`${section}${kana}`);
    rest -= section * size;
  }
  if (rest > 0) groups.push(String(rest));
  return groups.join(' ');
}
