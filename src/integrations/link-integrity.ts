/**
 * The last build step (astro:build:done, after the sitemap and every generated file): checks
 * that every internal address and #fragment in the build resolves, that nothing loads from
 * another site, that links leave only for hosts listed in content/data/links.yaml (or the
 * publisher's form in content/site.yaml), each of them under go.jp or lg.jp or a named exception
 * in content/data/outbound-hosts.yaml (src/lib/link-integrity/outbound-hosts.ts; checked when
 * the build starts), and that the sitemap lists every page. In a build to
 * publish it also searches every file, inside the PDFs, the EPUB, the DAISY book and the search
 * index too, for addresses of this machine (src/lib/site-address/local-addresses.ts). A problem
 * fails the build, naming the page and the target. Links to other sites are listed in
 * .cache/reports/external-links.tsv with their pages.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkSite, readPage, stylesheetUrls, type LinkReport, type PageFacts } from '../lib/link-integrity/index.ts';
import { allowedOutboundHosts, parseHostExceptions, type LinkSource } from '../lib/link-integrity/outbound-hosts.ts';
import { localAddressesInFile, type ScanTools } from '../lib/site-address/local-addresses.ts';
import { listBuiltFiles } from '../build/built-files.ts';
import { CONTENT_FILES, contentFiles } from '../data/content-files.ts';

const LINKS_FILE = CONTENT_FILES.links;
const SITE_FILE = CONTENT_FILES.site;
const EXCEPTIONS_FILE = CONTENT_FILES.outboundHosts;
export const EXTERNAL_LINKS_REPORT = '.cache/reports/external-links.tsv';

/**
 * Hosts a reader may be sent to: those of the official links and of the publisher's form, each
 * under go.jp or lg.jp or a named exception. A look-alike host, or an exception no link uses,
 * throws, naming the file, the field and the entry.
 */
export function loadAllowedHosts(projectRoot: string): Set<string> {
  const content = contentFiles(projectRoot);
  const sources: LinkSource[] = content.links().map((link, index) => ({ file: LINKS_FILE, field: `[${index}].url`, entry: link.id, url: link.url }));
  // content/site.yaml holds one entry (id: site), which may name the publisher's form.
  const { publisherFormUrl } = content.siteSettings();
  if (publisherFormUrl !== undefined) sources.push({ file: SITE_FILE, field: '[0].publisherFormUrl', entry: 'site', url: publisherFormUrl });
  return allowedOutboundHosts(sources, parseHostExceptions(content.outboundHosts(), EXCEPTIONS_FILE), EXCEPTIONS_FILE);
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

/** A PDF's text as pdftotext (poppler-utils) extracts it: the text a reader's software gets. */
function pdftotext(bytes: Uint8Array): string {
  try {
    return execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: bytes, maxBuffer: 256 * 1024 * 1024, stdio: ['pipe', 'pipe', 'pipe'] }).toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('pdftotext is missing: the check of a build to publish reads the text of its PDFs with it (Debian package poppler-utils; bash scripts/setup.sh installs it)', { cause: error });
    }
    throw error;
  }
}

/**
 * Every address of this machine in the files of a build to publish, as
 * `file: "address" is …`, with the archive entry or the part of a PDF that holds it.
 */
export function localAddressProblems(root: string, files: readonly string[], tools: ScanTools = { pdfText: pdftotext }): string[] {
  return files.flatMap((file) =>
    localAddressesInFile(file, readFileSync(join(root, file)), tools).map(
      ({ where, address }) => `${where}: "${address}" is an address on this machine; a build to publish must carry only its public address (SITE_URL)`,
    ),
  );
}

export interface BuiltSiteOptions {
  siteOrigin: string;
  allowedHosts: ReadonlySet<string>;
  /** A build to publish: no file may name an address of this machine. */
  publishable: boolean;
  /** How PDFs are read for that search (pdftotext unless a test gives its own). */
  tools?: ScanTools;
}

export function checkBuiltSite(root: string, options: BuiltSiteOptions): LinkReport {
  const fileList = listBuiltFiles(root);
  const files = new Set(fileList);
  const pages = new Map<string, PageFacts>();
  const stylesheets = new Map<string, string[]>();
  for (const file of fileList) {
    if (file.endsWith('.html')) pages.set(file, readPage(readFileSync(join(root, file), 'utf8')));
    else if (file.endsWith('.css')) stylesheets.set(file, stylesheetUrls(readFileSync(join(root, file), 'utf8')));
  }
  const report = checkSite({ files, pages, stylesheets, sitemap: readSitemap(root, files, options.siteOrigin) }, options);
  // A build for this machine (LOCAL_PREVIEW=1) is made of local addresses; only a build to
  // publish must have none.
  if (options.publishable) report.problems.push(...localAddressProblems(root, fileList, options.tools));
  return report;
}

export function formatProblems(problems: readonly string[]): string {
  return `Broken links in the build (page: element="address": problem):\n${problems.map((problem) => `  ${problem}`).join('\n')}`;
}

export function linkIntegrity({ publishable }: { publishable: boolean }): AstroIntegration {
  let siteOrigin: string | undefined;
  let projectRoot = '';
  let allowedHosts = new Set<string>();
  return {
    name: 'link-integrity',
    hooks: {
      'astro:config:done': ({ config }) => {
        // astro check and astro sync run without SITE_URL (src/integrations/site-address.ts lets
        // them), so a missing site only matters once there is a build to check.
        siteOrigin = config.site ? new URL(config.site).origin : undefined;
        projectRoot = fileURLToPath(config.root);
        // Now rather than at the end: a look-alike address stops the build before it starts.
        allowedHosts = loadAllowedHosts(projectRoot);
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!siteOrigin) throw new Error('astro.config.mjs: site is not set (SITE_URL), so internal and external links cannot be told apart');
        const report = checkBuiltSite(fileURLToPath(dir), { siteOrigin, allowedHosts, publishable });
        const rows = [...report.external].sort(([a], [b]) => a.localeCompare(b)).map(([url, pages]) => `${url}\t${pages.length}\t${[...new Set(pages)].join(' ')}`);
        mkdirSync(join(projectRoot, '.cache/reports'), { recursive: true });
        writeFileSync(join(projectRoot, EXTERNAL_LINKS_REPORT), ['# address\tlinks\tpages', ...rows, ''].join('\n'));
        logger.info(`${report.external.size} address(es) on other sites, listed with their pages in ${EXTERNAL_LINKS_REPORT}`);
        if (report.problems.length > 0) throw new Error(formatProblems(report.problems));
        logger.info(
          publishable
            ? 'every internal link, #fragment and sitemap entry resolves, and no file names an address of this machine'
            : 'every internal link, #fragment and sitemap entry resolves (a LOCAL_PREVIEW build: its files name this machine, as they should)',
        );
      },
    },
  };
}
