/**
 * The one rule for text a script shows back or writes into the address when the text came from
 * outside the page (the address, a search box): it loses every character a reader cannot see
 * but that can change what they see:
 *
 * - control characters (Unicode category Cc: NUL, BEL, ESC, DEL, C1 controls, tab, line feed);
 * - format characters (Cf): the bidirectional overrides and isolates such as U+202E, which make
 *   the text after them read in another order, zero-width spaces and joiners, the byte order
 *   mark, soft hyphens, tags;
 * - surrogate halves without their pair (Cs), which are not text at all.
 *
 * Used by the site search, the municipality finder and the procedure finder (through
 * src/lib/search, src/lib/municipalities and src/lib/procedures, and directly where a script
 * writes the address), so small that each page script carries it.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}]/gu;

/**
 * `text` without control and format characters and unpaired surrogates. `replacement` (none by
 * default) stands in for each one: the site search puts a space, so that what they separated
 * stays two words.
 */
export function withoutInvisible(text: string, replacement = ''): string {
  return text.replace(INVISIBLE, replacement);
}
