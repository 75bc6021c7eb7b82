/**
 * Where the braille downloads of each guide page live, shared by the pages that link them and
 * the build step that writes them.
 */
export const BRAILLE_FOLDER = '/downloads/braille/';
export const BRAILLE_FORMATS = ['brf', 'bse', 'txt'] as const;
export type BrailleFormat = (typeof BRAILLE_FORMATS)[number];

/** The whole guide in one file. */
export const WHOLE_GUIDE_NAME = 'minna-no-mynumber-guide';

export function brailleHref(baseName: string, format: BrailleFormat): string {
  return `${BRAILLE_FOLDER}${baseName}.${format}`;
}
