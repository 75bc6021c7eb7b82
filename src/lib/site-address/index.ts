/**
 * The address a build is made for (SITE_URL), and the rule that keeps a build for this machine
 * apart from a build for publishing.
 *
 * The address ends up in every canonical link, og:url, robots.txt, the sitemap, every PDF and
 * the EPUB, so a build that quietly fell back to a local address would publish links nobody can
 * open. There is therefore no fallback:
 *
 * - a build for publishing (the default) needs SITE_URL, an https origin that is not this
 *   machine (localhost, 127.x.x.x, [::1]);
 * - a build for this machine (npm start, npm run dev, the tests, the bench, the audio authoring
 *   build) says so with LOCAL_PREVIEW=1, and then its SITE_URL must be a loopback address. So a
 *   build either carries the public address throughout, or only local ones, and the link check
 *   of a publishing build (local-addresses.ts) refuses any local address left in its files.
 *
 * Pure: the environment in, the decision out; the build step (src/integrations/site-address.ts)
 * turns a problem into a failed build.
 */

export const SITE_URL_VARIABLE = 'SITE_URL';
export const LOCAL_PREVIEW_VARIABLE = 'LOCAL_PREVIEW';

/** The environment of a build for this machine: what `npm start` serves (astro preview, port 4321). */
export const LOCAL_PREVIEW_ENV: Readonly<Record<typeof SITE_URL_VARIABLE | typeof LOCAL_PREVIEW_VARIABLE, string>> = {
  SITE_URL: 'http://127.0.0.1:4321',
  LOCAL_PREVIEW: '1',
};

const PUBLISH_EXAMPLE = 'SITE_URL=https://example.jp npm run build';
const LOCAL_EXAMPLE = 'SITE_URL=http://127.0.0.1:4321 LOCAL_PREVIEW=1';

export type SiteAddress =
  /** `site` is the address as given; `publishable` is false for a LOCAL_PREVIEW=1 build. */
  | { readonly ok: true; readonly site: string; readonly publishable: boolean }
  /** `site` is the given address when it parses (so that `astro check` still runs), else undefined. */
  | { readonly ok: false; readonly site: string | undefined; readonly problem: string };

/** Host names that only ever mean this machine: localhost (and *.localhost), 127.0.0.0/8, ::1, 0.0.0.0. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === 'localhost' || host.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(host) || host === '[::1]' || host === '0.0.0.0';
}

/** Reads SITE_URL and LOCAL_PREVIEW; every problem is one sentence that says what to set. */
export function readSiteAddress(env: Readonly<Record<string, string | undefined>>): SiteAddress {
  const given = (env[SITE_URL_VARIABLE] ?? '').trim();
  const preview = (env[LOCAL_PREVIEW_VARIABLE] ?? '').trim();
  let url: URL | undefined;
  try {
    url = given === '' ? undefined : new URL(given);
  } catch {
    url = undefined;
  }
  const refuse = (problem: string): SiteAddress => ({ ok: false, site: url ? given : undefined, problem });

  if (preview !== '' && preview !== '1') {
    return refuse(`LOCAL_PREVIEW="${preview}" is not understood: set LOCAL_PREVIEW=1 for a build served on this machine, or leave it unset for a build to publish.`);
  }
  const local = preview === '1';
  if (given === '') {
    return refuse(
      local
        ? `LOCAL_PREVIEW=1 needs the address this machine serves the build at: ${LOCAL_EXAMPLE} (npm start sets both).`
        : `SITE_URL is not set: a build to publish needs the site's public https address, for example ${PUBLISH_EXAMPLE} (npm start builds for this machine with ${LOCAL_EXAMPLE}).`,
    );
  }
  if (!url || !/^https?:$/.test(url.protocol)) {
    return refuse(`SITE_URL="${given}" is not a web address: give the site's public address, for example ${PUBLISH_EXAMPLE}.`);
  }
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    return refuse(`SITE_URL="${given}" must be the site's origin alone (the pages are served from /), for example ${PUBLISH_EXAMPLE}.`);
  }
  const loopback = isLoopbackHost(url.hostname);
  if (local) {
    if (!loopback) {
      return refuse(`LOCAL_PREVIEW=1 is for a build served on this machine, but SITE_URL="${given}" is a public address: leave LOCAL_PREVIEW unset to build for publishing (${PUBLISH_EXAMPLE}).`);
    }
    return { ok: true, site: given, publishable: false };
  }
  if (loopback) {
    return refuse(`SITE_URL="${given}" is an address on this machine, which nobody else can open: build for the public address (${PUBLISH_EXAMPLE}), or add LOCAL_PREVIEW=1 for a build that is never published.`);
  }
  if (url.protocol !== 'https:') {
    return refuse(`SITE_URL="${given}" is not an https address: the site is served over https only, so build with the https address, for example ${PUBLISH_EXAMPLE}.`);
  }
  return { ok: true, site: given, publishable: true };
}
