/**
 * Finds the code inside an HTML document that a Content-Security-Policy has to allow by hash
 * (inline <script> and <style> elements), and the inline code no hash can allow without
 * weakening the policy for everyone (style and event-handler attributes, javascript: URLs).
 */
import { parse, parseFragment } from 'parse5';

export interface InlineCode {
  /** The text of each executable inline script, in document order. */
  scripts: string[];
  /** The text of each inline <style> element. */
  styles: string[];
  /** Inline code that cannot be hashed. */
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

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data']);

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

function shorten(text: string): string {
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
        const problem = (message: string) => found.problems.push({ element: describe(node), attribute: qualified, message });
        if (name === 'style') {
          problem(`style="${shorten(value)}" is an inline style: move the rule into a stylesheet`);
        } else if (/^on[a-z]+$/.test(name)) {
          problem(`${name}="${shorten(value)}" is an inline event handler: attach the handler in a script file`);
        } else if (URL_ATTRIBUTES.has(qualified) && /^\s*javascript:/i.test(value)) {
          problem(`${qualified} holds a javascript: URL: use a link, or a button handled by a script file`);
        }
      }
    }
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  visit(root);
  return found;
}
