/**
 * The one source of the response headers the site is served with. dist/_headers (CDN static
 * hosts), the nginx configuration (deploy/nginx/) and the tests all take their values from
 * here, so that no two of them can disagree.
 */

export interface Header {
  name: string;
  value: string;
}

/**
 * Sent with every response, whatever its kind. The Content-Security-Policy is not listed: it
 * carries the hashes of the inline code of each build (see csp.ts).
 */
export const FIXED_SECURITY_HEADERS: readonly Header[] = [
  // One year, without includeSubDomains: other hosts under the same domain are not ours to bind.
  { name: 'Strict-Transport-Security', value: 'max-age=31536000' },
  { name: 'X-Content-Type-Options', value: 'nosniff' },
  // Readers' paths through the site (which may include search words) stay with the reader.
  { name: 'Referrer-Policy', value: 'no-referrer' },
  // The site uses none of these features; naming them refuses them to anything that might be
  // injected. Only features Chromium knows are listed, because it warns about unknown ones.
  {
    name: 'Permissions-Policy',
    value: [
      'accelerometer',
      'autoplay',
      'browsing-topics',
      'camera',
      'display-capture',
      'encrypted-media',
      'geolocation',
      'gyroscope',
      'hid',
      'magnetometer',
      'microphone',
      'midi',
      'payment',
      'publickey-credentials-get',
      'screen-wake-lock',
      'serial',
      'usb',
      'xr-spatial-tracking',
    ]
      .map((feature) => `${feature}=()`)
      .join(', '),
  },
  { name: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { name: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
  // frame-ancestors in the CSP does the same for current browsers; this is for older ones.
  { name: 'X-Frame-Options', value: 'DENY' },
];

/**
 * The Content-Security-Policy before the build adds its hashes: everything comes from this
 * site, nothing runs inline unless its hash is listed, and no other site may frame a page.
 */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['default-src', ["'none'"]],
  ['script-src', ["'self'"]],
  ['style-src', ["'self'"]],
  ['img-src', ["'self'"]],
  ['font-src', ["'self'"]],
  ['connect-src', ["'self'"]],
  ['media-src', ["'self'"]],
  ['manifest-src', ["'self'"]],
  ['form-action', ["'self'"]],
  ['base-uri', ["'none'"]],
  ['frame-ancestors', ["'none'"]],
];

/**
 * Astro writes bundled CSS and JavaScript here with a content hash in each name, so a changed
 * file always gets a new address and the old one may be cached for good.
 */
export const HASHED_ASSETS_DIR = '_astro';

export const CACHE_CONTROL = {
  /** Files named by their content: a year, and never revalidated. */
  hashed: 'public, max-age=31536000, immutable',
  /**
   * Everything else (pages, downloads, data): kept, but checked with the server before each
   * use, which answers 304 without a body when nothing changed.
   */
  revalidate: 'no-cache',
} as const;

/**
 * Cloudflare Pages refuses lines longer than this in _headers; the policy line grows with
 * every inline script, so the build checks it.
 */
export const HEADERS_FILE_LINE_LIMIT = 2000;
