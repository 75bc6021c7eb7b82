/**
 * The print and e-book downloads (their addresses and names), the one list that the
 * generators, the downloads page, the link on every guide page and the tests share.
 *
 * Sizes and page counts are known only after generation: pages carry a placeholder
 * (factsPlaceholder) that the build fills in once the files exist (src/integrations/print-downloads.ts).
 */
import { slugOf } from './index.ts';

export const LARGE_PRINT_FOLDER = 'downloads/large-print';
export const WHOLE_GUIDE_PDF = `/${LARGE_PRINT_FOLDER}/guide-large-print.pdf`;
export const EPUB_FILE = '/downloads/ebook/minna-no-mynumber-guide.epub';
export const DAISY_FILE = '/downloads/daisy/minna-no-mynumber-guide-daisy202.zip';

export type DownloadFormat = 'pdf' | 'epub' | 'daisy';

export interface DownloadFacts {
  readonly bytes: number;
  /** PDF pages; for the EPUB and DAISY book, the number of guide pages they hold. */
  readonly pages: number;
}

/** The large-print PDF of one guide page. */
export const pagePdfHref = (path: string): string => `/${LARGE_PRINT_FOLDER}/${slugOf(path)}.pdf`;

/** "1.2MB" or "180KB": sizes as the downloads list shows them (1 KB = 1,024 bytes). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new Error(`formatBytes: not a size: ${bytes}`);
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))}KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)}MB`;
}

const FORMAT_NAME: Record<DownloadFormat, string> = { pdf: 'PDF', epub: 'EPUB', daisy: 'DAISY 2.02、ZIP' };

/** The words that replace a placeholder: （PDF、1.2MB、12ページ） / （EPUB、54KB、14ページ分）. */
export function factsText(format: DownloadFormat, facts: DownloadFacts): string {
  const count = format === 'pdf' ? `${facts.pages}ページ` : `ウェブの${facts.pages}ページ分`;
  return `（${FORMAT_NAME[format]}、${formatBytes(facts.bytes)}、${count}）`;
}

/** The marker a page carries where the facts of a download go. */
export const FACTS_ATTRIBUTE = 'data-download-facts';
export const factsPlaceholder = /<span data-download-facts="([^"]+)" data-format="(pdf|epub|daisy)"><\/span>/g;
