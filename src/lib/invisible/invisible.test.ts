import { describe, expect, it } from 'vitest';
import { withoutInvisible } from './index.ts';
import { readVectors } from '../test-vectors/index.ts';

/** \u{…} escapes as the code units they stand for (a lone surrogate stays one lone unit). */
const unescape = (text: string) => text.replace(/\\u\{([0-9A-F]+)\}/gi, (_match, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)));

const vectors = readVectors(new URL('./vectors.tsv', import.meta.url), 4).map((row) => row.map(unescape)) as [string, string, string, string][];

describe('withoutInvisible (labelled vectors)', () => {
  it.each(vectors)('%s', (_label, text, stripped, spaced) => {
    expect(withoutInvisible(text)).toBe(stripped);
    expect(withoutInvisible(text, ' ')).toBe(spaced);
  });

  it('leaves no unpaired surrogate behind', () => {
    for (const [, text] of vectors) expect(withoutInvisible(text)).not.toMatch(/\p{Cs}/u);
  });
});
