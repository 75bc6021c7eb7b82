/**
 * The readable text of one built page, as a list of blocks, for the formats that carry the
 * page's words without its HTML: braille, narration, e-books.
 *
 * What a reader of those formats should get is what the page says, not how the page is
 * operated: so navigation, forms, buttons, hidden parts, ruby readings (the formats read
 * the base text through the reading layer) and link hints meant only for screen readers are
 * left out. Everything else inside <main> is kept, in document order; text that sits in no
 * recognised block still becomes a paragraph, so nothing the page shows is lost silently.
 */
import { JAPANESE_TEXT_CHARACTERS } from '../japanese/classes.ts';
import { attr, childElements, findFirst, isElement, parseHtml, skippedByReader, type HtmlElement as Element, type HtmlNode as Node, type HtmlText } from '../html/index.ts';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface TableCell {
  /** The column (or row) header that names this cell; '' when the table has none. */
  readonly header: string;
  readonly text: string;
}

export type TextBlock =
  | { readonly kind: 'heading'; readonly level: HeadingLevel; readonly id: string | undefined; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list-item'; readonly depth: number; readonly ordered: boolean; readonly index: number; readonly text: string }
  | { readonly kind: 'table'; readonly caption: string; readonly rows: readonly { readonly cells: readonly TableCell[] }[] }
  | { readonly kind: 'definition'; readonly term: string; readonly text: string };

export interface PageText {
  /** The site path of the page, e.g. /card/security/. */
  readonly path: string;
  /** The page's h1. */
  readonly title: string;
  readonly lang: string;
  readonly blocks: readonly TextBlock[];
}

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements that end the text run before them and start a new one. */
const BLOCK_TAGS = new Set(['p', 'div', 'section', 'article', 'aside', 'header', 'footer', 'figure', 'figcaption', 'blockquote', 'details', 'summary', 'pre', 'address', 'hr', 'br', 'main', 'custom-block']);

/** What a reader of these formats does not get: the one rule of src/lib/html, readings and link hints left out. */
const isSkipped = (element: Element, insideLink: boolean): boolean => skippedByReader(element, insideLink);

const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${JAPANESE_TEXT_CHARACTERS}])\\s+(?=[${JAPANESE_TEXT_CHARACTERS}])`, 'gu');

/**
 * Collapses white space as a browser shows it, and drops the breaks that source line-wrapping
 * puts between Japanese characters (which Japanese text never spaces).
 */
export function normaliseText(text: string): string {
  return text.replace(/\s+/gu, ' ').replace(SPACE_BETWEEN_CJK, '').trim();
}

/** The text of a subtree, without what isSkipped leaves out. */
function textOf(node: Node, insideLink = false): string {
  if (node.nodeName === '#text') return (node as HtmlText).value;
  if (!isElement(node) && node.nodeName !== '#document-fragment') return '';
  if (isElement(node)) {
    if (isSkipped(node, insideLink)) return '';
    if (node.tagName === 'br') return ' ';
    if (node.tagName === 'svg') return svgDescription(node);
    if (node.tagName === 'img') return attr(node, 'alt') ?? '';
  }
  const children = node.nodeName === 'template' ? [] : (node as Element).childNodes;
  const link = insideLink || (isElement(node) && node.tagName === 'a');
  return children.map((child) => textOf(child, link)).join('');
}

/** An SVG diagram speaks through its <desc> (its title repeats the figure caption). */
function svgDescription(svg: Element): string {
  const desc = svg.childNodes.find((child): child is Element => isElement(child) && child.tagName === 'desc');
  return desc ? textOf(desc) : '';
}

function tableBlock(table: Element): TextBlock {
  const caption = childElements(table).find((child) => child.tagName === 'caption');
  const sections = childElements(table);
  const rowsOf = (section: Element) => childElements(section).filter((row) => row.tagName === 'tr');
  const headRows = sections.filter((s) => s.tagName === 'thead').flatMap(rowsOf);
  const bodyRows = [
    ...sections.filter((s) => s.tagName === 'tbody' || s.tagName === 'tfoot').flatMap(rowsOf),
    ...sections.filter((s) => s.tagName === 'tr'),
  ];
  const cellsOf = (row: Element) => childElements(row).filter((cell) => cell.tagName === 'th' || cell.tagName === 'td');
  // Column headers come from the last head row (or from a first row of <th> when there is no <thead>).
  let headerRow = headRows.at(-1);
  if (!headerRow && bodyRows[0] && cellsOf(bodyRows[0]).every((cell) => cell.tagName === 'th')) headerRow = bodyRows.shift();
  const headers = headerRow ? cellsOf(headerRow).map((cell) => flatText(cell.childNodes)) : [];
  return {
    kind: 'table',
    caption: caption ? normaliseText(textOf(caption)) : '',
    rows: bodyRows.map((row) => ({
      // A cell may hold a list (several documents): its items are joined with 、, not run together.
      cells: cellsOf(row).map((cell, column) => ({ header: headers[column] ?? '', text: flatText(cell.childNodes) })),
    })),
  };
}

/** Walks the content of <main>, turning it into blocks in reading order. */
class BlockWriter {
  readonly blocks: TextBlock[] = [];
  private run = '';

  private flush(): void {
    const text = normaliseText(this.run);
    this.run = '';
    if (text) this.blocks.push({ kind: 'paragraph', text });
  }

  private push(block: TextBlock): void {
    this.flush();
    this.blocks.push(block);
  }

  walk(node: Node, listDepth = 0): void {
    if (node.nodeName === '#text') {
      this.run += (node as HtmlText).value;
      return;
    }
    if (!isElement(node)) return;
    if (isSkipped(node, false)) return;
    const tag = node.tagName;
    if (HEADING_TAGS.has(tag)) {
      const text = normaliseText(textOf(node));
      if (text) this.push({ kind: 'heading', level: Number(tag[1]) as HeadingLevel, id: attr(node, 'id'), text });
      return;
    }
    if (tag === 'table') return this.push(tableBlock(node));
    if (tag === 'svg') {
      this.flush();
      this.run = svgDescription(node);
      return this.flush();
    }
    if (tag === 'ul' || tag === 'ol') return this.list(node, listDepth + 1);
    if (tag === 'dl') return this.definitions(node);
    if (tag === 'a' || !BLOCK_TAGS.has(tag)) {
      // Inline content (and links, whose screen-reader hints are left out) joins the current run.
      if (tag === 'a' || tag === 'img') {
        this.run += textOf(node);
        return;
      }
    } else {
      this.flush();
    }
    for (const child of node.childNodes) this.walk(child, listDepth);
    if (BLOCK_TAGS.has(tag)) this.flush();
  }

  private list(list: Element, depth: number): void {
    this.flush();
    const ordered = list.tagName === 'ol';
    const start = Number(attr(list, 'start') ?? 1);
    childElements(list)
      .filter((item) => item.tagName === 'li')
      .forEach((item, position) => {
        // The item's own words first, then any list nested in it, one level deeper.
        const own = item.childNodes.filter((child) => !(isElement(child) && (child.tagName === 'ul' || child.tagName === 'ol')));
        const text = flatText(own);
        if (text) this.blocks.push({ kind: 'list-item', depth, ordered, index: start + position, text });
        for (const child of item.childNodes) {
          if (isElement(child) && (child.tagName === 'ul' || child.tagName === 'ol') && !isSkipped(child, false)) this.list(child, depth + 1);
        }
      });
  }

  private definitions(list: Element): void {
    this.flush();
    // <dt>/<dd> pairs, directly or wrapped in a <div> each (as HTML allows).
    const items = childElements(list).flatMap((child) => (child.tagName === 'div' ? childElements(child) : [child]));
    let term = '';
    for (const item of items) {
      if (item.tagName === 'dt') term = normaliseText(textOf(item));
      else if (item.tagName === 'dd') this.blocks.push({ kind: 'definition', term, text: flatText(item.childNodes) });
    }
  }

  finish(): TextBlock[] {
    this.flush();
    return this.blocks;
  }
}

/**
 * Nodes that may hold blocks (a paragraph, then a list of links) as one line of text: list
 * items joined by 、, other blocks closed with 。 unless they already end in punctuation.
 */
function flatText(nodes: readonly Node[]): string {
  const writer = new BlockWriter();
  for (const node of nodes) writer.walk(node);
  let text = '';
  let previous: TextBlock | undefined;
  for (const block of writer.finish()) {
    if (text && !/[。！？：」）]$/u.test(text)) text += block.kind === 'list-item' && previous?.kind === 'list-item' ? '、' : '。';
    text += blockText(block);
    previous = block;
  }
  return normaliseText(text);
}

/** A block as one line of text: headers and cells as 「見出し：内容」, items in order. */
export function blockText(block: TextBlock): string {
  switch (block.kind) {
    case 'table':
      return [block.caption, ...block.rows.map((row) => row.cells.map((cell) => (cell.header ? `${cell.header}：${cell.text}` : cell.text)).join(' '))]
        .filter(Boolean)
        .join(' ');
    case 'definition':
      return `${block.term} ${block.text}`;
    default:
      return block.text;
  }
}

export function extractPageText(html: string, path: string): PageText {
  const document = parseHtml(html);
  const htmlElement = findFirst(document, (element) => element.tagName === 'html');
  const main = findFirst(document, (element) => element.tagName === 'main');
  if (!main) throw new Error(`${path}: the page has no <main> element, so its text cannot be extracted`);
  const writer = new BlockWriter();
  for (const child of main.childNodes) writer.walk(child);
  const blocks = writer.finish();
  const h1 = blocks.find((block) => block.kind === 'heading' && block.level === 1);
  if (!h1 || h1.kind !== 'heading') throw new Error(`${path}: the page has no <h1> inside <main>`);
  return { path, title: h1.text, lang: (htmlElement && attr(htmlElement, 'lang')) || 'ja', blocks };
}
