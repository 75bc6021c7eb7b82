/**
 * /manifest.webmanifest: the web app manifest (src/lib/share-card/manifest.ts), with the names
 * from content/site.yaml.
 */
import type { APIRoute } from 'astro';
import { loadSite } from '../data/index.ts';
import { webManifest } from '../lib/share-card/index.ts';

export const GET: APIRoute = async () => {
  const { settings } = await loadSite();
  const manifest = webManifest({ siteName: settings.siteName, shortName: settings.shortName ?? settings.siteName });
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, { headers: { 'Content-Type': 'application/manifest+json' } });
};
