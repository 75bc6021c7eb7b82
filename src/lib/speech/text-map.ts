/**
 * Finding a sentence of the narration in the page, for highlighting. The narration was made
 * from the page text as src/lib/page-text normalises it (white space collapsed, none between
 * Japanese characters); the page's DOM text is a list of text nodes with the source's white
 * space. This builds the same normalised text from the nodes, remembering where each character
 * came from, so that a sentence found in the normalised text maps back to node offsets.
 * Pure (strings in, numbers out): the browser code hands it the text nodes' values.
 */

import { isJapaneseTextCharacter } from '../japanese/classes.ts';

export interface TextMap {
  readonly text: string;
  /** For each character of `text`: [index of the segment, offset in that segment]. */
  readonly origins: readonly (readonly [number, number])[];
}

export function mapText(segments: readonly string[]): TextMap {
  let text = '';
  const origins: [number, number][] = [];
  segments.forEach((segment, segmentIndex) => {
    for (let offset = 0; offset < segment.length; offset += 1) {
      const char = segment[offset]!;
      if (/\s/.test(char)) {
        if (text === '' || text.endsWith(' ')) continue;
        text += ' ';
        origins.push([segmentIndex, offset]);
        continue;
      }
      // A space between two Japanese characters is a line break of the source, not text.
      if (isJapaneseTextCharacter(char) && text.endsWith(' ') && isJapaneseTextCharacter(text.at(-2) ?? '')) {
        text = text.slice(0, -1);
        origins.pop();
      }
      text += char;
      origins.push([segmentIndex, offset]);
    }
  });
  return { text, origins };
}

/** A stretch of one segment: [segment, start offset, end offset (exclusive)]. */
export type Span = readonly [number, number, number];

/**
 * The spans of the page text that read `anchors`, searched in order from `from` (sentences come
 * in page order), then from the start; each anchor's end is where the next search begins.
 * Returns the spans and where the next sentence's search should start, or undefined when an
 * anchor is not in the page text (a diagram read from its description, for example).
 */
export function findAnchors(map: TextMap, anchors: readonly string[], from: number): { spans: Span[]; next: number } | undefined {
  const spans: Span[] = [];
  let cursor = from;
  for (const anchor of anchors) {
    const needle = anchor.replace(/\s+/g, ' ').trim();
    if (!needle) continue;
    let at = map.text.indexOf(needle, cursor);
    if (at === -1) at = map.text.indexOf(needle);
    if (at === -1) return undefined;
    spans.push(...spansOf(map, at, at + needle.length));
    cursor = at + needle.length;
  }
  return { spans, next: cursor };
}

function spansOf(map: TextMap, start: number, end: number): Span[] {
  const spans: [number, number, number][] = [];
  for (let index = start; index < end; index += 1) {
    const [segment, offset] = map.origins[index]!;
    const last = spans.at(-1);
    if (last && last[0] === segment && last[2] === offset) last[2] = offset + 1;
    else if (last && last[0] === segment && offset < last[2]) continue;
    else spans.push([segment, offset, offset + 1]);
  }
  return spans;
}

/**
 * Anchors as the page shows them. The page-text extractor joins the items of a list inside a
 * definition or a table cell with 「、」 (関連することば：マイナンバーカード、電子証明書) and the
 * paragraphs of a definition with 「。」, which the page itself does not show; such an anchor is
 * split at 「、」 and 「。」 into pieces that are in the page,
 * so the player and the e-book's media overlays can find them. Anchors found as they are, or
 * whose pieces are not all found, are kept unchanged.
 */
export function literalAnchors(map: TextMap, anchors: readonly string[]): string[] {
  return anchors.flatMap((anchor) => {
    if (map.text.includes(anchor)) return [anchor];
    const pieces = anchor.split(/[、。]/).map((piece) => piece.trim()).filter(Boolean);
    return pieces.length > 0 && pieces.every((piece) => map.text.includes(piece)) ? pieces : [anchor];
  });
}
