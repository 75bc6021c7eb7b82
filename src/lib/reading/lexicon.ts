/**
 * The project lexicon: readings the site decides for itself (domain words, place names, words
 * the dictionary reads wrongly). Rows come from content/lexicon/*.tsv and from the municipality
 * data; every problem names the file and line. The reader applies a row where its term starts
 * and ends on the analyser's word boundaries, longest first, so a longer row (長野県池田町)
 * wins over a shorter one inside it (長野県), and a row never cuts a word in two (日本 is not
 * applied inside 日本語, nor 行 inside 行政). A note that calls a reading official (正式・公式)
 * must name its source (see src/schemas/lexicon.ts), or the row is refused with file and line.
 */
import { lexiconEntrySchema } from '../../schemas/lexicon.ts';
import { alignReading } from './align.ts';
import { toHiragana } from './kana.ts';
import type { RubyPart } from './types.ts';

export interface LexiconEntry {
  readonly term: string;
  /** Hiragana, without the | part markers. */
  readonly reading: string;
  /** Ruby parts when the row splits the word with |. */
  readonly parts?: readonly RubyPart[];
  /**
   * The stretches between the row's | marks with their readings (者の|方 → 者の しゃの, 方 かた):
   * the words of a set phrase, or the meaning units of a compound, for braille word division.
   */
  readonly units?: readonly LexiconUnit[];
  readonly pos?: string;
  readonly note?: string;
  /** file:line, or a description of the data the entry came from. */
  readonly where: string;
}

export interface LexiconUnit {
  readonly text: string;
  /** Hiragana. */
  readonly reading: string;
}

export interface LexiconProblem {
  readonly file: string;
  readonly line?: number;
  readonly field?: string;
  readonly message: string;
}

export function formatLexiconProblems(problems: readonly LexiconProblem[]): string {
  return problems
    .map((problem) => `${problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`)
    .join('\n');
}

export const LEXICON_HEADER = ['term', 'reading', 'pos', 'note'] as const;

/**
 * A term and reading, possibly split into parts with |. Returns the entry's reading fields or
 * a message saying what does not fit.
 */
export function splitEntry(term: string, reading: string): { term: string; reading: string; parts?: RubyPart[]; units?: LexiconUnit[] } | string {
  const termParts = term.split('|');
  const readingParts = reading.split('|');
  if (termParts.length !== readingParts.length) {
    return `語の | が ${termParts.length - 1} 個、読みの | が ${readingParts.length - 1} 個です。同じ数にしてください`;
  }
  if (termParts.some((part) => part === '') || readingParts.some((part) => part === '')) return '| の前後が空です';
  const parts: RubyPart[] = [];
  for (const [index, part] of termParts.entries()) {
    const aligned = alignReading(part, readingParts[index]!);
    if (!aligned) return `「${part}」のかなが読み「${readingParts[index]}」に見つかりません。読みが語と合っているか確かめてください`;
    parts.push(...aligned);
  }
  const whole = { term: termParts.join(''), reading: toHiragana(readingParts.join('')) };
  const units = termParts.map((text, index) => ({ text, reading: toHiragana(readingParts[index]!) }));
  return termParts.length > 1 ? { ...whole, parts, units } : whole;
}

/** Parses one lexicon file. `path` is how errors name the file (content/lexicon/words.tsv). */
export function parseLexiconTsv(text: string, path: string): { entries: LexiconEntry[]; problems: LexiconProblem[] } {
  const entries: LexiconEntry[] = [];
  const problems: LexiconProblem[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let headerSeen = false;
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const cells = raw.split('\t').map((cell) => cell.trim());
    if (!headerSeen) {
      headerSeen = true;
      if (cells.join('\t') !== LEXICON_HEADER.join('\t')) {
        problems.push({ file: path, line, message: `1行目（コメントを除く）は見出し「${LEXICON_HEADER.join('<タブ>')}」にしてください` });
      }
      return;
    }
    if (cells.length > LEXICON_HEADER.length) {
      problems.push({ file: path, line, message: `列が ${cells.length} あります。term・reading・pos・note の4列までです（タブの数を確かめてください）` });
      return;
    }
    const [term = '', reading = '', pos = '', note = ''] = cells;
    const parsed = lexiconEntrySchema.safeParse({ term, reading, ...(pos ? { pos } : {}), ...(note ? { note } : {}) });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.join('.');
      problems.push({ file: path, line, ...(field ? { field } : {}), message: issue.message });
      return;
    }
    const split = splitEntry(parsed.data.term, parsed.data.reading);
    if (typeof split === 'string') {
      problems.push({ file: path, line, field: 'reading', message: split });
      return;
    }
    entries.push({
      ...split,
      ...(parsed.data.pos ? { pos: parsed.data.pos } : {}),
      ...(parsed.data.note ? { note: parsed.data.note } : {}),
      where: `${path}:${line}`,
    });
  });
  if (!headerSeen) problems.push({ file: path, message: `見出し「${LEXICON_HEADER.join('<タブ>')}」の行がありません` });
  return { entries, problems };
}

export interface Lexicon {
  /** Entries whose term starts at `index` in `text`, longest first. */
  matchesAt(text: string, index: number): LexiconEntry[];
  get(term: string): LexiconEntry | undefined;
  readonly size: number;
}

/**
 * Joins entries from all sources. The same term twice with the same reading is fine (a place
 * name both in the municipality data and in a hand-written file); with different readings it
 * is an error that names both places.
 */
export function buildLexicon(entries: readonly LexiconEntry[]): { lexicon: Lexicon; problems: LexiconProblem[] } {
  const problems: LexiconProblem[] = [];
  const byTerm = new Map<string, LexiconEntry>();
  for (const entry of entries) {
    const previous = byTerm.get(entry.term);
    if (previous && previous.reading !== entry.reading) {
      const [file, line] = splitWhere(entry.where);
      problems.push({
        file,
        ...(line === undefined ? {} : { line }),
        field: 'term',
        message: `「${entry.term}」は ${previous.where} では「${previous.reading}」、ここでは「${entry.reading}」です。読みを1つにしてください`,
      });
      continue;
    }
    if (!previous) byTerm.set(entry.term, entry);
  }
  const byFirst = new Map<string, LexiconEntry[]>();
  for (const entry of byTerm.values()) {
    const first = String.fromCodePoint(entry.term.codePointAt(0)!);
    const list = byFirst.get(first) ?? [];
    list.push(entry);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.term.length - a.term.length);
  const lexicon: Lexicon = {
    matchesAt(text, index) {
      const candidates = byFirst.get(String.fromCodePoint(text.codePointAt(index)!)) ?? [];
      return candidates.filter((entry) => text.startsWith(entry.term, index) && !cutsLatinWord(text, index, entry.term));
    },
    get: (term) => byTerm.get(term),
    size: byTerm.size,
  };
  return { lexicon, problems };
}

/** A Latin term (API) must not match inside a longer Latin word (APIs, RAPID). */
function cutsLatinWord(text: string, index: number, term: string): boolean {
  const word = /[A-Za-z0-9]/;
  return (word.test(term[0]!) && word.test(text[index - 1] ?? '')) || (word.test(term[term.length - 1]!) && word.test(text[index + term.length] ?? ''));
}

function splitWhere(where: string): [string, number | undefined] {
  const match = /^(.*):(\d+)$/.exec(where);
  return match ? [match[1]!, Number(match[2])] : [where, undefined];
}
