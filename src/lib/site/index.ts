/**
 * Routes and the page hierarchy. A guide page's id is its file path under content/pages
 * without the extension (card/security); its route is that path with slashes (/card/security/).
 * The top page is `index`.
 */

export const TOP_PAGE_ID = 'index';

export function routeOf(pageId: string): string {
  return pageId === TOP_PAGE_ID ? '/' : `/${pageId}/`;
}

/**
 * The file-name stem of everything made from one page: its braille files, its audio guide, its
 * large-print PDF and its document inside the e-book and the DAISY book. / → top,
 * /card/security/ → card-security. One function, so that the top page's downloads share one name.
 */
export function pageFileStem(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/|\/$/g, '');
  if (trimmed === '') return 'top';
  if (!/^[a-z0-9-]+(?:\/[a-z0-9-]+)*$/.test(trimmed)) throw new Error(`ファイルの名前にできないページのパスです: ${pagePath}`);
  return trimmed.replace(/\//g, '-');
}

/** The id of the parent page: card/security → card, card → index, index → undefined. */
export function parentOf(pageId: string): string | undefined {
  if (pageId === TOP_PAGE_ID) return undefined;
  const cut = pageId.lastIndexOf('/');
  return cut === -1 ? TOP_PAGE_ID : pageId.slice(0, cut);
}

export interface Crumb {
  readonly label: string;
  readonly href: string;
}

/**
 * Breadcrumbs from the top page down to (not including) the current page (WCAG 2.4.8).
 * `titleOf` gives the short title of a page id, or undefined when no such page exists, in
 * which case that level is skipped rather than linked to a missing page.
 */
export function breadcrumbsFor(pageId: string, titleOf: (id: string) => string | undefined): Crumb[] {
  const chain: string[] = [];
  for (let id = parentOf(pageId); id !== undefined; id = parentOf(id)) chain.unshift(id);
  return chain.flatMap((id) => {
    const label = titleOf(id);
    return label === undefined ? [] : [{ label, href: routeOf(id) }];
  });
}

/** Whether the page at `route` is `current` or one of its ancestors (for aria-current in navs). */
export function isWithin(route: string, current: string): boolean {
  return route === '/' ? current === '/' : current.startsWith(route);
}
