import { describe, expect, it } from 'vitest';
import { checkDigitOf, hasValidCheckDigit, withCheckDigit } from './index.ts';
import { readVectors } from './test-vectors.ts';

describe('check digit (labelled vectors: 総務省 rule, worked examples in NOTES §2)', () => {
  it.each(readVectors('check-digit.tsv'))('%s', (_label, code5, digit) => {
    expect(checkDigitOf(code5)).toBe(Number(digit));
    expect(withCheckDigit(code5)).toBe(`${code5}${digit}`);
    expect(hasValidCheckDigit(`${code5}${digit}`)).toBe(true);
  });

  it('rejects every other last digit', () => {
    for (const digit of '0123456789') {
      expect(hasValidCheckDigit(`13213${digit}`)).toBe(digit === '6');
    }
  });

  it('rejects text that is not six ASCII digits', () => {
    for (const text of ['', '13213', '1321366', '１３２１３６', '13213a', ' 132136']) expect(hasValidCheckDigit(text)).toBe(false);
    for (const text of ['1321', '132136', '1321a', '１３２１３']) expect(checkDigitOf(text)).toBeUndefined();
  });
});
