/**
 * rehype plugin: removes the line breaks that the source has between Japanese sentences of one
 * paragraph, which browsers would otherwise show as spaces (src/lib/text explains the rule).
 */
import { joinJapaneseLines } from '../lib/text/index.ts';

import type { HastNode } from '../lib/html/hast.ts';

export function japaneseLineBreaks() {
  const walk = (node: HastNode): void => {
    if (node.type === 'text' && node.value) node.value = joinJapaneseLines(node.value);
    node.children?.forEach(walk);
  };
  return (tree: HastNode) => walk(tree);
}
