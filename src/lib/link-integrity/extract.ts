/**
 * What the link check needs from one built file: the addresses a page refers to (links,
 * images, scripts, forms...), the fragment targets it offers, and whether it asks to stay out
 * of search engines; for a stylesheet, its url() references.
 */
import { parse } from 'parse5';

export interface Reference {
  /** Element and attribute, for the error message: `a[href]`. */
  where: string;
  value: string;
  /** A link a reader follows (may lead to another site); otherwise the browser loads it. */
  navigation: boolean;
}

export interface PageFacts {
  /** Every id, and the name of every <a name>, in document order (repeats kept). */
  anchors: string[];
  references: Reference[];
  /** <meta name="robots" content="noindex">: not a page to list in the sitemap. */
  noindex: boolean;
}

interface Parse5Node {
  nodeName: string;
  tagName?: string;
  attrs?: Array<{ name: string; value: string; prefix?: string }>;
  childNodes?: Parse5Node[];
  content?: Parse5Node;
}

/** Attributes holding one address, by element; `*` applies to every element. */
const SINGLE_URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  source: ['src'],
  script: ['src'],
  iframe: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src'],
  form: ['action'],
  button: ['formaction'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};
const SRCSET_ELEMENTS = new Set(['img', 'source']);
const NAVIGATION_ELEMENTS = new Set(['a', 'area']);

/** The URLs of a srcset attribute (each candidate: URL, then an optional descriptor). */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

export function readPage(html: string): PageFacts {
  const facts: PageFacts = { anchors: [], references: [], noindex: false };
  const visit = (node: Parse5Node) => {
    const tag = node.tagName;
    if (tag) {
      const attributes = new Map((node.attrs ?? []).map(({ name, value, prefix }) => [prefix ? `${prefix}:${name}` : name, value]));
      const id = attributes.get('id');
      if (id) facts.anchors.push(id);
      if (tag === 'a' && attributes.get('name')) facts.anchors.push(attributes.get('name')!);
      for (const attribute of SINGLE_URL_ATTRIBUTES[tag] ?? []) {
        const value = attributes.get(attribute);
        if (value !== undefined) facts.references.push({ where: `${tag}[${attribute}]`, value: value.trim(), navigation: NAVIGATION_ELEMENTS.has(tag) });
      }
      // A form without an action submits to its own page, which must exist too.
      if (tag === 'form' && !attributes.has('action')) facts.references.push({ where: 'form[action]', value: '', navigation: false });
      if (SRCSET_ELEMENTS.has(tag) && attributes.get('srcset')) {
        for (const url of srcsetUrls(attributes.get('srcset')!)) facts.references.push({ where: `${tag}[srcset]`, value: url, navigation: false });
      }
      if (tag === 'meta') {
        const name = attributes.get('name')?.toLowerCase();
        if (name === 'robots' && /\bnoindex\b/i.test(attributes.get('content') ?? '')) facts.noindex = true;
        if (attributes.get('http-equiv')?.toLowerCase() === 'refresh') {
          const target = /url\s*=\s*['"]?([^'"]+)/i.exec(attributes.get('content') ?? '')?.[1];
          if (target) facts.references.push({ where: 'meta[http-equiv=refresh]', value: target.trim(), navigation: true });
        }
      }
    }
    for (const child of node.childNodes ?? []) visit(child);
    // Markup in a <template> becomes part of the page when a script uses it.
    if (node.content) visit(node.content);
  };
  visit(parse(html));
  return facts;
}

/** The url(...) references of a stylesheet, comments left out. */
export function stylesheetUrls(css: string): string[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const urls: string[] = [];
  for (const match of withoutComments.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/gi)) {
    urls.push((match[1] ?? match[2] ?? match[3] ?? '').trim());
  }
  for (const match of withoutComments.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)) urls.push((match[1] ?? match[2] ?? '').trim());
  return urls;
}
