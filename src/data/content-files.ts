/**
 * The one place Node-side code reads content/ from disk: the build's integrations and rehype
 * plugins, the components and data modules that need a file the content collections do not
 * keep (the procedures' file order, the municipality tables, the lexicon), the scripts and the
 * bench. Astro's collections (src/content.config.ts) read the same files with the same schemas
 * (src/schemas) for the pages; integrations run in Node outside astro:content, so they come here.
 *
 * Each file is read and parsed once per process and checked with its zod schema; any problem
 * throws one error that lists every issue as `file: field: message`, so bad input stops the build
 * with the place to fix it and nothing is silently dropped. The cache is process-wide
 * (./process-wide.ts) because the config's plugins and the prerendered pages load this module as
 * separate copies; it is keyed by each file's size and modification time, so that `astro dev`
 * sees an edited file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import {
  contactSchema,
  dataFileSchema,
  documentSchema,
  figureSchema,
  glossarySchema,
  officialLinkSchema,
  pageSchema,
  procedureFileSchema,
  siteSettingsSchema,
  sourceSchema,
  type ContactData,
  type DocumentData,
  type FigureData,
  type GlossaryData,
  type OfficialLinkData,
  type PageData,
  type ProcedureData,
  type SiteSettingsData,
  type SourceData,
} from '../schemas/index.ts';
import { guidePageOrder, type GuidePage } from '../lib/page-text/guide-pages.ts';
import { conformanceResultsSchema, type ConformanceResultsData } from '../schemas/accessibility.ts';
import { processWide } from './process-wide.ts';

/** Every file and folder of content/ that code reads, relative to the project root. */
export const CONTENT_FILES = {
  site: 'content/site.yaml',
  sources: 'content/data/sources.yaml',
  figures: 'content/data/figures.yaml',
  links: 'content/data/links.yaml',
  glossary: 'content/data/glossary.yaml',
  documents: 'content/data/documents.yaml',
  procedures: 'content/data/procedures.yaml',
  contacts: 'content/data/contacts.yaml',
  outboundHosts: 'content/data/outbound-hosts.yaml',
  accessibilityResults: 'content/accessibility/results.json',
  pages: 'content/pages',
  lexicon: 'content/lexicon',
  media: 'content/media',
  municipalities: {
    acceptance: 'content/municipalities/acceptance.csv',
    readingFixes: 'content/municipalities/reading-fixes.csv',
    wardChanges: 'content/municipalities/ward-changes.csv',
    northernTerritories: 'content/municipalities/northern-territories.csv',
  },
} as const;

/** A file as read: its path as messages name it (relative to the project) and its text. */
export interface ContentText {
  readonly path: string;
  readonly text: string;
}

/** A guide page's front matter, checked with pageSchema. */
export interface PageFile {
  /** The route id: card/security. */
  readonly id: string;
  /** content/pages/card/security.mdx */
  readonly path: string;
  readonly data: PageData;
}

/** How the loader reaches the disk; tests give their own to count reads. */
export interface FileAccess {
  readText(absolutePath: string): string;
  /** Changes whenever the file does (size and modification time). */
  versionOf(absolutePath: string): string;
  /** Names in a folder (files and folders), or undefined when it does not exist. */
  list(absolutePath: string): { name: string; folder: boolean }[] | undefined;
}

