/**
 * Reading a built page's sharing tags back: the build step takes each card's words from the
 * page's own <meta> (og:title, og:site_name, og:image), so that a card says exactly what the
 * page tells the sites it is shared to.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Character references as HTML serialisers write them in attribute values. */
export function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * The `property` (Open Graph) and `name` (Twitter) tags of a page's <meta> elements, by name;
 * the first of each name wins, as consumers read them.
 */
export function readSharingTags(html: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const [element] of html.matchAll(/<meta\b[^>]*>/gi)) {
    const attributes = new Map([...element.matchAll(/([a-z][\w:-]*)\s*=\s*"([^"]*)"/gi)].map(([, name, value]) => [name!.toLowerCase(), decodeAttribute(value!)]));
    const key = attributes.get('property') ?? attributes.get('name');
    const content = attributes.get('content');
    if (key !== undefined && content !== undefined && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}
