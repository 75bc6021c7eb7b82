/**
 * Where a card's words go: the title wrapped (line-break.ts) at the largest size that fits the
 * title box, and the site name along the bottom. Pure: words in, positions out; a title or site
 * name that cannot fit is an error naming the field, which the build turns into a failed build
 * naming the file.
 */
import { CARD_SIZE, EM_BOX_ASCENT, FOOTER, TITLE_BOX, TITLE_LINE_HEIGHT, TITLE_SIZES } from './design.ts';
import { LineTooNarrowError, textWidth, wrapJapaneseBalanced, type WrappedTitle } from './line-break.ts';

export interface PlacedLine {
  text: string;
  /** Left edge and baseline, in px of the card. */
  x: number;
  y: number;
  /** Advance width in px. */
  width: number;
}

export interface CardLayout {
  title: string;
  siteName: string;
  titleSize: number;
  titleLines: PlacedLine[];
  siteNameLine: PlacedLine;
}

/** A card that cannot be made from these words; `field` is the field of the content that holds them. */
export class ShareCardError extends Error {
  override name = 'ShareCardError';
  readonly field: 'title' | 'siteName';
  constructor(field: 'title' | 'siteName', message: string) {
    super(message);
    this.field = field;
  }
}

/** How many title lines fit in the box at a size. */
export function linesAt(size: number): number {
  return Math.floor(TITLE_BOX.height / (size * TITLE_LINE_HEIGHT));
}

function wrapAt(title: string, size: number): WrappedTitle | undefined {
  try {
    const wrapped = wrapJapaneseBalanced(title, TITLE_BOX.width / size);
    return wrapped.lines.length <= linesAt(size) ? wrapped : undefined;
  } catch (error) {
    if (error instanceof LineTooNarrowError) return undefined;
    throw error;
  }
}

/**
 * The card's layout. The title gets the largest size at which it fits without breaking inside a
 * phrase; failing that, the largest size at which it fits at all (breaking a phrase is better
 * than text too small to read in a preview); failing that, an error.
 */
export function layoutCard(title: string, siteName: string): CardLayout {
  if (title.trim() === '') throw new ShareCardError('title', 'the title is empty; a share card shows the page title');
  const fits = TITLE_SIZES.flatMap((size: number) => {
    const wrapped = wrapAt(title, size);
    return wrapped ? [{ size, wrapped }] : [];
  });
  const chosen = fits.find((candidate) => candidate.wrapped.breaksInsidePhrases === 0) ?? fits[0];
  if (!chosen) {
    const smallest = TITLE_SIZES.at(-1)!;
    throw new ShareCardError(
      'title',
      `the title 「${title}」 (${textWidth(title)} em) does not fit the share card even at the smallest size, ${smallest} px in ${linesAt(smallest)} lines of ${TITLE_BOX.width / smallest} em: shorten it`,
    );
  }
  const { size, wrapped } = chosen;
  const lineHeight = size * TITLE_LINE_HEIGHT;
  const blockTop = TITLE_BOX.top + (TITLE_BOX.height - wrapped.lines.length * lineHeight) / 2;
  // Each line's 1 em box is centred in its line height; the baseline sits EM_BOX_ASCENT below the box's top.
  const titleLines = wrapped.lines.map((text, index) => ({
    text,
    x: TITLE_BOX.left,
    y: round(blockTop + index * lineHeight + (lineHeight - size) / 2 + EM_BOX_ASCENT * size),
    width: textWidth(text) * size,
  }));

  const nameWidth = textWidth(siteName) * FOOTER.nameSize;
  if (siteName.trim() === '' || nameWidth > FOOTER.right - FOOTER.nameLeft) {
    throw new ShareCardError(
      'siteName',
      `the site name 「${siteName}」 must be 1 to ${(FOOTER.right - FOOTER.nameLeft) / FOOTER.nameSize} em wide to fit the share card's footer`,
    );
  }
  const markCentre = FOOTER.markTop + FOOTER.markSize / 2;
  const siteNameLine = { text: siteName, x: FOOTER.nameLeft, y: round(markCentre + (EM_BOX_ASCENT - 0.5) * FOOTER.nameSize), width: nameWidth };
  return { title, siteName, titleSize: size, titleLines, siteNameLine };
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The card's size, for the <meta> tags and the tests. */
export { CARD_SIZE };
