/**
 * The labelled vector files beside the modules (*.tsv): one vector per line, columns separated by
 * tabs, the label first; blank lines and lines starting with # are comments. Read here, once for
 * every test, so that a short row is an error naming the file and line instead of a test that
 * compares against undefined. For tests only: it reads the disk.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The rows of a vector file, each with at least `columns` columns (the label and what follows). */
export function readVectors(file: URL, columns = 2): string[][] {
  const rows: string[][] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '' || line.startsWith('#')) return;
      const row = line.split('\t');
      if (row.length < columns) throw new Error(`${fileURLToPath(file)}:${index + 1}: ${row.length} column(s), where a vector of this file has at least ${columns}`);
      rows.push(row);
    });
  return rows;
}
