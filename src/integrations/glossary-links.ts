/**
 * rehype plugin: links the first use of each glossary term on a page to its entry, expands
 * abbreviations on first use, and fails the build when a hand-written glossary link names a
 * term that does not exist. Takes the glossary from src/data/content-files.ts because markdown
 * plugins run before content collections are available to pages.
 */
import { contentFiles } from '../data/content-files.ts';
import {
  buildMatcher,
  GLOSSARY_ROUTE,
  splitFirstMentions,
  termAnchor,
  termIdFromHref,
  type GlossaryTerm,
} from '../lib/glossary/index.ts';

import type { HastNode } from '../lib/html/hast.ts';

interface VFileLike {
  path?: string;
}

/** Elements whose text is never linked: links, headings, code, and embedded components. */
const SKIP = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'script', 'style', 'svg', 'abbr', 'caption', 'th']);

export function glossaryLinks() {
  const terms: GlossaryTerm[] = contentFiles().glossary();
  const byId = new Map(terms.map((term) => [term.id, term]));
  const matcher = buildMatcher(terms);

  return (tree: HastNode, file: VFileLike) => {
    const seen = new Set<string>();
    const where = file.path ? file.path.replace(/^.*?(content\/)/, '$1') : '(unknown file)';

    const walk = (node: HastNode): void => {
      if (!node.children) return;
      const next: HastNode[] = [];
      for (const child of node.children) {
        if (child.type === 'element' && child.tagName === 'a') {
          // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a hast href is a string
          const href = String(child.properties?.['href'] ?? '');
          const termId = termIdFromHref(href);
          if (termId !== undefined && !byId.has(termId)) {
            throw new Error(`${where}: href: 用語集に「${termId}」はありません（${href}）`);
          }
          next.push(child);
          continue;
        }
        if (child.type === 'text' && child.value) {
          for (const segment of splitFirstMentions(child.value, matcher, seen)) {
            if (!('termId' in segment)) {
              next.push({ type: 'text', value: segment.text });
              continue;
            }
            const term = byId.get(segment.termId)!;
            next.push({
              type: 'element',
              tagName: 'a',
              properties: { href: `${GLOSSARY_ROUTE}#${termAnchor(term.id)}`, className: ['term'] },
              // The hidden words make the link's text name its destination, so that the
              // term linked here is never confused with a topic link of the same words (2.4.9).
              children: [
                { type: 'text', value: segment.text },
                { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: '（用語の説明）' }] },
              ],
            });
            if (term.expansion && segment.text === term.term) {
              next.push({ type: 'text', value: `（${term.expansion}）` });
            }
          }
          continue;
        }
        const skip =
          (child.type === 'element' && SKIP.has(child.tagName ?? '')) ||
          child.type === 'mdxJsxFlowElement' ||
          child.type === 'mdxJsxTextElement';
        if (!skip) walk(child);
        next.push(child);
      }
      node.children = next;
    };
    walk(tree);
  };
}
