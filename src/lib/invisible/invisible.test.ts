import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withoutInvisible } from './index.ts';

/** \u{…} escapes as the code units they stand for (a lone surrogate stays one lone unit). */
const unescape = (text: string) => text.replace(/\\u\{([0-9A-F]+)\}/gi, (_match, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)));

const vectors = readFileSync(new URL('./vectors.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line !== '' && !line.startsWith('#'))
  .map((line) => line.split('\t').map(unescape) as [string, string, string, string]);

describe('withoutInvisible (labelled vectors)', () => {
  it.each(vectors)('%s', (_label, text, stripped, spaced) => {
    expect(withoutInvisible(text)).toBe(stripped);
    expect(withoutInvisible(text, ' ')).toBe(spaced);
  });

  it('leaves no unpaired surrogate behind', () => {
    for (const [, text] of vectors) expect(withoutInvisible(text)).not.toMatch(/\p{Cs}/u);
  });
});
