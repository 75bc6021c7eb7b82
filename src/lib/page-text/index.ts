/**
 * The words of a built page without its HTML: the one source that braille, narration and
 * e-book exports read, so that they all carry what the page shows.
 */
export { blockText, extractPageText, normaliseText } from './extract.ts';
export type { HeadingLevel, PageText, TableCell, TextBlock } from './extract.ts';
export { guidePageOrder, type GuidePage, type GuidePageEntry } from './guide-pages.ts';
