/**
 * Finds the inline code in an HTML document, none of which the site's fixed
 * Content-Security-Policy (policy.ts: script-src and style-src 'self') lets run: <script>
 * elements without src that a browser executes, <style> elements, and the inline code that
 * only 'unsafe-inline' could allow (style and event-handler attributes, javascript: URLs).
 * The build refuses all of them (src/integrations/security-headers.ts); content is checked
 * with the same rules as it is compiled (src/integrations/content-inline-code.ts).
 */
import { parse, parseFragment } from 'parse5';

export interface InlineCode {
  /** The text of each executable inline script, in document order. */
  scripts: string[];
  /** The text of each inline <style> element. */
  styles: string[];
  /** Inline code in attributes: style, on… event handlers, javascript: URLs. */
  problems: InlineCodeProblem[];
}

export interface InlineCodeProblem {
  /** The element, as `<tag id="…">`. */
  element: string;
  attribute: string;
  /** What is wrong and what to do instead. */
  message: string;
}

/**
 * The script types a browser runs (HTML: "prepare the script element"); anything else is a
 * data block, such as the JSON a page hands to its script, which no policy governs.
 */
const JAVASCRIPT_TYPES = new Set([
  'application/ecmascript',
  'application/javascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);
const OTHER_EXECUTED_TYPES = new Set(['', 'module', 'importmap', 'speculationrules']);

export function isExecutedScriptType(type: string | undefined): boolean {
  if (type === undefined) return true;
  const normalised = type.trim().toLowerCase();
  return OTHER_EXECUTED_TYPES.has(normalised) || JAVASCRIPT_TYPES.has(normalised);
}

/** Attributes whose value a browser follows as a URL (a javascript: URL there is code). */
export const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'xlinkhref', 'data', 'poster', 'srcset']);

/**
 * What is wrong with an attribute, if it is inline code; `name` as written (HTML or JSX:
 * `onclick`, `onClick`, `xlinkHref`), `value` its text when it has one.
 */
export function attributeProblem(name: string, value: string | undefined): string | undefined {
  const lower = name.toLowerCase();
  const shown = value === undefined ? '' : `="${shorten(value)}"`;
  if (lower === 'style') return `style${shown} is an inline style: move the rule into a stylesheet`;
  if (/^on[a-z]+$/.test(lower)) return `${name}${shown} is an inline event handler: attach the handler in a script file`;
  if (URL_ATTRIBUTES.has(lower) && value !== undefined && /^\s*javascript:/i.test(value)) {
    return `${name} holds a javascript: URL: use a link, or a button handled by a script file`;
  }
  return undefined;
}

interface Parse5Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: Array<{ name: string; value: string; prefix?: string }>;
  childNodes?: Parse5Node[];
  content?: Parse5Node;
}

function textOf(node: Parse5Node): string {
  return (node.childNodes ?? []).map((child) => (child.nodeName === '#text' ? child.value ?? '' : '')).join('');
}

function describe(node: Parse5Node): string {
  const id = node.attrs?.find((attribute) => attribute.name === 'id')?.value;
  return `<${node.tagName}${id ? ` id="${id}"` : ''}>`;
}

export function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

/** Scans a whole document (or, with `fragment`, a piece of one). */
export function findInlineCode(html: string, { fragment = false } = {}): InlineCode {
  const found: InlineCode = { scripts: [], styles: [], problems: [] };
  const root = (fragment ? parseFragment(html) : parse(html)) as unknown as Parse5Node;
  const visit = (node: Parse5Node) => {
    if (node.tagName) {
      const attributes = node.attrs ?? [];
      const attribute = (name: string) => attributes.find((candidate) => candidate.name === name)?.value;
      if (node.tagName === 'script' && attribute('src') === undefined && isExecutedScriptType(attribute('type'))) {
        found.scripts.push(textOf(node));
      }
      if (node.tagName === 'style') found.styles.push(textOf(node));
      for (const { name, value, prefix } of attributes) {
        const qualified = prefix ? `${prefix}:${name}` : name;
        const message = attributeProblem(qualified, value);
        if (message) found.problems.push({ element: describe(node), attribute: qualified, message });
      }
    }
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  visit(root);
  return found;
}
