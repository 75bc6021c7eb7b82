/**
 * Pagefind returns an excerpt as HTML: the page's text with its own characters escaped and the
 * matched words in <mark>. The search page never inserts that HTML; it turns it into plain
 * text parts and builds the marks itself, so that nothing in an index or a query can become
 * markup.
 */

export interface ExcerptPart {
  readonly text: string;
  readonly marked: boolean;
}

import { READING_KEY_PATTERN } from './kana.ts';

/** A reading key and the space before it: the invisible reading shows if a match is near it. */
const READING_KEYS = new RegExp(`\\s*${READING_KEY_PATTERN.source}`, 'gu');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/giu, (entity, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/**
 * Splits an excerpt into text parts, marking those that were inside <mark>. Other tags are
 * dropped, and so are reading keys, which belong to the index, not to the page.
 */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of html.split(/(<\/?mark\b[^>]*>)/iu)) {
    if (/^<mark\b/iu.test(piece)) {
      marked = true;
      continue;
    }
    if (/^<\/mark/iu.test(piece)) {
      marked = false;
      continue;
    }
    const text = decodeEntities(piece.replace(/<[^>]*>/gu, '')).replace(READING_KEYS, '');
    if (text === '') continue;
    const last = parts.at(-1);
    if (last && last.marked === marked) parts[parts.length - 1] = { text: last.text + text, marked };
    else parts.push({ text, marked });
  }
  // Removed keys at the end leave the spaces that stood between them.
  while (parts.length > 0 && parts.at(-1)!.text.trim() === '') parts.pop();
  if (parts.length > 0) parts[parts.length - 1] = { ...parts.at(-1)!, text: parts.at(-1)!.text.trimEnd() };
  return parts;
}

/** Whether an excerpt shows any matched word (a reading-only match shows none). */
export const hasMark = (parts: readonly ExcerptPart[]): boolean => parts.some((part) => part.marked);
