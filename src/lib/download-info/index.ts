/**
 * Facts about generated downloads (size, page count, a text preview) that are known only after
 * the build has written the files, but that pages must show: 「点字データ（BRF形式、12ページ）」.
 *
 * A page renders a slot, an element with two attributes and placeholder content:
 *
 *   <span data-download-info="/downloads/braille/card.brf" data-download-field="pages">?</span>
 *
 * and a build step (src/integrations/download-info.ts) replaces every slot with its value: a
 * bare <span> by the text alone, any other element keeps its tag and other attributes. A slot that names a file that does not exist, a
 * field that file has no value for, or a slot left in the HTML is an error: a page never shows
 * a placeholder. Generators of any download format (braille, large print, audio) use the same
 * slots; they record page counts and previews, sizes are read from the files.
 */

export const SLOT_FILE_ATTRIBUTE = 'data-download-info';
export const SLOT_FIELD_ATTRIBUTE = 'data-download-field';
export const SLOT_FIELDS = ['size', 'pages', 'preview'] as const;
export type SlotField = (typeof SLOT_FIELDS)[number];

export interface DownloadFacts {
  /** Bytes of the file. */
  readonly bytes: number;
  /** Pages of a paged format (braille, PDF). */
  readonly pages?: number;
  /** Text shown on the downloads page (e.g. the first braille page in Unicode braille). */
  readonly preview?: string;
}

/** Size in the units people read: 980バイト, 12.3KB, 1.2MB (1 KB = 1,000 bytes, as file managers show). */
export function formatBytes(bytes: number): string {
  if (!Number.isInteger(bytes) || bytes < 0) throw new Error(`ファイルの大きさが正しくありません: ${bytes}`);
  if (bytes < 1000) return `${bytes}バイト`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)}KB`;
  return `${(bytes / 1_000_000).toFixed(1)}MB`;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface SlotProblem {
  readonly file: string;
  readonly field: string;
  readonly message: string;
}

// An element carrying both attributes, in the order the components write them, with text only.
const SLOT = new RegExp(`<([a-z][a-z0-9]*)([^>]*?)\\s${SLOT_FILE_ATTRIBUTE}="([^"]*)"\\s${SLOT_FIELD_ATTRIBUTE}="([^"]*)"([^>]*)>([^<]*)</\\1>`, 'g');

/**
 * Fills every slot of one page. `facts(file)` gives what is known about a download (undefined
 * when there is no such file). Returns the new HTML and the problems; the caller fails the
 * build when there are any.
 */
export function fillSlots(html: string, facts: (file: string) => DownloadFacts | undefined): { html: string; problems: SlotProblem[]; filled: number } {
  const problems: SlotProblem[] = [];
  let filled = 0;
  const out = html.replace(SLOT, (whole, tag: string, before: string, file: string, field: string, after: string) => {
    const known = facts(file);
    const problem = (message: string) => {
      problems.push({ file, field, message });
      return whole;
    };
    if (!(SLOT_FIELDS as readonly string[]).includes(field)) return problem(`知らない項目です（${SLOT_FIELDS.join('・')} のどれか）`);
    if (!known) return problem('そのファイルはビルドにありません');
    let value: string;
    if (field === 'size') value = formatBytes(known.bytes);
    else if (field === 'pages') {
      if (known.pages === undefined) return problem('ページ数が記録されていません');
      value = String(known.pages);
    } else {
      if (known.preview === undefined) return problem('見本が記録されていません');
      value = escapeHtml(known.preview);
    }
    filled += 1;
    // A bare <span> was only a placeholder: it goes, so that the value joins the text around it
    // (an accessible name reads 「4ページ」, not 「4 ページ」).
    if (tag === 'span' && !before.trim() && !after.trim()) return value;
    return `<${tag}${before}${after}>${value}</${tag}>`;
  });
  // Anything still carrying the attribute was not a slot this function understands.
  if (out.includes(`${SLOT_FILE_ATTRIBUTE}=`) && problems.length === 0) {
    problems.push({ file: '', field: '', message: `${SLOT_FILE_ATTRIBUTE} の要素を埋められません（属性の順序か、中に要素があります）` });
  }
  return { html: out, problems, filled };
}
