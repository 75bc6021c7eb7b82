/**
 * The link check of a whole build: every internal address and #fragment resolves, nothing is
 * loaded from another site, links to other sites go only to hosts the site's data lists, and
 * the sitemap lists exactly the pages meant to be found.
 */
import type { PageFacts, Reference } from './extract.ts';
import { fileOfPath, pathOfFile, resolveReference } from './resolve.ts';

export interface BuiltSite {
  /** Every file of the build, relative to its folder, with forward slashes. */
  files: ReadonlySet<string>;
  /** Facts of every HTML file, by file. */
  pages: ReadonlyMap<string, PageFacts>;
  /** The url() references of every stylesheet, by file. */
  stylesheets: ReadonlyMap<string, readonly string[]>;
  /** Every address the sitemap lists; undefined when the build has no sitemap. */
  sitemap: readonly string[] | undefined;
}

export interface CheckOptions {
  /** The origin the build was made for (its canonical and sitemap addresses use it). */
  siteOrigin: string;
  /** Hosts a reader may be sent to (from content/data/links.yaml and content/site.yaml). */
  allowedHosts: ReadonlySet<string>;
  /** The page shown for unknown addresses; it is not listed and is shown at any path. */
  notFoundPage?: string;
}

export interface LinkReport {
  /** Each problem as `page: element="address": what is wrong`. */
  problems: string[];
  /** Every link to another site, with the pages that carry it. */
  external: Map<string, string[]>;
}

/** Fragments that need no element: the top of the page (HTML) and text fragments. */
const isBuiltInFragment = (fragment: string) => fragment === '' || fragment.toLowerCase() === 'top' || fragment.startsWith(':~:');

export function checkSite(site: BuiltSite, { siteOrigin, allowedHosts, notFoundPage = '404.html' }: CheckOptions): LinkReport {
  const problems: string[] = [];
  const external = new Map<string, string[]>();
  const anchorsOf = new Map([...site.pages].map(([file, facts]) => [file, new Set(facts.anchors)]));

  const checkReference = (file: string, reference: Pick<Reference, 'where' | 'value' | 'navigation'>) => {
    const label = `${pathOfFile(file)}: ${reference.where}="${reference.value}"`;
    const isNotFoundPage = file === notFoundPage;
    if (isNotFoundPage && reference.value !== '' && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(reference.value)) {
      problems.push(`${label}: the 404 page is shown at any address, so its addresses must start with /`);
      return;
    }
    const target = resolveReference(reference.value, new URL(pathOfFile(file), siteOrigin), siteOrigin);
    switch (target.kind) {
      case 'other':
        return;
      case 'invalid':
        problems.push(`${label}: ${target.reason}`);
        return;
      case 'external':
        if (!reference.navigation) {
          problems.push(`${label}: loads from another site (${target.host}); every file must come from this site`);
        } else if (!allowedHosts.has(target.host)) {
          problems.push(`${label}: ${target.host} is not a host listed in content/data/links.yaml`);
        } else {
          external.set(target.url, [...(external.get(target.url) ?? []), pathOfFile(file)]);
        }
        return;
      case 'internal': {
        const lookup = fileOfPath(target.path, site.files);
        if (!lookup.found) {
          problems.push(`${label}: leads nowhere: ${lookup.reason}`);
          return;
        }
        if (target.fragment === undefined || isBuiltInFragment(target.fragment)) return;
        const anchors = anchorsOf.get(lookup.file);
        if (!anchors) problems.push(`${label}: #${target.fragment} points into ${lookup.file}, which is not a page`);
        else if (!anchors.has(target.fragment)) problems.push(`${label}: ${pathOfFile(lookup.file)} has no element with id "${target.fragment}"`);
      }
    }
  };

  for (const [file, facts] of site.pages) {
    const seen = new Set<string>();
    for (const anchor of facts.anchors) {
      if (seen.has(anchor)) problems.push(`${pathOfFile(file)}: the id "${anchor}" is used more than once, so #${anchor} is ambiguous`);
      seen.add(anchor);
    }
    for (const reference of facts.references) checkReference(file, reference);
  }
  for (const [file, urls] of site.stylesheets) {
    for (const value of urls) checkReference(file, { where: 'url()', value, navigation: false });
  }

  if (site.sitemap === undefined) {
    problems.push('sitemap-index.xml: the build has no sitemap');
  } else {
    const listed = new Set<string>();
    for (const address of site.sitemap) {
      const target = resolveReference(address, new URL(siteOrigin), siteOrigin);
      if (target.kind !== 'internal') {
        problems.push(`sitemap: ${address} is not an address on ${siteOrigin}`);
        continue;
      }
      listed.add(target.path);
      const lookup = fileOfPath(target.path, site.files);
      if (!lookup.found) problems.push(`sitemap: ${address} leads nowhere: ${lookup.reason}`);
      else if (site.pages.get(lookup.file)?.noindex) problems.push(`sitemap: ${address} lists a page marked noindex`);
    }
    for (const [file, facts] of site.pages) {
      if (file === notFoundPage || facts.noindex) continue;
      if (!listed.has(pathOfFile(file))) problems.push(`${pathOfFile(file)}: the page is missing from the sitemap`);
    }
  }
  return { problems, external };
}
