/**
 * Finding glossary terms in running text, so that the first use of each term on a page can
 * link to its definition (WCAG 3.1.3) and the first use of an abbreviation can be expanded
 * (3.1.4). Pure: works on strings; the rehype adapter in src/integrations walks the HTML.
 */

export interface GlossaryTerm {
  readonly id: string;
  readonly term: string;
  readonly aliases: readonly string[];
  /** What an abbreviation stands for; absent for ordinary words. */
  readonly expansion?: string | undefined;
}

export type Segment = { readonly text: string } | { readonly text: string; readonly termId: string };

export interface Matcher {
  /** Surface forms, longest first, so マイナンバーカード wins over マイナンバー. */
  readonly forms: ReadonlyArray<{ form: string; termId: string }>;
}

export function buildMatcher(terms: readonly GlossaryTerm[]): Matcher {
  const owner = new Map<string, string>();
  for (const term of terms) {
    for (const form of [term.term, ...term.aliases]) {
      const previous = owner.get(form);
      if (previous !== undefined && previous !== term.id) {
        throw new Error(`用語集: 「${form}」が ${previous} と ${term.id} の両方にあります`);
      }
      owner.set(form, term.id);
    }
  }
  const forms = [...owner].map(([form, termId]) => ({ form, termId }));
  forms.sort((a, b) => b.form.length - a.form.length || a.form.localeCompare(b.form));
  return { forms };
}

const isAsciiWordChar = (char: string | undefined) => char !== undefined && /[A-Za-z0-9]/.test(char);

/**
 * Splits `text` at the first mention of each term not yet in `seen` (which it updates).
 * Matching is leftmost-longest. A Latin-letter form such as "API" only matches as a whole
 * word, so that "APIs" or "eAPI" are not mistaken for it.
 */
export function splitFirstMentions(text: string, matcher: Matcher, seen: Set<string>): Segment[] {
  const segments: Segment[] = [];
  let plainStart = 0;
  let index = 0;
  while (index < text.length) {
    const hit = matcher.forms.find(({ form }) => {
      if (!text.startsWith(form, index)) return false;
      const latin = /^[A-Za-z0-9]/.test(form);
      return !(latin && (isAsciiWordChar(text[index - 1]) || isAsciiWordChar(text[index + form.length])));
    });
    if (!hit) {
      index += 1;
      continue;
    }
    if (seen.has(hit.termId)) {
      // Already linked earlier on the page: step over the whole form, so that a shorter term
      // inside it (マイナンバー inside マイナンバーカード) is not linked either.
      index += hit.form.length;
      continue;
    }
    if (index > plainStart) segments.push({ text: text.slice(plainStart, index) });
    segments.push({ text: hit.form, termId: hit.termId });
    seen.add(hit.termId);
    index += hit.form.length;
    plainStart = index;
  }
  if (plainStart < text.length) segments.push({ text: text.slice(plainStart) });
  return segments;
}

/** The anchor of a glossary entry on /glossary/. */
export function termAnchor(termId: string): string {
  return `term-${termId}`;
}

export const GLOSSARY_ROUTE = '/glossary/';

/** The term id a link points at, if it is a link into the glossary (/glossary/#term-xxx). */
export function termIdFromHref(href: string): string | undefined {
  const match = /^\/glossary\/#term-([a-z0-9-]+)$/.exec(href);
  return match?.[1];
}
