/**
 * The look of the share cards and icons, in one place: change the design here (docs/share-cards.md,
 * "Changing the design"). Every value is in pixels of the 1200×630 card unless it says otherwise.
 */

/** The size Facebook, X, LINE and Slack show a large preview at (1.91:1). */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/**
 * Colours. Text is white on the site's navy (the favicon's colour), 16:1; the rule under the
 * title is decorative. tests: share-card.test.ts recomputes every text pair with the WCAG formula.
 */
export const CARD_COLOURS = {
  background: '#00118f',
  text: '#ffffff',
  rule: '#ffd43b',
} as const;

/**
 * BIZ UDGothic Bold (Morisawa, SIL OFL 1.1; Debian fonts-morisawa-bizud-gothic, which
 * scripts/setup.sh installs): a universal-design typeface made for legibility, the family of the
 * large-print PDFs, and fixed-pitch, so every full-width character is exactly 1 em and every
 * ASCII character ½ em, which makes the line measure of line-break.ts exact. The build finds its
 * file with fontconfig and hashes it into the card cache key.
 */
export const CARD_FONT = { family: 'BIZ UDGothic', weight: 700, fontconfigPattern: 'BIZ UDGothic:style=Bold' } as const;

/**
 * Where the title may be drawn: inside the 80 px side margins, above the rule. The render test
 * checks that the ink of the longest title stays inside this box.
 */
export const TITLE_BOX = { left: 80, top: 72, width: 1040, height: 348 } as const;

/** Title sizes, largest first: the largest at which the title fits is used. */
export const TITLE_SIZES = [80, 72, 64, 56] as const;
/** Line height of the title, in em (1.35: comfortable for kanji at display size). */
export const TITLE_LINE_HEIGHT = 1.35;
/** Of a line's 1 em box, the part above the baseline (the ideographic em box: 0.88 em up, 0.12 down). */
export const EM_BOX_ASCENT = 0.88;

/** The decorative rule between title and site name. */
export const RULE = { left: 80, top: 452, width: 1040, height: 6 } as const;

/** The site's mark and name along the bottom. */
export const FOOTER = { markLeft: 80, markTop: 496, markSize: 72, nameLeft: 176, nameSize: 44, right: 1120 } as const;
