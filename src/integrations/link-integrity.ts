/**
 * The last build step (astro:build:done, after the sitemap and every generated file): checks
 * that every internal address and #fragment in the build resolves, that nothing loads from
 * another site, that links leave only for hosts listed in content/data/links.yaml (or the
 * publisher's form in content/site.yaml), and that the sitemap lists every page. A problem
 * fails the build, naming the page and the target. Links to other sites are listed in
 * .cache/reports/external-links.tsv with their pages.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { checkSite, readPage, stylesheetUrls, type LinkReport, type PageFacts } from '../lib/link-integrity/index.ts';
import { listBuiltFiles } from './built-files.ts';

const LINKS_FILE = 'content/data/links.yaml';
const SITE_FILE = 'content/site.yaml';
export const EXTERNAL_LINKS_REPORT = '.cache/reports/external-links.tsv';

/** Hosts a reader may be sent to: those of the official links, and the publisher's form. */
export function loadAllowedHosts(projectRoot: string): Set<string> {
  const hosts = new Set<string>();
  const hostOf = (file: string, field: string, value: unknown) => {
    try {
      hosts.add(new URL(String(value)).hostname);
    } catch {
      throw new Error(`${file}: ${field}: "${String(value)}" is not an address`);
    }
  };
  const links: unknown = parse(readFileSync(join(projectRoot, LINKS_FILE), 'utf8'));
  if (!Array.isArray(links)) throw new Error(`${LINKS_FILE}: expected a list of links`);
  links.forEach((link: { url?: unknown }, index) => hostOf(LINKS_FILE, `[${index}].url`, link?.url));
  const site: unknown = parse(readFileSync(join(projectRoot, SITE_FILE), 'utf8'));
  for (const [index, entry] of (Array.isArray(site) ? site : [site]).entries()) {
    const form = (entry as { publisherFormUrl?: unknown } | null)?.publisherFormUrl;
    if (form !== undefined) hostOf(SITE_FILE, `[${index}].publisherFormUrl`, form);
  }
  return hosts;
}

/** Every <loc> of the sitemap index and of the sitemaps it names (files of this build). */
function readSitemap(root: string, files: ReadonlySet<string>, siteOrigin: string): string[] | undefined {
  if (!files.has('sitemap-index.xml')) return undefined;
  const locs = (xml: string) => [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((match) => match[1]!);
  const addresses: string[] = [];
  for (const sitemap of locs(readFileSync(join(root, 'sitemap-index.xml'), 'utf8'))) {
    const url = new URL(sitemap);
    const file = decodeURIComponent(url.pathname).replace(/^\//, '');
    if (url.origin !== siteOrigin || !files.has(file)) throw new Error(`sitemap-index.xml names ${sitemap}, which is not a file of this build`);
    addresses.push(...locs(readFileSync(join(root, file), 'utf8')));
  }
  return addresses;
}

export function checkBuiltSite(root: string, options: { siteOrigin: string; allowedHosts: ReadonlySet<string> }): LinkReport {
  const fileList = listBuiltFiles(root);
  const files = new Set(fileList);
  const pages = new Map<string, PageFacts>();
  const stylesheets = new Map<string, string[]>();
  for (const file of fileList) {
    if (file.endsWith('.html')) pages.set(file, readPage(readFileSync(join(root, file), 'utf8')));
    else if (file.endsWith('.css')) stylesheets.set(file, stylesheetUrls(readFileSync(join(root, file), 'utf8')));
  }
  return checkSite({ files, pages, stylesheets, sitemap: readSitemap(root, files, options.siteOrigin) }, options);
}

export function formatProblems(problems: readonly string[]): string {
  return `Broken links in the build (page: element="address": problem):\n${problems.map((problem) => `  ${problem}`).join('\n')}`;
}

export function linkIntegrity(): AstroIntegration {
  let siteOrigin = '';
  let projectRoot = '';
  return {
    name: 'link-integrity',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('astro.config.mjs: site is not set, so internal and external links cannot be told apart');
        siteOrigin = new URL(config.site).origin;
        projectRoot = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const report = checkBuiltSite(fileURLToPath(dir), { siteOrigin, allowedHosts: loadAllowedHosts(projectRoot) });
        const rows = [...report.external].sort(([a], [b]) => a.localeCompare(b)).map(([url, pages]) => `${url}\t${pages.length}\t${[...new Set(pages)].join(' ')}`);
        mkdirSync(join(projectRoot, '.cache/reports'), { recursive: true });
        writeFileSync(join(projectRoot, EXTERNAL_LINKS_REPORT), ['# address\tlinks\tpages', ...rows, ''].join('\n'));
        logger.info(`${report.external.size} address(es) on other sites, listed with their pages in ${EXTERNAL_LINKS_REPORT}`);
        if (report.problems.length > 0) throw new Error(formatProblems(report.problems));
        logger.info('every internal link, #fragment and sitemap entry resolves');
      },
    },
  };
}
