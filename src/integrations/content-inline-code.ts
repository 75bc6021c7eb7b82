/**
 * rehype plugin: fails the build when a content page (MDX or Markdown) holds code the site's
 * Content-Security-Policy does not run (src/lib/security-headers/policy.ts: script-src and
 * style-src 'self', nothing inline): a <script> or <style> element, a style attribute, an on…
 * event-handler attribute, or a javascript: URL. The message names the file and line, so the
 * editor sees it at once; the last build step checks the built pages with the same rules
 * (security-headers.ts), which also covers layouts and components.
 *
 * Content needs no <script> of any type: the pages' scripts live in src/scripts/ and are loaded
 * by components, and the one data block a page has (JSON-LD breadcrumbs) comes from the layout.
 */
import { attributeProblem } from '../lib/security-headers/index.ts';
import type { HastNode } from '../lib/html/hast.ts';

interface SourceNode extends HastNode {
  /** MDX JSX elements: their attributes as written. */
  attributes?: Array<{ type: string; name?: string | undefined; value?: string | null | { value?: string | undefined } | undefined }> | undefined;
  position?: { start?: { line?: number | undefined } | undefined } | undefined;
  children?: SourceNode[];
}

interface VFileLike {
  path?: string;
}

const CODE_ELEMENTS: Record<string, string> = {
  script: 'a <script> element: content cannot run code; put it in src/scripts/ and load it from a component',
  style: 'a <style> element: put the rules into a stylesheet (src/styles/) or a component',
};

/** A JSX attribute value as text: a string, or the source of an {expression} without its quotes. */
function jsxValue(value: string | null | { value?: string | undefined } | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  return value.value?.trim().replace(/^['"`]/, '');
}

/** Finds every problem in one tree, as "line: <element>: message". */
export function findContentInlineCode(tree: SourceNode): string[] {
  const problems: string[] = [];
  const visit = (node: SourceNode) => {
    const name = node.type === 'element' ? node.tagName : node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement' ? node.name : undefined;
    if (name) {
      const at = `${node.position?.start?.line ?? '?'}: <${name}>`;
      const element = CODE_ELEMENTS[name.toLowerCase()];
      if (element) problems.push(`${at}: ${element}`);
      const attributes: Array<[string, string | undefined]> =
        node.type === 'element'
          ? Object.entries(node.properties ?? {}).map(([key, value]) => [key, Array.isArray(value) ? value.join(' ') : value == null ? undefined : String(value as string | number | boolean)])
          : (node.attributes ?? []).filter((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name).map((attribute) => [attribute.name!, jsxValue(attribute.value)]);
      for (const [attribute, value] of attributes) {
        const message = attributeProblem(attribute, value);
        if (message) problems.push(`${at}: ${message}`);
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return problems;
}

export function contentInlineCode() {
  return (tree: HastNode, file: VFileLike) => {
    const problems = findContentInlineCode(tree);
    if (problems.length === 0) return;
    const where = file.path ? file.path.replace(/^.*?(content\/)/, '$1') : '(unknown file)';
    throw new Error(
      `${where}: inline code, which the site's Content-Security-Policy (script-src and style-src 'self') never runs:\n${problems.map((problem) => `  ${where}:${problem}`).join('\n')}`,
    );
  };
}
