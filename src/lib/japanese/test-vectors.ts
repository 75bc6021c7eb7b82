/**
 * Reads kana.tsv (function, input, expected, label, separated by tabs; # lines are comments;
 * \u{…} in a field stands for that character). For the tests only (it reads a file).
 */
import { readVectors } from '../test-vectors/index.ts';

export type VectorRow = readonly [fn: string, input: string, expected: string, label: string];

const unescape = (text: string) => text.replace(/\\u\{([0-9A-F]+)\}/gi, (_match, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)));

export const kanaVectors: readonly VectorRow[] = readVectors(new URL('./kana.tsv', import.meta.url), 4).map((row) => {
  if (row.length !== 4) throw new Error(`kana.tsv: expected 4 tab-separated fields, got ${row.length}: ${row.join('\t')}`);
  return row.map(unescape) as unknown as VectorRow;
});

/** The rows of one function, as [label, input, expected]. */
export const rowsOf = (fn: string): Array<[label: string, input: string, expected: string]> =>
  kanaVectors.filter((row) => row[0] === fn).map(([, input, expected, label]) => [label, input, expected]);
