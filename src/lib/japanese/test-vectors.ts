/**
 * Reads kana.tsv (function, input, expected, label, separated by tabs; # lines are comments;
 * \u{…} in a field stands for that character). For the tests only (it reads a file).
 */
import { readFileSync } from 'node:fs';

export type VectorRow = readonly [fn: string, input: string, expected: string, label: string];

const unescape = (text: string) => text.replace(/\\u\{([0-9A-F]+)\}/gi, (_match, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)));

export const kanaVectors: readonly VectorRow[] = readFileSync(new URL('./kana.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line !== '' && !line.startsWith('#'))
  .map((line) => {
    const fields = line.split('\t').map(unescape);
    if (fields.length !== 4) throw new Error(`kana.tsv: expected 4 tab-separated fields, got ${fields.length}: ${line}`);
    return fields as unknown as VectorRow;
  });

/** The rows of one function, as [label, input, expected]. */
export const rowsOf = (fn: string): Array<[label: string, input: string, expected: string]> =>
  kanaVectors.filter((row) => row[0] === fn).map(([, input, expected, label]) => [label, input, expected]);
