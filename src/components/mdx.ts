/**
 * The components that content/pages/*.mdx may use without importing them. Writers of content
 * see this list in the README ("Writing content").
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
import ProcedureFinder from './ProcedureFinder.astro';
import GlossaryList from './GlossaryList.astro';
import MunicipalityFinder from './MunicipalityFinder.astro';
import AcceptanceList from './AcceptanceList.astro';
import PrefectureIndex from './PrefectureIndex.astro';

export const mdxComponents = { ApiFlowDiagram, Diagram, ExternalLink, Fig, LinkageDiagram, PortalDiagram, When, Plan, Contacts, SiteFormats, ProcedureFinder, GlossaryList, MunicipalityFinder, AcceptanceList, PrefectureIndex };
