/**
 * rehype plugin: marks list items that consist of a single link (link lists written in MDX
 * as `- [text](/path/)`) with the class `link-item`, so the stylesheet can give those links
 * 44×44px targets (WCAG 2.5.5). Links inside sentences keep their normal inline size, which
 * the rule allows.
 */
import type { HastNode } from '../lib/html/hast.ts';

const meaningful = (children: HastNode[] = []) =>
  children.filter((child) => !(child.type === 'text' && !child.value?.trim()));

/** The single link a list item consists of (directly, or inside its only paragraph). */
export function soleLink(item: HastNode): HastNode | undefined {
  let content = meaningful(item.children);
  if (content.length === 1 && content[0]!.tagName === 'p') content = meaningful(content[0]!.children);
  const only = content.length === 1 ? content[0]! : undefined;
  if (only?.tagName === 'a') return only;
  // <ExternalLink id="…" /> in MDX renders a link later, after this plugin has run.
  const component = only as (HastNode & { name?: string }) | undefined;
  if (component?.type.startsWith('mdxJsx') && component.name === 'ExternalLink') return component;
  return undefined;
}

export function standaloneLinks() {
  return (tree: HastNode) => {
    const walk = (node: HastNode) => {
      for (const child of node.children ?? []) {
        if (child.type === 'element' && child.tagName === 'li' && soleLink(child)) {
          const existing = child.properties?.['className'];
          const classes: unknown[] = Array.isArray(existing) ? existing : existing ? [existing] : [];
          child.properties = { ...child.properties, className: [...classes, 'link-item'] };
        }
        walk(child);
      }
    };
    walk(tree);
  };
}
