/**
 * robots.txt: every page may be crawled, except the search index files (they are data for the
 * search page, not pages). The sitemap's address comes from the site's public address
 * (astro.config.mjs `site`, set by SITE_URL).
 */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('astro.config.mjs: site が必要です（robots.txt のサイトマップのアドレスに使います）');
  const body = ['User-agent: *', 'Allow: /', 'Disallow: /pagefind/', '', `Sitemap: ${new URL('/sitemap-index.xml', site).href}`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
