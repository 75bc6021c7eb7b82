/**
 * The one place pages get content from. Loads every collection once per build, checks the
 * cross-file references (src/lib/content-graph) and throws a readable error naming file and
 * field if any is broken, so a broken reference can never reach a page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { findContentProblems, formatProblems } from '../lib/content-graph/index.ts';
import { routeOf } from '../lib/site/index.ts';

export type PageEntry = CollectionEntry<'pages'>;

export interface SiteContent {
  pages: PageEntry[];
  pageById: Map<string, PageEntry>;
  figures: Map<string, CollectionEntry<'figures'>['data']>;
  sources: Map<string, CollectionEntry<'sources'>['data']>;
  links: Map<string, CollectionEntry<'links'>['data']>;
  glossary: CollectionEntry<'glossary'>['data'][];
  documents: Map<string, CollectionEntry<'documents'>['data']>;
  procedures: CollectionEntry<'procedures'>['data'][];
  contacts: Map<string, CollectionEntry<'contacts'>['data']>;
  settings: CollectionEntry<'settings'>['data'];
}

let cached: Promise<SiteContent> | undefined;

export function loadSite(): Promise<SiteContent> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteContent> {
  const [pages, figures, sources, links, glossary, documents, procedures, settings, contacts] = await Promise.all([
    getCollection('pages'),
    getCollection('figures'),
    getCollection('sources'),
    getCollection('links'),
    getCollection('glossary'),
    getCollection('documents'),
    getCollection('procedures'),
    getCollection('settings'),
    getCollection('contacts'),
  ]);
  const problems = findContentProblems({
    pages: pages.map((page) => ({
      id: page.id,
      file: page.filePath ?? `content/pages/${page.id}.mdx`,
      figures: page.data.figures,
      officialLinks: page.data.officialLinks,
      related: page.data.related,
    })),
    figures: figures.map(({ data }) => ({ id: data.id, source: data.source })),
    sourceIds: sources.map(({ data }) => data.id),
    linkIds: links.map(({ data }) => data.id),
    glossary: glossary.map(({ data }) => ({ id: data.id, seeAlso: data.seeAlso })),
    documentIds: documents.map(({ data }) => data.id),
    procedures: procedures.map(({ data }) => ({ id: data.id, documents: data.documents })),
    contacts: contacts.map(({ data }) => ({ id: data.id, sources: data.sources })),
  });
  if (problems.length > 0) {
    throw new Error(`content/ に直すところがあります:\n${formatProblems(problems)}`);
  }
  const siteSettings = settings.find((entry) => entry.id === 'site');
  if (!siteSettings) throw new Error('content/site.yaml: site: サイトの設定（id: site）がありません');

  const byData = <T extends { data: { id: string } }>(entries: T[]) =>
    new Map(entries.map((entry) => [entry.data.id, entry.data] as [string, T['data']]));
  pages.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  return {
    pages,
    pageById: new Map(pages.map((page) => [page.id, page])),
    figures: byData(figures),
    sources: byData(sources),
    links: byData(links),
    glossary: glossary.map((entry) => entry.data),
    documents: byData(documents),
    procedures: procedures.map((entry) => entry.data),
    settings: siteSettings.data,
    contacts: byData(contacts),
  };
}

/** Short title for navigation and breadcrumbs. */
export function navTitleOf(page: PageEntry): string {
  return page.data.navTitle ?? page.data.title;
}

export function hrefOf(page: PageEntry): string {
  return routeOf(page.id);
}

/**
 * The entry of a guide page that has a route of its own (src/components/mdx.ts:
 * OWN_ROUTE_PAGES); `tool` is the tool that route places, checked against the front matter.
 */
export async function ownRoutePage(id: string, tool?: string): Promise<PageEntry> {
  const page = (await loadSite()).pageById.get(id);
  if (!page) throw new Error(`content/pages/${id}.mdx: このページがありません（src/pages/ のルートが使っています）`);
  if (page.data.tool !== tool) {
    throw new Error(`content/pages/${id}.mdx: tool: ${page.data.tool ?? '（なし）'}: ルートが置く道具は ${tool ?? '（なし）'} です`);
  }
  return page;
}
