import { describe, expect, it } from 'vitest';
import { BLANK, kanaToUnits } from './cells.ts';
import { layoutBlock, layoutPages, type LayoutBlock } from './layout.ts';

const paragraph = (kana: string): LayoutBlock => ({ units: kanaToUnits(kana), indent: 2, continuation: 0 });
const cells = (line: string) => [...line].length;

describe('lines', () => {
  it('never splits a word and keeps every line within the width', () => {
    const block = paragraph('ワタシワ ガッコーエ イキマス。アシタモ イキマス。'.repeat(4));
    const lines = layoutBlock(block, 32);
    for (const line of lines) expect(cells(line)).toBeLessThanOrEqual(32);
    // The words are the same, in order, when the lines are joined again with one blank.
    const words = (text: string) => text.split(/\u2800+/u).filter(Boolean);
    expect(lines.flatMap(words)).toEqual(words(block.units.join('')));
  });

  it('starts a paragraph in the 3rd cell and later lines in the 1st', () => {
    const lines = layoutBlock(paragraph('アイウエオ '.repeat(12)), 32);
    expect(lines[0]!.startsWith(BLANK.repeat(2) + '⠁')).toBe(true);
    expect(lines[1]!.startsWith('⠁')).toBe(true);
  });

  it('drops blanks at the end of a line (the two after 。)', () => {
    const lines = layoutBlock(paragraph('アイウエオカキクケコ アイウエオカキクケ。アイウエオカキクケコ'), 32);
    for (const line of lines) expect(line.endsWith(BLANK)).toBe(false);
    expect(lines[1]!.startsWith(BLANK)).toBe(false);
  });

  it('breaks a word longer than a line with 第1つなぎ符 at the end, never inside a unit', () => {
    const long = 'ガ'.repeat(40); // each ガ is two cells that must stay together
    const lines = layoutBlock({ units: kanaToUnits(long), indent: 0, continuation: 0 }, 32);
    expect(lines[0]!.endsWith('⠤')).toBe(true);
    for (const line of lines) expect(cells(line)).toBeLessThanOrEqual(32);
    expect(lines.join('').replace(/⠤/g, '')).toBe('⠐⠡'.repeat(40));
  });
});

describe('pages', () => {
  it('fills pages of at most 22 lines', () => {
    const blocks = Array.from({ length: 60 }, () => paragraph('アイウエオ '.repeat(10)));
    const pages = layoutPages(blocks, { cellsPerLine: 32, linesPerPage: 22 });
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(22);
    expect(pages.slice(0, -1).every((page) => page.length === 22)).toBe(true);
    expect(pages.flat().filter(Boolean).length).toBe(120);
  });

  it('does not leave a heading alone at the foot of a page', () => {
    const filler = Array.from({ length: 21 }, () => paragraph('ア'));
    const heading: LayoutBlock = { units: kanaToUnits('ミダシ'), indent: 4, continuation: 4, spaceBefore: true };
    const pages = layoutPages([...filler, heading, paragraph('イ')], { cellsPerLine: 32, linesPerPage: 22 });
    expect(pages[1]![0]).toBe(BLANK.repeat(4) + '⠷⠐⠕⠳');
  });
});
