/** Reading the translator's tab-separated vector files (tests and bench). */
import { readFileSync } from 'node:fs';

/** Rows of a .tsv next to this module, without comments and blank lines. */
export function readVectors(name: string): string[][] {
  return readFileSync(new URL(name, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t'));
}

/** The vectors' convention writes the blank cell as U+0020; the translator writes U+2800. */
export const blanksAsSpaces = (braille: string): string => braille.replace(/\u2800/g, ' ');
