/**
 * The components that content/pages/*.mdx may use without importing them. Writers of content
 * see this list in the README ("Writing content").
 */
import Diagram from './Diagram.astro';
import ExternalLink from './ExternalLink.astro';
import Fig from './Fig.astro';
import When from './When.astro';

export const mdxComponents = { Diagram, ExternalLink, Fig, When };
