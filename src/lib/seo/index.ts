/**
 * What search engines read besides the page itself: the schema.org BreadcrumbList that
 * mirrors the visible breadcrumbs (WCAG 2.4.8), as JSON-LD. Pure: data in, text out.
 */

export interface TrailItem {
  readonly label: string;
  /** A path on this site (/card/). */
  readonly href: string;
}

/**
 * The JSON-LD of a page's breadcrumb trail: its ancestors, then the page itself, with absolute
 * addresses on `site`. `<` is escaped so that no title can end the script element it goes in.
 */
export function breadcrumbListJsonLd(ancestors: readonly TrailItem[], current: TrailItem, site: URL | string): string {
  const trail = [...ancestors, current];
  const data = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.label,
      item: new URL(item.href, site).href,
    })),
  };
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
