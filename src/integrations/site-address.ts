/**
 * The first build step: a build (and the dev server) stops at once, with one sentence saying
 * what to set, when SITE_URL is missing or is not an address the build may carry
 * (src/lib/site-address: an https public address to publish, or a loopback address with
 * LOCAL_PREVIEW=1). Without this the whole build would run, 2–3 minutes, and ship another
 * address in every canonical link, the sitemap, robots.txt, the PDFs and the EPUB.
 * `astro check`, `astro sync` and `astro preview` render nothing that carries the address, so
 * they are let through.
 */
import type { AstroIntegration } from 'astro';
import type { SiteAddress } from '../lib/site-address/index.ts';

export function siteAddress(address: SiteAddress): AstroIntegration {
  return {
    name: 'site-address',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        if (!address.ok) throw new Error(address.problem);
        if (command === 'build') {
          if (address.publishable) logger.info(`building for ${address.site}`);
          else logger.warn(`LOCAL_PREVIEW=1: this build is for this machine only (${address.site}); it is not to be published`);
        }
      },
    },
  };
}
