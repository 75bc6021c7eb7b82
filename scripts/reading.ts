/**
 * Author CLI: how will the site read this text?
 *
 *   npm run -s reading -- "令和3年5月10日現在の手続き"
 *
 * First line: the reading of the whole text in hiragana. Then one line per token, separated
 * by tabs: surface, reading, pronunciation (speech), braille kana, source (dictionary /
 * lexicon / rule / surface / none). Exits with 1 when a kanji word has no reading, which would
 * fail the build: add it to content/lexicon/words.tsv. With no argument, reads standard input.
 */
import { readFileSync } from 'node:fs';
import { loadReadingLayer } from '../src/data/reading-layer.ts';
import { readingOf, unreadWords } from '../src/lib/reading/index.ts';

const text = process.argv.slice(2).join(' ') || readFileSync(0, 'utf8');
if (!text.trim()) {
  process.stderr.write('使い方: npm run -s reading -- "読みを確かめたい文"\n');
  process.exit(2);
}

try {
  const reader = await loadReadingLayer();
  const tokens = reader.read(text.trim());
  const lines = [readingOf(tokens)];
  for (const token of tokens) {
    if (!token.surface.trim()) continue;
    lines.push([token.surface, token.reading || '?', token.pronunciation || '?', token.braille || '?', token.source].join('\t'));
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  const unread = unreadWords(tokens);
  if (unread.length > 0) {
    process.stderr.write(`読みのない語があります: ${unread.map((token) => `「${token.surface}」`).join('')}。content/lexicon/words.tsv に行を足してください。\n`);
    process.exit(1);
  }
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
