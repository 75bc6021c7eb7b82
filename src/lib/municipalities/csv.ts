/**
 * A small CSV reader (RFC 4180: commas, double-quoted fields with "" for a quote, CRLF or LF)
 * that remembers the line each record starts on, so that every data error can name it.
 * Lines that are empty or start with # are comments, for notes to the people who edit the file.
 */
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

function splitRecords(text: string, file: string, problems: DataProblem[]): RawRecord[] {
  const records: RawRecord[] = [];
  let line = 1;
  let position = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a BOM some spreadsheet programs add
  while (position < text.length) {
    const start = line;
    const lineEnd = text.indexOf('\n', position);
    const firstLine = text.slice(position, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, '');
    if (firstLine.trim() === '' || firstLine.startsWith('#')) {
      position = lineEnd === -1 ? text.length : lineEnd + 1;
      line += 1;
      continue;
    }
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    let atFieldStart = true;
    for (;;) {
      if (position >= text.length) {
        if (quoted) problems.push({ file, line: start, message: '引用符 " が閉じられていません' });
        fields.push(field);
        break;
      }
      const char = text[position]!;
      if (quoted) {
        if (char === '"' && text[position + 1] === '"') {
          field += '"';
          position += 2;
        } else if (char === '"') {
          quoted = false;
          position += 1;
        } else {
          if (char === '\n') line += 1;
          field += char;
          position += 1;
        }
        continue;
      }
      if (char === '"' && atFieldStart) {
        quoted = true;
        atFieldStart = false;
        position += 1;
      } else if (char === ',') {
        fields.push(field);
        field = '';
        atFieldStart = true;
        position += 1;
      } else if (char === '\n' || (char === '\r' && text[position + 1] === '\n')) {
        fields.push(field);
        position += char === '\r' ? 2 : 1;
        line += 1;
        break;
      } else {
        field += char;
        atFieldStart = atFieldStart && char === ' ';
        position += 1;
      }
    }
    records.push({ line: start, fields: fields.map((value) => value.trim()) });
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