export const diskAccess: FileAccess = {
  readText: (path) => readFileSync(path, 'utf8'),
  versionOf: (path) => {
    const stats = statSync(path);
    return `${stats.size}:${stats.mtimeMs}`;
  },
  list: (path) => {
    try {
      return readdirSync(path, { withFileTypes: true }).map((entry) => ({ name: entry.name, folder: entry.isDirectory() }));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  },
};

/** A problem in a content file, as `file: field: message` lines (every one at once). */
export class ContentError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`content/ に直すところがあります:\n${problems.map((line) => `  ${line}`).join('\n')}`);
    this.problems = problems;
    this.name = 'ContentError';
  }
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** `file: [3].reading: message` for each issue; the field path as the YAML holds it. */
export function issueLines(path: string, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => `${path}: ${fieldPath(issue.path) || '(全体)'}: ${issue.message}`);
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`)).join('');
}

export interface ContentFiles {
  readonly root: string;
  /** The text of a file under content/ (path relative to the project root). */
  text(path: string): string;
  siteSettings(): SiteSettingsData;
  /** The site's name, from content/site.yaml. */
  siteName(): string;
  sources(): SourceData[];
  figures(): FigureData[];
  links(): OfficialLinkData[];
  glossary(): GlossaryData[];
  documents(): DocumentData[];
  /** The procedures in the order procedures.yaml lists them (the deck's). */
  procedures(): ProcedureData[];
  contacts(): ContactData[];
  /** content/data/outbound-hosts.yaml as parsed YAML; src/lib/link-integrity checks its shape. */
  outboundHosts(): unknown;
  /** The conformance results /accessibility/ shows (written by scripts/conformance.mjs). */
  accessibilityResults(): ConformanceResultsData;
  /** Every guide page's front matter, by file path. */
  pages(): PageFile[];
  /** The guide pages in reading order (src/lib/page-text/guide-pages.ts). */
  guidePages(): GuidePage[];
  /** Every content/lexicon/*.tsv, in file-name order (src/lib/reading parses and checks them). */
  lexiconFiles(): ContentText[];
  /** The tables of content/municipalities/ (src/lib/municipalities parses and checks them). */
  municipalityFiles(): Record<keyof typeof CONTENT_FILES.municipalities, ContentText>;
  /** Every content/media/*.yaml, in file-name order (src/data/media.ts checks each with its files). */
  mediaEntryFiles(): ContentText[];
}

/**
 * The loader for the project at `root`. Without `access`, the one shared per process (what
 * every caller but a test wants).
 */
export function contentFiles(root = process.cwd(), access?: FileAccess): ContentFiles {
  if (access) return createContentFiles(root, access);
  const loaders = processWide('content-files', () => new Map<string, ContentFiles>());
  let loader = loaders.get(root);
  if (!loader) loaders.set(root, (loader = createContentFiles(root, diskAccess)));
  return loader;
}

function createContentFiles(root: string, access: FileAccess): ContentFiles {
  const absolute = (path: string) => (isAbsolute(path) ? path : join(root, path));
  const texts = new Map<string, { version: string; text: string }>();
  const parsed = new Map<string, { version: string; value: unknown }>();

  const text = (path: string): string => {
    const file = absolute(path);
    const version = access.versionOf(file);
    const cached = texts.get(file);
    if (cached?.version === version) return cached.text;
    const fresh = access.readText(file);
    texts.set(file, { version, text: fresh });
    return fresh;
  };

  /** A value made from one file, made again only when the file changes. */
  const once = <T>(key: string, path: string, make: (text: string) => T): T => {
    const source = text(path);
    const version = access.versionOf(absolute(path));
    const cached = parsed.get(key);
    if (cached?.version === version) return cached.value as T;
    const value = make(source);
    parsed.set(key, { version, value });
    return value;
  };

  const yaml = (path: string, source: string): unknown => {
    try {
      return parseYaml(source);
    } catch (error) {
      throw new ContentError([`${path}: YAML として読めません: ${(error as Error).message.split('\n')[0]}`]);
    }
  };

  const json = (path: string, source: string): unknown => {
    try {
      return JSON.parse(source) as unknown;
    } catch (error) {
      throw new ContentError([`${path}: JSON として読めません: ${(error as Error).message}`]);
    }
  };

  /** A file parsed (YAML unless told) and checked with its schema, once per version of the file. */
  const checked = <S extends z.ZodType>(path: string, schema: S, parse: (path: string, source: string) => unknown = yaml) =>
    once(`${path}#schema`, path, (source) => {
      const result = schema.safeParse(parse(path, source));
      if (!result.success) throw new ContentError(issueLines(path, result.error.issues));
      return result.data;
    });

  const listFiles = (folder: string, ending: RegExp, recursive: boolean): string[] => {
    const names = access.list(absolute(folder));
    if (!names) return [];
    return names
      .flatMap((entry) => {
        const path = `${folder}/${entry.name}`;
        if (entry.folder) return recursive ? listFiles(path, ending, true) : [];
        return ending.test(entry.name) ? [path] : [];
      })
      .sort();
  };

  const pageFile = (path: string): PageFile => {
    const id = path.slice(CONTENT_FILES.pages.length + 1).replace(/\.mdx$/, '');
    const data = once(`${path}#front-matter`, path, (source) => {
      const match = FRONT_MATTER.exec(source);
      if (!match) throw new ContentError([`${path}: 先頭に front matter（--- で囲んだ部分）がありません`]);
      const result = pageSchema.safeParse(yaml(path, match[1]!));
      if (!result.success) throw new ContentError(issueLines(path, result.error.issues));
      return result.data;
    });
    return { id, path, data };
  };

  const loader: ContentFiles = {
    root,
    text,
    siteSettings: () => {
      const entries = checked(CONTENT_FILES.site, dataFileSchema(siteSettingsSchema));
      const site = entries.find((entry) => entry.id === 'site');
      if (!site) throw new ContentError([`${CONTENT_FILES.site}: id: サイトの設定（id: site）がありません`]);
      return site;
    },
    siteName: () => loader.siteSettings().siteName,
    sources: () => checked(CONTENT_FILES.sources, dataFileSchema(sourceSchema)),
    figures: () => checked(CONTENT_FILES.figures, dataFileSchema(figureSchema)),
    links: () => checked(CONTENT_FILES.links, dataFileSchema(officialLinkSchema)),
    glossary: () => checked(CONTENT_FILES.glossary, dataFileSchema(glossarySchema)),
    documents: () => checked(CONTENT_FILES.documents, dataFileSchema(documentSchema)),
    procedures: () => checked(CONTENT_FILES.procedures, procedureFileSchema),
    contacts: () => checked(CONTENT_FILES.contacts, dataFileSchema(contactSchema)),
    accessibilityResults: () => checked(CONTENT_FILES.accessibilityResults, conformanceResultsSchema, json),
    outboundHosts: () => once(`${CONTENT_FILES.outboundHosts}#yaml`, CONTENT_FILES.outboundHosts, (source) => yaml(CONTENT_FILES.outboundHosts, source)),
    pages: () => {
      const paths = listFiles(CONTENT_FILES.pages, /\.mdx$/, true);
      const problems: string[] = [];
      const pages = paths.flatMap((path) => {
        try {
          return [pageFile(path)];
        } catch (error) {
          if (!(error instanceof ContentError)) throw error;
          problems.push(...error.problems);
          return [];
        }
      });
      if (problems.length > 0) throw new ContentError(problems);
      return pages;
    },
    guidePages: () => guidePageOrder(loader.pages().map(({ id, data }) => ({ id, title: data.title, order: data.order }))),
    lexiconFiles: () => listFiles(CONTENT_FILES.lexicon, /\.tsv$/, false).map((path) => ({ path, text: text(path) })),
    municipalityFiles: () => {
      const files = CONTENT_FILES.municipalities;
      const read = (path: string): ContentText => ({ path, text: text(path) });
      return {
        acceptance: read(files.acceptance),
        readingFixes: read(files.readingFixes),
        wardChanges: read(files.wardChanges),
        northernTerritories: read(files.northernTerritories),
      };
    },
    mediaEntryFiles: () => listFiles(CONTENT_FILES.media, /\.ya?ml$/, false).map((path) => ({ path, text: text(path) })),
  };
  return loader;
}

/** The guide pages in reading order, from the shared loader. */
export function guidePages(root = process.cwd()): GuidePage[] {
  return contentFiles(root).guidePages();
}

export function guidePagePaths(root = process.cwd()): string[] {
  return guidePages(root).map((page) => page.path);
}

/** The site's name, from content/site.yaml (the one place it is written). */
export function siteName(root = process.cwd()): string {
  return contentFiles(root).siteName();
}
