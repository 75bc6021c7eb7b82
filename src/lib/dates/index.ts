/**
 * Dates as Japanese readers expect them: the era year (和暦) next to the Western year (西暦).
 * Pure; no Intl dependency, because ICU builds differ in how they spell 元年 and era names.
 */

/** A calendar date with no time zone: the deck's figures are "as of" a day, not an instant. */
export interface PlainDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

interface Era {
  readonly name: string;
  readonly start: PlainDate;
}

/** First day of each modern era, newest first (dates from the imperial era-name proclamations). */
const ERAS: readonly Era[] = [
  { name: '令和', start: { year: 2019, month: 5, day: 1 } },
  { name: '平成', start: { year: 1989, month: 1, day: 8 } },
  { name: '昭和', start: { year: 1926, month: 12, day: 25 } },
];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD`; throws with the offending text so content errors can name it. */
export function parsePlainDate(text: string): PlainDate {
  const match = ISO_DATE.exec(text);
  if (!match) throw new Error(`「${text}」は YYYY-MM-DD 形式の日付ではありません`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new Error(`「${text}」は存在しない日付です`);
  }
  return { year, month, day };
}

function compare(a: PlainDate, b: PlainDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The era and era year of a date; era year 1 is written 元年 by convention. */
export function eraOf(date: PlainDate): { name: string; year: number } {
  const era = ERAS.find((candidate) => compare(date, candidate.start) >= 0);
  if (!era) throw new Error(`${date.year}年は対応する元号の範囲外です`);
  return { name: era.name, year: date.year - era.start.year + 1 };
}

function eraYearText(date: PlainDate): string {
  const { name, year } = eraOf(date);
  return `${name}${year === 1 ? '元' : year}年`;
}

/** Precision of a dated fact: the deck gives some facts only to the month (令和3年3月). */
export type DatePrecision = 'day' | 'month';

/** 令和3年5月11日 / 令和3年3月 */
export function formatWareki(date: PlainDate, precision: DatePrecision = 'day'): string {
  const monthPart = `${date.month}月`;
  return `${eraYearText(date)}${monthPart}${precision === 'day' ? `${date.day}日` : ''}`;
}

/** 2021年5月11日 / 2021年3月 */
export function formatSeireki(date: PlainDate, precision: DatePrecision = 'day'): string {
  return `${date.year}年${date.month}月${precision === 'day' ? `${date.day}日` : ''}`;
}

/** 令和3年（2021年）5月11日: both calendars in one phrase, as public notices write them. */
export function formatBoth(date: PlainDate, precision: DatePrecision = 'day'): string {
  const rest = `${date.month}月${precision === 'day' ? `${date.day}日` : ''}`;
  return `${eraYearText(date)}（${date.year}年）${rest}`;
}

/** Machine-readable value for <time datetime>. */
export function isoText(date: PlainDate, precision: DatePrecision = 'day'): string {
  const mm = String(date.month).padStart(2, '0');
  const base = `${String(date.year).padStart(4, '0')}-${mm}`;
  return precision === 'day' ? `${base}-${String(date.day).padStart(2, '0')}` : base;
}

/**
 * A Japanese fiscal year (年度) runs from April to the next March. 令和2年度 = FY2020.
 * Written `FY2020` in content files.
 */
export function formatFiscalYear(fiscalYear: number): string {
  const april = { year: fiscalYear, month: 4, day: 1 };
  const { name, year } = eraOf(april);
  return `${name}${year === 1 ? '元' : year}年度（${fiscalYear}年度）`;
}

/** A figure's point in time as written in content: YYYY-MM-DD, YYYY-MM or FY2020. */
export function formatAsOf(asOf: string): string {
  const fiscal = /^FY(\d{4})$/.exec(asOf);
  if (fiscal) return formatFiscalYear(Number(fiscal[1]));
  if (/^\d{4}-\d{2}$/.test(asOf)) return formatBoth(parsePlainDate(`${asOf}-01`), 'month');
  return formatBoth(parsePlainDate(asOf), 'day');
}

/** The datetime attribute for an asOf value (a fiscal year has none that HTML accepts). */
export function asOfDatetime(asOf: string): string | undefined {
  if (/^FY\d{4}$/.test(asOf)) return undefined;
  return asOf;
}
