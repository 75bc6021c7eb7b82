/**
 * Page layout of braille text: blocks of cells → lines and pages.
 *
 * Japanese braille paper and the BSE format are 32 cells × 22 lines (NOTES.md §3.2); the BRF
 * files use the same size (the issue allows it when documented), so that one layout serves all
 * three formats and the page counts agree.
 *
 * Rules (点訳のてびき 第1章 書き方の形式, as far as the notes give them):
 *  - a line never splits a word: the next word goes to the next line;
 *  - a word longer than a whole line is broken between cells (never inside a unit such as a
 *    prefix and its kana) with 第1つなぎ符 ⠤ at the end of the broken line, and continues at
 *    the start of the next line;
 *  - blanks at the start and the end of a line are dropped (the two blanks after 。 too);
 *  - paragraphs start in the 3rd cell (2 blanks); headings start further in (level 1 at the
 *    7th cell, level 2 at the 5th, others at the 3rd) and have an empty line before them;
 *    list items start at the 3rd cell plus 2 per nesting level, continuing 2 cells further in.
 */
import { BLANK, cell } from './cells.ts';

export interface PageSize {
  readonly cellsPerLine: number;
  readonly linesPerPage: number;
}

export const JAPANESE_PAGE: PageSize = { cellsPerLine: 32, linesPerPage: 22 };

export interface LayoutBlock {
  /** Cells in units (see cells.ts); BLANK units are blanks. */
  readonly units: readonly string[];
  /** Blanks before the first line. */
  readonly indent: number;
  /** Blanks before every later line. */
  readonly continuation: number;
  /** An empty line before the block (headings), except at the top of a page. */
  readonly spaceBefore?: boolean;
}

/** A page is a list of lines; a line is a string of cells (U+2800–U+283F, blank U+2800). */
export type Page = string[];

const CONTINUATION_MARK = cell('36');

interface Word {
  readonly blanksBefore: number;
  readonly units: string[];
}

function wordsOf(units: readonly string[]): Word[] {
  const words: Word[] = [];
  let blanks = 0;
  let current: string[] = [];
  for (const unit of units) {
    if (unit === BLANK) {
      if (current.length > 0) {
        words.push({ blanksBefore: blanks, units: current });
        current = [];
        blanks = 0;
      }
      blanks += 1;
    } else current.push(unit);
  }
  if (current.length > 0) words.push({ blanksBefore: blanks, units: current });
  return words;
}

const length = (units: readonly string[]) => units.reduce((sum, unit) => sum + [...unit].length, 0);

/** Lines of one block. */
export function layoutBlock(block: LayoutBlock, cellsPerLine: number): string[] {
  if (block.indent >= cellsPerLine || block.continuation >= cellsPerLine - 2) throw new Error(`字下げ（${block.indent}・${block.continuation}マス）が1行（${cellsPerLine}マス）に収まりません`);
  const lines: string[] = [];
  let line = BLANK.repeat(block.indent);
  let lineHasWord = false;
  const newLine = () => {
    lines.push(line.replace(/\u2800+$/u, ''));
    line = BLANK.repeat(block.continuation);
    lineHasWord = false;
  };
  for (const word of wordsOf(block.units)) {
    const size = length(word.units);
    const gap = lineHasWord ? word.blanksBefore : 0;
    if (lineHasWord && [...line].length + gap + size > cellsPerLine) newLine();
    if (lineHasWord) line += BLANK.repeat(word.blanksBefore);
    if ([...line].length + size <= cellsPerLine) {
      line += word.units.join('');
      lineHasWord = true;
      continue;
    }
    // Longer than a line: fill each line up to one cell before the end, then the つなぎ符.
    for (const unit of word.units) {
      if ([...line].length + [...unit].length > cellsPerLine - 1 && lineHasWord) {
        line += CONTINUATION_MARK;
        newLine();
      }
      line += unit;
      lineHasWord = true;
    }
  }
  if (lineHasWord || lines.length === 0) newLine();
  return lines;
}

/** Blocks → pages of at most `linesPerPage` lines of at most `cellsPerLine` cells. */
export function layoutPages(blocks: readonly LayoutBlock[], size: PageSize = JAPANESE_PAGE): Page[] {
  const pages: Page[] = [];
  let page: string[] = [];
  const push = (line: string) => {
    if (page.length === size.linesPerPage) {
      pages.push(page);
      page = [];
    }
    page.push(line);
  };
  for (const block of blocks) {
    const lines = layoutBlock(block, size.cellsPerLine);
    if (block.spaceBefore && page.length > 0 && page.length < size.linesPerPage - 1) push('');
    // A heading is not left alone at the foot of a page.
    if (block.spaceBefore && page.length >= size.linesPerPage - lines.length) {
      while (page.length > 0 && page[page.length - 1] === '') page.pop();
      if (page.length > 0) {
        pages.push(page);
        page = [];
      }
    }
    for (const line of lines) push(line);
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}
