/**
 * Which pages are guide pages (every file in content/pages/: the top page, the topic pages and
 * the glossary; not the tool pages such as search or settings), in reading order for a
 * whole-guide download: each page after its parent, siblings by their `order` field. The
 * front matter is read and checked by src/data/content-files.ts; this only orders it.
 */
import { routeOf, TOP_PAGE_ID } from '../site/index.ts';

export interface GuidePage {
  /** The content id, e.g. card/security. */
  readonly id: string;
  /** The site path, e.g. /card/security/. */
  readonly path: string;
  readonly title: string;
}

/** What ordering needs of a page's front matter. */
export interface GuidePageEntry {
  readonly id: string;
  readonly title: string;
  readonly order: number;
}

export function guidePageOrder(entries: readonly GuidePageEntry[]): GuidePage[] {
  const orderOf = new Map(entries.map((entry) => [entry.id, entry.order]));
  // The sort key is the order of each ancestor and then the page's own, so that children follow
  // their parent; the top page's key is empty, which sorts before every other.
  const key = (id: string): number[] => {
    const parts = id === TOP_PAGE_ID ? [] : id.split('/');
    return parts.map((_, depth) => orderOf.get(parts.slice(0, depth + 1).join('/')) ?? 0);
  };
  const compare = (a: number[], b: number[]): number => {
    for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
      const difference = (a[i] ?? -Infinity) - (b[i] ?? -Infinity);
      if (difference !== 0) return difference;
    }
    return 0;
  };
  return [...entries]
    .sort((a, b) => compare(key(a.id), key(b.id)) || a.id.localeCompare(b.id))
    .map(({ id, title }) => ({ id, path: routeOf(id), title }));
}
