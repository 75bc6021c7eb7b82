/**
 * The part of a HTML syntax tree (hast) node that the project's rehype plugins read and write,
 * including the MDX component nodes (mdxJsxFlowElement / mdxJsxTextElement, which carry `name`).
 */
export interface HastNode {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}
