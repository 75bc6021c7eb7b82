/**
 * Tokens → ruby markup (WCAG 3.1.6). Ruby goes on kanji only; okurigana, kana, Latin and digits
 * stay bare: 届(とど)け出(で). Every <ruby> carries <rp> brackets, so that a browser without
 * ruby shows 届(とど)け and HTML_CodeSniffer's H62 check passes.
 *
 * The <rt> is marked aria-hidden: screen readers read the base text once and never the reading
 * a second time (「とどけで とどけで」). Whether readings are shown is a display setting, applied
 * by CSS on the page; the markup is the same either way.
 */
import { alignReading, hasKanji, type ReadingToken, type RubyPart } from '../reading/index.ts';

/** The ruby parts of one token; a kanji token the alignment cannot split gets one reading over it. */
export function rubyParts(token: ReadingToken): readonly RubyPart[] {
  if (token.parts) return token.parts;
  if (!token.reading || !hasKanji(token.surface)) return [{ text: token.surface }];
  return alignReading(token.surface, token.reading) ?? [{ text: token.surface, reading: token.reading }];
}

/** Parts of a whole text, with neighbouring parts without reading joined into one. */
export function rubyPartsOf(tokens: readonly ReadingToken[]): RubyPart[] {
  const parts: RubyPart[] = [];
  for (const part of tokens.flatMap((token) => rubyParts(token))) {
    const last = parts[parts.length - 1];
    if (last && last.reading === undefined && part.reading === undefined) parts[parts.length - 1] = { text: last.text + part.text };
    else parts.push(part);
  }
  return parts;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** HTML for Astro's set:html: text escaped, readings in <ruby>. */
export function rubyHtml(tokens: readonly ReadingToken[]): string {
  return rubyPartsOf(tokens)
    .map((part) =>
      part.reading === undefined
        ? escapeHtml(part.text)
        : `<ruby>${escapeHtml(part.text)}<rp>(</rp><rt aria-hidden="true">${escapeHtml(part.reading)}</rt><rp>)</rp></ruby>`,
    )
    .join('');
}

/** A hast node, as much of it as this module builds. */
export interface HastRubyNode {
  type: 'element' | 'text';
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastRubyNode[];
}

const text = (value: string): HastRubyNode => ({ type: 'text', value });
const element = (tagName: string, children: HastRubyNode[], properties: Record<string, unknown> = {}): HastRubyNode => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/**
 * hast nodes for a rehype plugin. `readingNode` builds the content of <rt> and <rp>: plain
 * text by default; the plugin passes its own for headings (see src/integrations/furigana.ts).
 */
export function rubyHast(tokens: readonly ReadingToken[], readingNode: (value: string) => HastRubyNode = text): HastRubyNode[] {
  return rubyPartsOf(tokens).map((part) =>
    part.reading === undefined
      ? text(part.text)
      : element('ruby', [
          text(part.text),
          element('rp', [readingNode('(')]),
          element('rt', [readingNode(part.reading)], { ariaHidden: 'true' }),
          element('rp', [readingNode(')')]),
        ]),
  );
}
