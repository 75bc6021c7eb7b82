/**
 * Which pages are guide pages (every file in content/pages/: the top page, the topic pages and
 * the glossary; not the tool pages such as search or settings), in reading order for a
 * whole-guide download: each page after its parent, siblings by their `order` field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { routeOf, TOP_PAGE_ID } from '../site/index.ts';

export interface GuidePage {
  /** The content id, e.g. card/security. */
  readonly id: string;
  /** The site path, e.g. /card/security/. */
  readonly path: string;
  readonly title: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

function listMdx(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return listMdx(path);
    return entry.isFile() && entry.name.endsWith('.mdx') ? [path] : [];
  });
}

export function guidePages(pagesFolder = 'content/pages'): GuidePage[] {
  const entries = listMdx(pagesFolder).map((file) => {
    const id = relative(pagesFolder, file).split(sep).join('/').replace(/\.mdx$/, '');
    const match = FRONTMATTER.exec(readFileSync(file, 'utf8'));
    const data = (match ? parseYaml(match[1]!) : {}) as { order?: unknown; title?: unknown };
    if (typeof data.order !== 'number') throw new Error(`${file}: frontmatter field "order" must be a number`);
    if (typeof data.title !== 'string') throw new Error(`${file}: frontmatter field "title" must be text`);
    return { id, path: routeOf(id), title: data.title, order: data.order };
  });
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
  return entries
    .sort((a, b) => compare(key(a.id), key(b.id)) || a.id.localeCompare(b.id))
    .map(({ id, path, title }) => ({ id, path, title }));
}

export async function guidePagePaths(pagesFolder = 'content/pages'): Promise<string[]> {
  return guidePages(pagesFolder).map((page) => page.path);
}
