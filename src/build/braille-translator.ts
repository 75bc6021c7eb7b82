/**
 * The braille translator as the build, the braille CLI (scripts/braille.ts) and the bench use it:
 * the reading layer (loaded once per process) with the braille word list of src/lib/braille.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTranslator, parseBrailleWords, type Translator } from '../lib/braille/index.ts';
import { loadReadingLayer } from '../data/reading-layer.ts';

export const BRAILLE_WORDS_FILE = 'src/lib/braille/words.tsv';

export async function loadTranslator(root = process.cwd()): Promise<Translator> {
  const words = parseBrailleWords(readFileSync(join(root, BRAILLE_WORDS_FILE), 'utf8'), BRAILLE_WORDS_FILE);
  return createTranslator(await loadReadingLayer(), words);
}
