/**
 * A page's text (src/lib/page-text) → braille pages. Headings, paragraphs, list items, tables
 * (row by row, each cell with its header) and definitions, in the order the page shows them.
 * A character with no braille rule stops with the page, the character and its code point.
 */
import type { PageText, TextBlock } from '../page-text/index.ts';
import { UnbrailleableCharacterError } from './cells.ts';
import type { Translator } from './index.ts';
import { JAPANESE_PAGE, layoutPages, type LayoutBlock, type Page, type PageSize } from './layout.ts';

export class BrailleTranslationError extends Error {
  readonly path: string;
  constructor(path: string, cause: Error) {
    super(`${path}: ${cause.message}`, { cause });
    this.name = 'BrailleTranslationError';
    this.path = path;
  }
}

/** Where each kind of block starts (blanks before the first line, before later lines). */
const HEADING_INDENT: Record<number, number> = { 1: 6, 2: 4 };
const PARAGRAPH = { indent: 2, continuation: 0 };

function blocksOf(block: TextBlock, translator: Translator): LayoutBlock[] {
  const units = (text: string) => translator.units(text);
  switch (block.kind) {
    case 'heading': {
      const indent = HEADING_INDENT[block.level] ?? 2;
      return [{ units: units(block.text), indent, continuation: indent, spaceBefore: true }];
    }
    case 'paragraph':
      return [{ units: units(block.text), ...PARAGRAPH }];
    case 'list-item': {
      const indent = 2 + 2 * Math.max(0, block.depth - 1);
      // Numbered items carry their number in 第1カッコ, as braille lists usually do: (1).
      const text = block.ordered ? `（${block.index}）${block.text}` : block.text;
      return [{ units: units(text), indent, continuation: indent + 2 }];
    }
    case 'definition':
      return [
        { units: units(block.term), indent: 2, continuation: 2 },
        { units: units(block.text), indent: 4, continuation: 4 },
      ];
    case 'table': {
      const caption: LayoutBlock[] = block.caption ? [{ units: units(block.caption), ...PARAGRAPH }] : [];
      // A table is read row by row: the first cell of a row at the 3rd cell, the others at the
      // 5th, each as 「header content」 so that the reader never has to remember the columns.
      const rows = block.rows.flatMap((row) =>
        row.cells.map((tableCell, index): LayoutBlock => {
          const text = tableCell.header && tableCell.header !== tableCell.text ? `${tableCell.header} ${tableCell.text}` : tableCell.text;
          return { units: units(text), indent: index === 0 ? 2 : 4, continuation: index === 0 ? 4 : 6 };
        }),
      );
      return [...caption, ...rows];
    }
  }
}

/** One page's text → braille pages. */
export function pageToBraille(page: PageText, translator: Translator, size: PageSize = JAPANESE_PAGE): Page[] {
  try {
    return layoutPages(page.blocks.flatMap((block) => blocksOf(block, translator)), size);
  } catch (error) {
    if (error instanceof UnbrailleableCharacterError) throw new BrailleTranslationError(page.path, error);
    throw error;
  }
}

export interface BrailleSection {
  readonly title: string;
  readonly pages: readonly Page[];
}

const CONTENTS_HEADING = '目次';

/**
 * Several sections in one document, after a contents list (目次) that gives the braille page on
 * which each section starts; each section starts on a new page. The contents may need more
 * pages once the real numbers are known, so they are laid out until their length is stable.
 */
export function withContents(sections: readonly BrailleSection[], translator: Translator, size: PageSize = JAPANESE_PAGE): Page[] {
  const contentsFor = (firstBodyPage: number): Page[] => {
    let start = firstBodyPage;
    const entries = sections.map((section) => {
      const entry: LayoutBlock = { units: translator.units(`${section.title} ${start}`), indent: 2, continuation: 4 };
      start += section.pages.length;
      return entry;
    });
    return layoutPages([{ units: translator.units(CONTENTS_HEADING), indent: 6, continuation: 6, spaceBefore: true }, ...entries], size);
  };
  let contents = contentsFor(2);
  for (let round = 0; round < 5; round += 1) {
    const next = contentsFor(contents.length + 1);
    if (next.length === contents.length) {
      contents = next;
      break;
    }
    contents = next;
  }
  return [...contents, ...sections.flatMap((section) => section.pages)];
}
