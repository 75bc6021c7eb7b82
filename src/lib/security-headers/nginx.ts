/**
 * The nginx configuration for serving the built site, made from policy.ts and file-kinds.ts and
 * committed as deploy/nginx/mynumber-guide.conf (read inside nginx's http block, e.g. from
 * /etc/nginx/conf.d/ on Debian). Everything it needs is in that one file: the
 * Content-Security-Policy is a fixed literal, so nothing is read from the web root as
 * configuration.
 *
 * The deployed form is an HTTPS server for one name, with a port-80 server that only redirects
 * to it (and answers certbot's challenges). The browser tests use the same site directives in a
 * plain-HTTP server on a loopback port (`plainHttp`), because what they test is what the site's
 * server block does with each request; TLS and the names are tested with Debian's own
 * configuration (tests/unit/nginx-debian.test.ts).
 */
import { FILE_KINDS, DEFAULT_MEDIA_TYPE } from './file-kinds.ts';
import { CACHE_CONTROL, HASHED_ASSETS_DIR, SECURITY_HEADERS } from './policy.ts';

/** HTTPS on `listen`, and a server on `redirectListen` that sends every request there. */
export interface HttpsTransport {
  kind: 'https';
  /** Each `listen` address or port of the HTTPS server (`443`, `[::]:443`); `ssl http2` is added. */
  listen: readonly string[];
  /** Each `listen` value of the plain-HTTP server that redirects (`80`, `[::]:80`). */
  redirectListen: readonly string[];
  /** The certificate chain and its key (PEM), as certbot writes them. */
  certificate: string;
  certificateKey: string;
  /** Where `certbot certonly --webroot` writes its challenge files (served on port 80 only). */
  acmeChallengeRoot: string;
}

/** Plain HTTP on the given `listen` values: for the tests, on a loopback port only. */
export interface PlainHttpTransport {
  kind: 'plain-http';
  listen: readonly string[];
}

export interface NginxSite {
  /** Absolute path of the built site (the contents of dist/). */
  root: string;
  /** The site's host name. */
  serverName: string;
  /** Where the access log goes (see log format below), or `off`. */
  accessLog: string;
  /** Where this site's error log goes; only critical errors are written (see below). */
  errorLog: string;
  transport: HttpsTransport | PlainHttpTransport;
}

/** A placeholder name: replace it with the site's (npm run -s nginx-config -- --server-name …). */
export const PLACEHOLDER_SERVER_NAME = 'guide.example.jp';

/** The deployed configuration for `serverName`, with certbot's certificate paths for that name. */
export function deployedSite({ serverName = PLACEHOLDER_SERVER_NAME, root = '/var/www/mynumber-guide' } = {}): NginxSite {
  return {
    root,
    serverName,
    accessLog: '/var/log/nginx/mynumber-guide.access.log',
    errorLog: '/var/log/nginx/mynumber-guide.error.log',
    transport: {
      kind: 'https',
      listen: ['443', '[::]:443'],
      redirectListen: ['80', '[::]:80'],
      certificate: `/etc/letsencrypt/live/${serverName}/fullchain.pem`,
      certificateKey: `/etc/letsencrypt/live/${serverName}/privkey.pem`,
      acmeChallengeRoot: '/var/www/letsencrypt',
    },
  };
}

/** The configuration committed in deploy/nginx/: HTTPS for the placeholder name. */
export const DEPLOYED_SITE: NginxSite = deployedSite();

