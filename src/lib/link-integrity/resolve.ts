/**
 * Where an address written in a built file leads: a file of this site (and a fragment in it),
 * another site, or something that is not a location at all (mailto:, data:). Resolution
 * follows the URL standard, so `../` and `./` mean what they mean to a browser.
 */

export type Target =
  | { kind: 'internal'; path: string; fragment: string | undefined }
  | { kind: 'external'; url: string; host: string }
  | { kind: 'other' }
  | { kind: 'invalid'; reason: string };

/** Schemes that name no file: sending mail, calling, data written inline. */
const OTHER_SCHEMES = new Set(['mailto:', 'tel:', 'data:']);

/**
 * @param value the attribute value as written
 * @param base the URL of the file it is written in (page or stylesheet)
 * @param siteOrigin the site's own origin (from the site URL the build was made for)
 */
export function resolveReference(value: string, base: URL, siteOrigin: string): Target {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return { kind: 'invalid', reason: 'is not a valid address' };
  }
  if (url.protocol === 'javascript:') return { kind: 'invalid', reason: 'runs code instead of leading somewhere' };
  if (OTHER_SCHEMES.has(url.protocol)) return { kind: 'other' };
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'invalid', reason: `uses the scheme ${url.protocol}, which this site does not link with` };
  if (url.origin !== siteOrigin) return { kind: 'external', url: url.href, host: url.hostname };
  let path: string;
  let fragment: string | undefined;
  try {
    path = decodeURIComponent(url.pathname);
    fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined;
  } catch {
    return { kind: 'invalid', reason: 'has a broken percent-encoding' };
  }
  return { kind: 'internal', path, fragment };
}

/** The URL path a built file is served at: card/index.html → /card/, 404.html → /404.html. */
export function pathOfFile(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

export type FileLookup =
  | { found: true; file: string }
  | { found: false; reason: string };

/** The built file an internal path is answered with, the way a static host answers it. */
export function fileOfPath(path: string, files: ReadonlySet<string>): FileLookup {
  const relative = path.replace(/^\/+/, '');
  if (relative.split('/').includes('..')) return { found: false, reason: 'climbs out of the site' };
  if (relative === '' || relative.endsWith('/')) {
    const file = `${relative}index.html`;
    return files.has(file) ? { found: true, file } : { found: false, reason: `there is no ${file}` };
  }
  if (files.has(relative)) return { found: true, file: relative };
  if (files.has(`${relative}/index.html`)) return { found: false, reason: `write ${path}/ (without the slash the server answers with a redirect)` };
  return { found: false, reason: `there is no ${relative}` };
}
