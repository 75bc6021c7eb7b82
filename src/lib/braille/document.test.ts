import { describe, expect, it } from 'vitest';
import { BLANK, kanaToUnits } from './cells.ts';
import { withContents } from './document.ts';
import type { Translator } from './index.ts';

// A translator for text already in braille kana (目次 is the one word it must know).
const kanaTranslator: Translator = {
  kana: (text) => text,
  units: (text) => kanaToUnits(text.replace('目次', 'モクジ')),
  braille: (text) => kanaToUnits(text.replace('目次', 'モクジ')).join(''),
  doubts: () => [],
};
const pagesOf = (count: number) => Array.from({ length: count }, (_, index) => [`⠁${index}`]);

describe('the whole guide with a contents list', () => {
  it('lists each section with the braille page it starts on, counting the contents pages', () => {
    const result = withContents(
      [
        { title: 'ア', pages: pagesOf(3) },
        { title: 'イ', pages: pagesOf(2) },
      ],
      kanaTranslator,
    );
    // Page 1: the contents; section ア on pages 2–4, イ from page 5.
    expect(result).toHaveLength(6);
    expect(result[0]).toEqual([BLANK.repeat(6) + '⠾⠩⠐⠳', BLANK.repeat(2) + '⠁⠀⠼⠃', BLANK.repeat(2) + '⠃⠀⠼⠑']);
  });

  it('counts contents that need more than one page', () => {
    const sections = Array.from({ length: 30 }, () => ({ title: 'ア', pages: pagesOf(1) }));
    const result = withContents(sections, kanaTranslator);
    // 31 lines of contents → 2 pages; the first section starts on page 3.
    expect(result).toHaveLength(32);
    expect(result[0]![1]).toBe(BLANK.repeat(2) + '⠁⠀⠼⠉');
  });
});
