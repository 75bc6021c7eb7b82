/**
 * The print and e-book downloads (their addresses and names), the one list that the
 * generators, the downloads page, the link on every guide page and the tests share.
 *
 * Sizes and page counts are known only after generation: pages carry the download slots of
 * src/lib/download-info/, which the build fills in once the files exist.
 */
import { pageFileStem } from '../site/index.ts';

export const LARGE_PRINT_FOLDER = 'downloads/large-print';
export const WHOLE_GUIDE_PDF = `/${LARGE_PRINT_FOLDER}/guide-large-print.pdf`;
export const EPUB_FILE = '/downloads/ebook/minna-no-mynumber-guide.epub';
export const DAISY_FILE = '/downloads/daisy/minna-no-mynumber-guide-daisy202.zip';

/** The large-print PDF of one guide page. */
export const pagePdfHref = (path: string): string => `/${LARGE_PRINT_FOLDER}/${pageFileStem(path)}.pdf`;
