/**
 * CSV (RFC 4180: commas, double-quoted fields with "" for a quote, CRLF or LF) read with
 * csv-parse, remembering the line each record starts on, so that every data error can name it.
 * Lines that are empty or start with # are comments, for notes to the people who edit the file.
 */
import { CsvError, parse } from 'csv-parse/sync';
import type { DataProblem } from './problems.ts';

export interface CsvRecord {
  /** 1-based line the record starts on. */
  readonly line: number;
  /** Values by column name, trimmed of surrounding spaces. */
  readonly values: Readonly<Record<string, string>>;
}

export interface CsvTable {
  readonly columns: readonly string[];
  readonly records: readonly CsvRecord[];
  readonly problems: readonly DataProblem[];
}

interface RawRecord {
  line: number;
  fields: string[];
}

const isSkippedLine = (line: string) => line.trim() === '' || line.startsWith('#');

function splitRecords(text: string, file: string, problems: DataProblem[]): RawRecord[] {
  let parsed: { record: string[]; raw: string }[];
  try {
    // With raw: true each record comes as { record, raw }; csv-parse's typings give string[][]
    // whatever the options, so the shape is stated here.
    parsed = parse(text, {
      bom: true, // a byte-order mark some spreadsheet programs add
      comment: '#',
      comment_no_infix: true, // # starts a comment only at the start of a line
      skip_empty_lines: true,
      // LF ends a record; the CR of a CRLF is trimmed with the field, and a lone CR stays data
      // (csv-parse's own CRLF detection leaves the LF out of the record's raw text).
      record_delimiter: '\n',
      relax_column_count: true, // a row with the wrong number of fields is reported by readCsv, with its line
      trim: true, // spaces around a quoted field
      raw: true,
    }) as unknown as { record: string[]; raw: string }[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines;
    const message = error.code === 'CSV_QUOTE_NOT_CLOSED' ? '引用符 " が閉じられていません' : `CSV として読めません（${error.message}）`;
    problems.push({ file, ...(line === undefined ? {} : { line }), message });
    return [];
  }
  // The raw text of a record begins with the comment and blank lines skipped before it, so the
  // records' raw texts, one after another, are the whole file: count lines through them.
  const records: RawRecord[] = [];
  let line = 1;
  for (const { record, raw } of parsed) {
    const rawLines = raw.split('\n');
    let skipped = 0;
    while (skipped < rawLines.length - 1 && isSkippedLine(rawLines[skipped]!)) skipped += 1;
    records.push({ line: line + skipped, fields: record.map((value) => value.trim()) });
    line += rawLines.length - 1;
  }
  return records;
}

/**
 * Reads CSV text whose first record is the header. Records with a different number of fields
 * than the header are reported and left out.
 */
export function readCsv(text: string, file: string): CsvTable {
  const problems: DataProblem[] = [];
  const [header, ...rows] = splitRecords(text, file, problems);
  if (!header) return { columns: [], records: [], problems: [...problems, { file, message: '見出しの行がありません' }] };
  const columns = header.fields;
  const records: CsvRecord[] = [];
  for (const row of rows) {
    if (row.fields.length !== columns.length) {
      problems.push({ file, line: row.line, message: `項目の数が${row.fields.length}個です。見出しと同じ${columns.length}個にしてください` });
      continue;
    }
    records.push({ line: row.line, values: Object.fromEntries(columns.map((column, index) => [column, row.fields[index]!])) });
  }
  return { columns, records, problems };
}

/**
 * Checks that a table has exactly the expected columns: every required one, and no column
 * that is neither required nor optional (most often a typo).
 */
export function checkColumns(
  table: CsvTable,
  file: string,
  required: readonly string[],
  optional: readonly string[] = [],
): DataProblem[] {
  const problems: DataProblem[] = [];
  const known = new Set([...required, ...optional]);
  for (const column of required) {
    if (!table.columns.includes(column)) problems.push({ file, line: 1, field: column, message: `列「${column}」がありません` });
  }
  for (const column of table.columns) {
    if (!known.has(column)) {
      problems.push({ file, line: 1, field: column, message: `知らない列です。使える列は ${[...known].join(', ')} です` });
    }
  }
  return problems;
}
