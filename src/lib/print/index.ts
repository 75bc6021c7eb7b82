/**
 * The large-print documents (大活字版): one HTML document per guide page and one for the whole
 * guide, made from the built pages and printed to PDF by Chromium with the site's own print
 * stylesheet (src/styles/global.css, @media print). This module only writes the documents:
 * numbered headings, a table of contents, ids that stay unique when pages are joined, and
 * links that work on paper-like media (to a heading in the same PDF, or to the site's address).
 */
import { exportMain, fragment, headingNumbers, serialize, type ExportedHeading } from '../export-html/index.ts';

export interface BuiltPage {
  /** The site path, e.g. /card/security/. */
  readonly path: string;
  /** The built HTML of the page. */
  readonly html: string;
}

export interface PrintSettings {
  readonly siteName: string;
  /** The site's public origin (https://guide.example.jp), for links to pages not in the PDF. */
  readonly siteUrl: string;
  /** The stylesheets the built pages link to (/_astro/…css): the print rules live there. */
  readonly stylesheets: readonly string[];
}

export interface PrintDocument {
  /** The document title (the PDF's title). */
  readonly title: string;
  readonly html: string;
  /** Every heading of the document in order, with its number ('' for unnumbered). */
  readonly headings: readonly (ExportedHeading & { readonly number: string })[];
}

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string): string => escapeText(text).replace(/"/g, '&quot;');

/**
 * The stylesheets of built pages, each once: those for every medium in the order the pages link
 * them, then those for print only (media="print"), so that in the print document the print rules
 * follow every screen rule, as they do on each page.
 */
export function stylesheetsOf(...htmls: string[]): string[] {
  const tags = htmls.flatMap((html) => [...html.matchAll(/<link\b[^>]*>/g)].map((match) => match[0])).filter((tag) => /\brel="stylesheet"/.test(tag));
  const printOnly = (tag: string) => /\bmedia="print"/.test(tag);
  const hrefs = [...tags.filter((tag) => !printOnly(tag)), ...tags.filter(printOnly)]
    .map((tag) => /\bhref="([^"]+)"/.exec(tag)?.[1])
    .filter((href): href is string => href !== undefined);
  return [...new Set(hrefs)];
}

/** An id usable everywhere (XML names cannot start with a digit or contain spaces). */
export function safeId(id: string): string {
  const cleaned = id.replace(/[\s#%"'<>]/g, '-');
  return /^[\p{L}_]/u.test(cleaned) ? cleaned : `s-${cleaned}`;
}

const decode = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/** Splits a site link into its page path and fragment; undefined for links to other sites. */
export function siteLink(href: string, siteUrl: string): { path: string; fragment: string } | undefined {
  if (href.startsWith('#')) return { path: '', fragment: decode(href.slice(1)) };
  let url: URL;
  try {
    url = new URL(href, `${siteUrl}/`);
  } catch {
    return undefined;
  }
  if (url.origin !== new URL(siteUrl).origin) return undefined;
  return { path: url.pathname, fragment: decode(url.hash.slice(1)) };
}

/** A link to another site is kept as it is; mailto: and the like too. */
const isOutside = (href: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(href);

/**
 * The link rewriting of a page exported into a document of its own (large-print PDF, EPUB,
 * DAISY): links to other sites stay as they are; a link into this site goes where `inDocument`
 * says (a place in the document, or undefined to keep only the words), or, when `inDocument`
 * answers null, to the page on the public site. A link to `#…` is a link to `pagePath`.
 */
export function siteLinkRewriter(
  siteUrl: string,
  pagePath: string,
  inDocument: (path: string, fragment: string) => string | undefined | null,
): (href: string) => string | undefined {
  return (href) => {
    if (isOutside(href)) return href;
    const link = siteLink(href, siteUrl);
    if (!link) return undefined;
    const path = link.path === '' ? pagePath : link.path;
    const local = inDocument(path, link.fragment);
    if (local !== null) return local;
    return `${siteUrl}${path}${link.fragment ? `#${encodeURIComponent(link.fragment)}` : ''}`;
  };
}

function numberTheHeadings(nodes: ReturnType<typeof exportMain>['nodes'], headings: readonly ExportedHeading[], numbers: readonly string[]) {
  const numberOf = new Map(headings.map((heading, index) => [heading.id, numbers[index] ?? '']));
  const visit = (list: typeof nodes) => {
    for (const node of list) {
      if (!('tagName' in node)) continue;
      if (/^h[1-6]$/.test(node.tagName)) {
        const id = node.attrs.find((a) => a.name === 'id')?.value ?? '';
        const number = numberOf.get(id);
        // The number is real text, so that it is in the PDF's bookmarks and its extracted text.
        if (number) node.childNodes.unshift(...fragment(`<span class="heading-number">${number}</span>\u3000`));
      } else {
        visit(node.childNodes);
      }
    }
  };
  visit(nodes);
}

function tocList(entries: readonly { id: string; number: string; text: string; children: readonly { id: string; number: string; text: string }[] }[]): string {
  const item = (entry: { id: string; number: string; text: string }) =>
    `<a href="#${escapeAttribute(entry.id)}">${entry.number ? `${escapeText(entry.number)} ` : ''}${escapeText(entry.text)}</a>`;
  return `<ol class="print-toc__list">${entries
    .map((entry) => `<li>${item(entry)}${entry.children.length > 0 ? `<ol>${entry.children.map((child) => `<li>${item(child)}</li>`).join('')}</ol>` : ''}</li>`)
    .join('')}</ol>`;
}

function documentShell(title: string, settings: PrintSettings, body: string): string {
  const links = settings.stylesheets.map((href) => `<link rel="stylesheet" href="${escapeAttribute(href)}">`).join('');
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>${escapeText(title)}</title>${links}</head>` +
    `<body class="large-print"><main>${body}</main></body></html>`;
}

const TOC_HEADING = '目次';

/**
 * Short ids for one document. Chromium turns every linked id into a named destination of the
 * PDF, and long (Japanese, percent-encoded) names exceed what PDF readers accept (127 bytes).
 */
function shortIds(): (key: string) => string {
  const ids = new Map<string, string>();
  return (key) => {
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = `p${ids.size + 1}`));
    return id;
  };
}

/** The large-print document of one guide page. */
export function pagePrintDocument(page: BuiltPage, settings: PrintSettings): PrintDocument {
  const idOf = shortIds();
  const exported = exportMain(page.html, page.path, {
    keepRuby: false,
    rewriteId: idOf,
    rewriteHref: siteLinkRewriter(settings.siteUrl, page.path, (path, fragment) =>
      path === page.path ? (fragment ? `#${idOf(fragment)}` : undefined) : null,
    ),
  });
  const numbers = headingNumbers(exported.headings.map((heading) => heading.level), 2);
  numberTheHeadings(exported.nodes, exported.headings, numbers);
  const numbered = exported.headings.map((heading, index) => ({ ...heading, number: numbers[index] ?? '' }));
  const sections = numbered.filter((heading) => heading.level === 2);
  const title = `${exported.title}（大活字版）｜${settings.siteName}`;
  // The h1 stays first; the contents follow it, as on the site.
  const [first, ...rest] = exported.nodes;
  const toc = `<nav class="print-toc" aria-labelledby="print-toc-heading"><h2 id="print-toc-heading">${TOC_HEADING}</h2>${tocList(
    sections.map((section) => ({ ...section, children: [] })),
  )}</nav>`;
  const intro = `<p class="print-note">${escapeText(settings.siteName)}の大活字版です。ウェブ版：${escapeText(settings.siteUrl)}${escapeText(page.path)}</p>`;
  const body = serialize(first ? [first] : [], 'html') + intro + toc + serialize(rest, 'html');
  return { title, html: documentShell(title, settings, body), headings: numbered };
}

