/**
 * Author CLI: how does the site write this text in braille?
 *
 *   npm run -s braille -- "マイナンバーカードを申請する"          → Unicode braille (blank U+2800)
 *   npm run -s braille -- --kana "マイナンバーカードを申請する"   → spaced braille kana
 *
 * With no text, reads standard input (one line per paragraph). Exits with 1 when a character
 * has no braille rule, naming it and its code point.
 */
import { readFileSync } from 'node:fs';
import { loadTranslator } from '../src/build/braille-translator.ts';

const args = process.argv.slice(2);
const kanaOnly = args[0] === '--kana';
const text = (kanaOnly ? args.slice(1) : args).join(' ') || readFileSync(0, 'utf8');
if (!text.trim()) {
  process.stderr.write('使い方: npm run -s braille -- "点字にしたい文"（--kana で点字のかな）\n');
  process.exit(2);
}

try {
  const translator = await loadTranslator();
  const lines = text
    .split(/\r?\n/)
    .filter((line) => line.trim())
    .map((line) => (kanaOnly ? translator.kana(line.trim()) : translator.braille(line.trim())));
  process.stdout.write(`${lines.join('\n')}\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
