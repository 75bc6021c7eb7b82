/**
 * Reads the labelled vector files next to this module (label, input, expected, … separated
 * by tabs; # lines are comments). \uXXXX in a field stands for that character, so that
 * invisible characters can be written visibly. For the tests only (it reads files).
 */
import { readFileSync } from 'node:fs';

export function readVectors(name: string): string[][] {
  return readFileSync(new URL(`./${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t').map((field) => field.replace(/\\u([0-9A-Fa-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))));
}