/** The large-print document of the whole guide: a cover title, the contents, then every page in order. */
export function guidePrintDocument(pages: readonly BuiltPage[], settings: PrintSettings): PrintDocument {
  if (pages.length === 0) throw new Error('guidePrintDocument: no guide pages were given');
  const inGuide = new Set(pages.map((page) => page.path));
  const idOf = shortIds();
  const idFor = (path: string, id: string) => idOf(`${path}#${id}`);
  const parts: string[] = [];
  const headings: (ExportedHeading & { number: string })[] = [];
  const entries: { id: string; number: string; text: string; children: { id: string; number: string; text: string }[] }[] = [];
  pages.forEach((page, pageIndex) => {
    const exported = exportMain(page.html, page.path, {
      keepRuby: false,
      headingShift: 1,
      rewriteId: (id) => idFor(page.path, id),
      rewriteHref: (href) => {
        if (isOutside(href)) return href;
        const link = siteLink(href, settings.siteUrl);
        if (!link) return undefined;
        const path = link.path === '' ? page.path : link.path;
        if (inGuide.has(path)) return `#${link.fragment ? idFor(path, link.fragment) : idFor(path, 'page')}`;
        return `${settings.siteUrl}${path}${link.fragment ? `#${encodeURIComponent(link.fragment)}` : ''}`;
      },
    });
    // Each page is a chapter: its h1 (now h2) is numbered 1, 2, …; its sections 1.1, 1.2, …
    const local = headingNumbers(exported.headings.map((heading) => heading.level), 2);
    const numbers = local.map((number) => (number === '' ? '' : [String(pageIndex + 1), ...number.split('.').slice(1)].join('.')));
    numberTheHeadings(exported.nodes, exported.headings, numbers);
    exported.headings.forEach((heading, index) => headings.push({ ...heading, number: numbers[index] ?? '' }));
    const chapter = exported.headings[0]!;
    entries.push({
      id: idFor(page.path, 'page'),
      number: numbers[0] ?? '',
      text: chapter.text,
      children: exported.headings.flatMap((heading, index) => (heading.level === 3 ? [{ id: heading.id, number: numbers[index] ?? '', text: heading.text }] : [])),
    });
    parts.push(`<section class="print-chapter" id="${escapeAttribute(idFor(page.path, 'page'))}" aria-labelledby="${escapeAttribute(chapter.id)}">${serialize(exported.nodes, 'html')}</section>`);
  });
  const title = `${settings.siteName}（大活字版）`;
  const cover = `<h1>${escapeText(settings.siteName)}<br>大活字版</h1><p class="print-note">ウェブサイト「${escapeText(settings.siteName)}」の全${pages.length}ページを、大きな文字で1冊にまとめました。ウェブ版：${escapeText(settings.siteUrl)}/</p>`;
  const toc = `<nav class="print-toc" aria-labelledby="print-toc-heading"><h2 id="print-toc-heading">${TOC_HEADING}</h2>${tocList(entries)}</nav>`;
  return {
    title,
    html: documentShell(title, settings, cover + toc + parts.join('')),
    headings: [{ level: 1, id: '', text: `${settings.siteName} 大活字版`, number: '' }, { level: 2, id: 'print-toc-heading', text: TOC_HEADING, number: '' }, ...headings],
  };
}
