/**
 * rehype plugin: puts furigana (<ruby>) on every kanji word of a guide page's body, from the
 * reading layer, and fails the build when a kanji word has no reading, naming the page and the
 * word, so that an author adds it to content/lexicon/words.tsv. Nothing is silently dropped.
 *
 * Whether the readings show is the display setting 「ふりがな」, applied by CSS (global.css);
 * the markup is always there, so the page needs no script to show them. The same readings on the
 * text a layout renders from front matter: src/data/furigana.ts.
 */
import { rubyHast, type HastRubyNode } from '../lib/ruby/index.ts';
import { hasKanji, unreadWords } from '../lib/reading/index.ts';
import { loadReadingLayer } from '../data/reading-layer.ts';

import type { HastNode } from '../lib/html/hast.ts';

interface VFileLike {
  path?: string;
  history?: string[];
}

/** Elements whose text is not running prose: code, ruby already written by hand, and the like. */
const SKIP = new Set(['code', 'pre', 'kbd', 'samp', 'var', 'script', 'style', 'svg', 'math', 'template', 'textarea', 'ruby', 'rt', 'rp']);
const HEADING = /^h[1-6]$/;

/**
 * Inside headings the readings go in as MDX expressions with empty source text. Astro builds
 * each heading's id and the table of contents from the heading's text nodes and from the
 * source text of expressions; a plain <rt> text node would put the reading into both
 * (「手続てつづき」). The expression still renders the reading, so the page is the same.
 */
const headingReading = (value: string): HastRubyNode =>
  ({
    type: 'mdxTextExpression',
    value: '',
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        comments: [],
        body: [{ type: 'ExpressionStatement', expression: { type: 'Literal', value, raw: JSON.stringify(value) } }],
      },
    },
  }) as unknown as HastRubyNode;

export function furigana() {
  return async (tree: HastNode, file: VFileLike) => {
    const reader = await loadReadingLayer();
    const path = file.path ?? file.history?.[0];
    const where = path ? path.replace(/^.*?(content\/)/, '$1') : '(ファイル名不明)';
    const isMdx = path?.endsWith('.mdx') ?? false;
    const unread = new Map<string, string>();

    const walk = (node: HastNode, inHeading: boolean): void => {
      if (!node.children) return;
      const next: HastNode[] = [];
      // Links in link lists are flex boxes (44px targets), whose children are laid out as
      // separate boxes that never share a line; one span keeps the link's text one box.
      const inLink = (node.type === 'element' ? node.tagName : node.name) === 'a';
      for (const child of node.children) {
        if (child.type === 'text' && child.value && hasKanji(child.value)) {
          const tokens = reader.read(child.value);
          for (const token of unreadWords(tokens)) unread.set(token.surface, child.value.trim());
          const nodes = rubyHast(tokens, inHeading && isMdx ? headingReading : undefined) as HastNode[];
          next.push(...(inLink ? [{ type: 'element', tagName: 'span', properties: {}, children: nodes }] : nodes));
          continue;
        }
        const tag = child.type === 'element' ? child.tagName : child.type.startsWith('mdxJsx') ? child.name : undefined;
        if (tag !== undefined && tag !== null && !SKIP.has(tag)) walk(child, inHeading || HEADING.test(tag));
        next.push(child);
      }
      node.children = next;
    };
    walk(tree, false);

    if (unread.size > 0) {
      const list = [...unread].map(([word, sentence]) => `  「${word}」（${sentence.slice(0, 60)}）`).join('\n');
      throw new Error(`${where}: 読みのわからない語があります。content/lexicon/words.tsv に読みを足してください:\n${list}`);
    }
  };
}