/** A value nginx reads verbatim inside double quotes. */
function quoted(value: string): string {
  if (/["\\$\n]/.test(value)) throw new Error(`cannot write this header value into nginx's configuration: ${value}`);
  return `"${value}"`;
}

function checkPath(label: string, value: string): void {
  if (!value.startsWith('/') || /[\s;"'{}$]/.test(value)) {
    throw new Error(`nginx ${label} must be an absolute path without spaces or quotes: ${value}`);
  }
}

function checkListen(values: readonly string[]): void {
  if (values.length === 0 || values.some((value) => !/^[\w.:[\]]+$/.test(value))) {
    throw new Error(`nginx listen values must be ports or address:port pairs: ${values.join(', ')}`);
  }
}

function typesBlock(): string[] {
  const byType = new Map<string, string[]>();
  for (const fileKind of FILE_KINDS) byType.set(fileKind.mediaType, [...(byType.get(fileKind.mediaType) ?? []), ...fileKind.extensions]);
  const width = Math.max(...[...byType.keys()].map((type) => type.length));
  return [...byType].map(([type, extensions]) => `        ${type.padEnd(width)}  ${extensions.join(' ')};`);
}

const unique = (values: string[]) => [...new Set(values)];

/**
 * The variable that holds a header's value on error responses only (see headerMaps). Short
 * names: with Debian's variables_hash_bucket_size (64) long ones stop nginx from starting.
 */
const SHORT_NAMES: Record<string, string> = {
  'content-security-policy': 'csp',
  'strict-transport-security': 'hsts',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'referrer',
  'permissions-policy': 'permissions',
  'cross-origin-opener-policy': 'coop',
  'cross-origin-resource-policy': 'corp',
  'x-frame-options': 'frames',
  'cache-control': 'cache',
  'content-disposition': 'disposition',
};
function onErrorVariable(name: string): string {
  const short = SHORT_NAMES[name.toLowerCase()];
  if (!short) throw new Error(`no short variable name for the header ${name}: add one to SHORT_NAMES`);
  return `$mynumber_guide_err_${short}`;
}

/** Every header of every response, as [name, nginx value]. */
function headerValues(): Array<[string, string]> {
  return [
    ...SECURITY_HEADERS.map(({ name, value }): [string, string] => [name, quoted(value)]),
    ['Cache-Control', '$mynumber_guide_cache_control'],
    ['Content-Disposition', '$mynumber_guide_content_disposition'],
  ];
}

/**
 * The headers go on at server level, so that the answers nginx makes itself (400, 405, 413,
 * 414), which are not made in a location, carry them too. Each header is added twice, and
 * only one of the two ever applies:
 *  - without `always`, for the statuses nginx adds headers to by default (200, 204, 206,
 *    301, 302, 303, 304, 307, 308);
 *  - with `always`, from a variable that is empty except on a 4xx or 5xx answer.
 * The plain way, each header once with `always`, sends every header twice on a 416: nginx
 * passes that answer through its header filters a second time, after they have run for the
 * 200 it began as. Here the first pass adds them (status 200) and fixes the variables as
 * empty (nginx keeps a map's value for the rest of the request), so the second pass (416)
 * adds nothing. tests/e2e/serving.spec.ts counts the headers on each kind of answer.
 */
function headerMaps(): string[] {
  return headerValues().flatMap(([name, value]) => [`map $status ${onErrorVariable(name)} {`, `    ~^[45]   ${value};`, '    default  "";', '}']);
}

/** The server block's own directives: the same in the deployed HTTPS server and the tests'. */
function siteDirectives(site: NginxSite): string[] {
  // nginx always labels and compresses text/html; naming it again only earns a warning.
  const utf8Types = unique(FILE_KINDS.filter((fileKind) => fileKind.utf8 && fileKind.mediaType !== 'text/html').map((fileKind) => fileKind.mediaType));
  const gzipTypes = unique(FILE_KINDS.filter((fileKind) => fileKind.compress && fileKind.mediaType !== 'text/html').map((fileKind) => fileKind.mediaType));
  return [
    `    root ${site.root};`,
    '    index index.html;',
    `    access_log ${site.accessLog === 'off' ? 'off' : `${site.accessLog} mynumber_guide_private`};`,
    '    # Only critical errors (the server itself failing). At the usual level nginx would write',
    '    # the client\'s IP address, the request line with its query (search words) and the',
    '    # referrer for each refused request (a folder, a body too large, a bad request).',
    `    error_log ${site.errorLog} crit;`,
    '    log_not_found off;',
    '    server_tokens off;',
    '    # /card → /card/ answers with a path only, right behind any proxy or port.',
    '    absolute_redirect off;',
    '',
    '    types {',
    ...typesBlock(),
    '    }',
    `    default_type ${DEFAULT_MEDIA_TYPE};`,
    '    charset utf-8;',
    `    charset_types ${utf8Types.join(' ')};`,
    '',
    '    gzip on;',
    '    gzip_vary on;',
    '    gzip_proxied any;',
    '    gzip_comp_level 6;',
    '    gzip_min_length 256;',
    `    gzip_types ${gzipTypes.join(' ')};`,
    '',
    '    # Every response carries every header, the ones nginx makes itself included: see the maps',
    '    # above for why each is written twice. No location may add a header of its own, or it',
    '    # would lose these.',
    ...headerValues().flatMap(([name, value]) => [`    add_header ${name} ${value};`, `    add_header ${name} ${onErrorVariable(name)} always;`]),
    '',
    '    error_page 404 /404.html;',
    '    location / {',
    '    }',
    '    # A folder is its index.html or nothing: a folder without one (/_astro/) is a 404 like any',
    '    # missing page, not a refused directory listing.',
    '    location ~ /$ {',
    '        try_files ${uri}index.html =404;',
    '    }',
    '    # The file the build writes for static hosts, not for readers.',
    '    location = /_headers {',
    '        return 404;',
    '    }',
  ];
}

function check(site: NginxSite): void {
  checkPath('root', site.root);
  if (site.accessLog !== 'off') checkPath('access log', site.accessLog);
  checkPath('error log', site.errorLog);
  if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i.test(site.serverName)) {
    throw new Error(`nginx server name must be the site's host name, such as ${PLACEHOLDER_SERVER_NAME}: ${site.serverName}`);
  }
  checkListen(site.transport.listen);
  if (site.transport.kind === 'https') {
    checkListen(site.transport.redirectListen);
    checkPath('certificate', site.transport.certificate);
    checkPath('certificate key', site.transport.certificateKey);
    checkPath('ACME challenge root', site.transport.acmeChallengeRoot);
  }
}

/** The configuration for `site`; `siteName` (content/site.yaml) heads the file. */
export function renderNginxServer(site: NginxSite, siteName: string): string {
  check(site);
  const { transport } = site;
  const attachments = FILE_KINDS.filter((fileKind) => fileKind.disposition === 'attachment').flatMap((fileKind) => fileKind.extensions);
  const https = transport.kind === 'https' ? transport : undefined;

  const intro = https
    ? [
        `# HTTPS for ${site.serverName}, with a port-80 server that only redirects to it. Before the first`,
        '# start, get the certificate (docs/deploy.md: `certbot certonly --nginx`); the paths below',
        '# are where certbot keeps it. Generate the file for your own name and site folder with',
        '#   npm run -s nginx-config -- --server-name your.name.jp --root /var/www/mynumber-guide',
        '# nginx 1.22 (Debian 12) takes `http2` on the listen line; from 1.25.1 nginx warns and',
        '# prefers `http2 on;`, which 1.22 does not know.',
      ]
    : ['# Plain HTTP on a loopback port: the browser tests\' form of the same server block.'];

  const redirectServer = https
    ? [
        '',
        `# Port 80: only a redirect to HTTPS, and certbot's challenge files (certbot certonly --webroot).`,
        'server {',
        ...https.redirectListen.map((value) => `    listen ${value};`),
        `    server_name ${site.serverName};`,
        `    access_log ${site.accessLog === 'off' ? 'off' : `${site.accessLog} mynumber_guide_private`};`,
        `    error_log ${site.errorLog} crit;`,
        '    server_tokens off;',
        '',
        '    location ^~ /.well-known/acme-challenge/ {',
        `        root ${https.acmeChallengeRoot};`,
        '        default_type text/plain;',
        '    }',
        '    location / {',
        `        return 301 https://${site.serverName}$request_uri;`,
        '    }',
        '}',
      ]
    : [];

  return [
    `# ${siteName}: nginx configuration for the built site (the contents of dist/).`,
    '# Generated from src/lib/security-headers/ by `node scripts/nginx-config.ts`: change the source',
    '# and generate again rather than editing (tests/unit/nginx-config.test.ts compares the two).',
    '# Read inside nginx\'s http block (on Debian: copy it to /etc/nginx/conf.d/). Everything is in',
    '# this file, the Content-Security-Policy too; nothing in the web root is read as configuration.',
    ...intro,
    '',
    '# Bundled files are named by their content, so they can be kept for good; everything else is',
    '# checked with the server before each use (a 304 answer costs no body).',
    'map $uri $mynumber_guide_cache_control {',
    `    ~^/${HASHED_ASSETS_DIR}/  ${quoted(CACHE_CONTROL.hashed)};`,
    `    default     ${quoted(CACHE_CONTROL.revalidate)};`,
    '}',
    '',
    '# Downloads a browser cannot show are saved for the device or program that reads them.',
    'map $uri $mynumber_guide_content_disposition {',
    `    ~*\\.(${attachments.join('|')})$  "attachment";`,
    '    default  "";',
    '}',
    '',
    '# Each header\'s value on error answers (4xx, 5xx) only; see the add_header lines below.',
    ...headerMaps(),
    '',
    '# The access log keeps no IP address, no browser and no query string (search words).',
    'log_format mynumber_guide_private \'$time_iso8601 "$request_method $uri" $status $body_bytes_sent\';',
    '',
    'server {',
    ...(https ? https.listen.map((value) => `    listen ${value} ssl http2;`) : transport.listen.map((value) => `    listen ${value};`)),
    `    server_name ${site.serverName};`,
    ...(https
      ? [
          `    ssl_certificate ${https.certificate};`,
          `    ssl_certificate_key ${https.certificateKey};`,
          '    ssl_protocols TLSv1.2 TLSv1.3;',
          '    ssl_session_cache shared:mynumber_guide_tls:10m;',
          '    ssl_session_timeout 1d;',
          '    ssl_session_tickets off;',
        ]
      : []),
    ...siteDirectives(site),
    '}',
    ...redirectServer,
    '',
  ].join('\n');
}

/** The tests' server: the same site directives, plain HTTP on `listen` (a loopback port). */
export function plainHttpSite(site: Omit<NginxSite, 'transport'> & { listen: readonly string[] }): NginxSite {
  const { listen, ...rest } = site;
  return { ...rest, transport: { kind: 'plain-http', listen } };
}
