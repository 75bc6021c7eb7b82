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
 * Sent with every response, whatever its kind, after the Content-Security-Policy (below).
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
 * The Content-Security-Policy: one fixed policy for every build, written as it is into the nginx
 * configuration (deploy/nginx/) and dist/_headers. Everything comes from this site; no inline
 * code runs at all (no hashes, no nonces: a build with an inline script, an inline style or an
 * event-handler attribute fails, src/integrations/security-headers.ts, and so does content that
 * holds one, src/integrations/content-inline-code.ts); no other site may frame a page.
 * 'wasm-unsafe-eval' lets the site search compile its WebAssembly index reader (Pagefind); it
 * allows no eval of JavaScript.
 */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['default-src', ["'none'"]],
  ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
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

/** The policy as one header value. */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

/** Every header sent with every response: the policy first, then the fixed ones. */
export const SECURITY_HEADERS: readonly Header[] = [{ name: 'Content-Security-Policy', value: CONTENT_SECURITY_POLICY }, ...FIXED_SECURITY_HEADERS];

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

/** Cloudflare Pages refuses lines longer than this in _headers; the build checks every line. */
export const HEADERS_FILE_LINE_LIMIT = 2000;
