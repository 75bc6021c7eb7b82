/**
 * The components that content/pages/*.mdx may use without importing them. Writers of content
 * see this list in docs/writing-content.md ("A guide page").
 *
 * Astro bundles the styles of every component a route imports into that route's stylesheet,
 * and every page of one route shares it. So the components that only one page uses (the
 * finders, the glossary list, the lists of municipalities) are not in `mdxComponents`: each of
 * those pages has its own route that adds them (`OWN_ROUTE_PAGES`), and the other guide
 * pages do not load their styles. A page that uses one of them elsewhere fails to build
 * (MDX: the component is not defined).
 */
import ApiFlowDiagram from './diagrams/ApiFlowDiagram.astro';
import Diagram from './Diagram.astro';
import ExternalLink from './ExternalLink.astro';
import Fig from './Fig.astro';
import LinkageDiagram from './diagrams/LinkageDiagram.astro';
import PortalDiagram from './diagrams/PortalDiagram.astro';
import When from './When.astro';
import Plan from './Plan.astro';
import Contacts from './Contacts.astro';
import SiteFormats from './SiteFormats.astro';

// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- TypeScript alone cannot read .astro files (astro check can), so their imports are `any` to typescript-eslint
export const mdxComponents = { ApiFlowDiagram, Diagram, ExternalLink, Fig, LinkageDiagram, PortalDiagram, When, Plan, Contacts, SiteFormats };

/**
 * The guide pages with a route of their own (src/pages/glossary.astro,
 * src/pages/linkage/documents/index.astro, src/pages/disability-id/municipalities/index.astro),
 * which add the components only they use; src/pages/[...slug].astro makes every other page.
 */
export const OWN_ROUTE_PAGES: ReadonlySet<string> = new Set(['glossary', 'linkage/documents', 'disability-id/municipalities']);
