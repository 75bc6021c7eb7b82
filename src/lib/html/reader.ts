/**
 * The one rule for what a reader of a page gets: the words the page says, not how the page is
 * operated. Braille, the narration, the large-print PDF, the EPUB and the DAISY book are made
 * from a page's <main> by this rule (src/lib/page-text, src/lib/export-html), and the audio
 * guide's highlighter finds the narrated sentences in the live page by the same rule, as a CSS
 * selector (src/scripts/audio-guide-reader.ts): the two must agree sentence by sentence, or the
 * highlight loses its place.
 *
 * This module imports nothing, so that a browser script can take the selector without the
 * HTML parser (src/lib/html/tree.ts) coming with it.
 */

/**
 * Elements whose content is not part of what the page says: how the page is operated
 * (navigation, forms and their controls, buttons, dialogs), code and templates, players and
 * frames (the audio guide and the sign videos have text versions of their own), a tool's
 * stylesheet <link>, and the readings of <ruby> (<rt>, and <rp>, the parentheses shown where
 * ruby is not supported): the formats read the base text through the reading layer.
 */
export const SKIPPED_ELEMENTS = [
  'nav', 'form', 'button', 'input', 'select', 'textarea', 'label', 'link', 'script', 'style',
  'template', 'noscript', 'rt', 'rp', 'audio', 'video', 'iframe', 'dialog',
] as const;

/** The readings of <ruby>: left out unless a format keeps the ruby (readerOptions.keepRuby). */
export const RUBY_READINGS = ['rt', 'rp'] as const;

/**
 * Words that only tell a screen-reader user where a link goes (（用語の説明）), in an element
 * of this class inside the link: they mean nothing where links cannot be followed.
 */
export const LINK_HINT_CLASS = 'visually-hidden';

/**
 * What a reader does not get, as a CSS selector: the skipped elements, anything hidden
 * (hidden, aria-hidden="true"), anything marked as not part of a download (data-export-skip),
 * live regions (role status or alert: messages about the page's tools, not its content), and
 * link hints. An element matches when it or an ancestor does (Element.closest).
 */
export const READER_SKIP_SELECTOR = [
  ...SKIPPED_ELEMENTS,
  '[hidden]',
  '[aria-hidden="true"]',
  '[data-export-skip]',
  '[role="status"]',
  '[role="alert"]',
  `a .${LINK_HINT_CLASS}`,
].join(', ');

/**
 * The text nodes the audio guide's highlighter searches: what a reader gets, without drawings.
 * A drawing is narrated from its <desc> (src/lib/page-text), which the page does not show, so
 * there is nothing on screen to paint; its drawn labels are not narrated at all.
 */
export const HIGHLIGHT_SKIP_SELECTOR = `${READER_SKIP_SELECTOR}, svg`;

export interface ReaderOptions {
  /** Keep <rt> and <rp> (the EPUB shows furigana; print uses large type and braille reads base text). */
  readonly keepRuby?: boolean;
  /** Keep link hints (the EPUB, whose links work); elsewhere a link cannot be followed. */
  readonly keepLinkHints?: boolean;
}

/** The part of a parsed element (parse5) the rule reads. */
export interface ElementLike {
  readonly tagName: string;
  readonly attrs: readonly { readonly name: string; readonly value: string }[];
}

// Marked pure so that a bundle that takes only the selectors leaves them out.
const SKIPPED = /* @__PURE__ */ new Set<string>(SKIPPED_ELEMENTS);
const RUBY = /* @__PURE__ */ new Set<string>(RUBY_READINGS);
const LIVE_ROLES = /* @__PURE__ */ new Set(['status', 'alert']);

const attribute = (element: ElementLike, name: string): string | undefined => element.attrs.find((a) => a.name === name)?.value;

/**
 * Whether a reader leaves out this element and all it holds (READER_SKIP_SELECTOR as a
 * predicate). `insideLink`: whether the element is inside an <a>.
 */
export function skippedByReader(element: ElementLike, insideLink: boolean, options: ReaderOptions = {}): boolean {
  const tag = element.tagName;
  if (SKIPPED.has(tag) && !(options.keepRuby && RUBY.has(tag))) return true;
  if (attribute(element, 'hidden') !== undefined || attribute(element, 'data-export-skip') !== undefined) return true;
  // Readings are aria-hidden on the site, so that a screen reader never hears a word twice:
  // a format that keeps the ruby keeps them (an aria-hidden <rp> is still left out).
  if (attribute(element, 'aria-hidden') === 'true' && !(options.keepRuby && tag === 'rt')) return true;
  if (LIVE_ROLES.has(attribute(element, 'role') ?? '')) return true;
  if (insideLink && !options.keepLinkHints && (attribute(element, 'class') ?? '').split(/\s+/).includes(LINK_HINT_CLASS)) return true;
  return false;
}

/** HIGHLIGHT_SKIP_SELECTOR as a predicate (scripts/media checks the timing files against it). */
export function skippedByHighlighter(element: ElementLike, insideLink: boolean): boolean {
  return element.tagName === 'svg' || skippedByReader(element, insideLink);
}

/**
 * What the search index leaves out of the words it makes reading keys from: what Pagefind
 * itself leaves out (scripts, styles, templates, data-pagefind-ignore) and the readings, which
 * it is told to leave out (excludeSelectors: RUBY_READINGS). This is not the reader's rule on
 * purpose: the reading keys must cover the words Pagefind indexes and shows in excerpts, and
 * Pagefind indexes the whole of <main>, the operated parts included (the search index's own
 * rule, kept as it was; see src/integrations/search-index.ts).
 */
export function skippedBySearchIndex(element: ElementLike): boolean {
  const tag = element.tagName;
  return tag === 'script' || tag === 'style' || tag === 'template' || RUBY.has(tag) || attribute(element, 'data-pagefind-ignore') !== undefined;
}
