import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReadingLayer } from '../../data/reading-layer.ts';
import { createTranslator, parseBrailleWords, type Translator } from './index.ts';
import { blanksAsSpaces, readVectors } from './vectors.ts';

let translator: Translator;
beforeAll(async () => {
  const words = parseBrailleWords(readFileSync(new URL('./words.tsv', import.meta.url), 'utf8'), 'words.tsv');
  translator = createTranslator(await loadReadingLayer(), words);
}, 120_000);

const rules = readVectors('./rules.tsv');
const vectors = readVectors('./rule-vectors.tsv');

describe('the rule list (rules.tsv)', () => {
  it.each(rules)('%s names its てびき section and has at least three vectors', (id, section) => {
    expect(section).toMatch(/第\d章/);
    expect(vectors.filter(([rule]) => rule === id).length).toBeGreaterThanOrEqual(3);
  });
  it('every vector belongs to a listed rule', () => {
    const ids = new Set(rules.map(([id]) => id));
    expect(vectors.map(([rule]) => rule).filter((rule) => !ids.has(rule))).toEqual([]);
  });
});

describe('rule vectors: source → spaced kana (→ cells)', () => {
  it.each(vectors)('%s: %s', (_rule, source, kana, cells) => {
    expect(translator.kana(source)).toBe(kana);
    if (cells) expect(blanksAsSpaces(translator.braille(source))).toBe(cells);
  });
});
