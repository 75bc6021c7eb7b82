/**
 * The nginx configuration for serving the built site: a server block (committed as
 * deploy/nginx/mynumber-guide.conf, read inside nginx's http block) and the small file each
 * build writes with its Content-Security-Policy (dist/_nginx/content-security-policy.conf),
 * which the server block includes. Everything is made from policy.ts and file-kinds.ts.
 */
import { FILE_KINDS, DEFAULT_MEDIA_TYPE } from './file-kinds.ts';
import { CACHE_CONTROL, FIXED_SECURITY_HEADERS, HASHED_ASSETS_DIR } from './policy.ts';

export interface NginxSite {
  /** Absolute path of the built site (the contents of dist/). */
  root: string;
  /** Each `listen` value, e.g. `80`, `[::]:80`, `127.0.0.1:4800`. */
  listen: readonly string[];
  serverName: string;
  /** Where the access log goes (see log format below), or `off`. */
  accessLog: string;
}

/** The configuration committed in deploy/nginx/: a plain HTTP server on port 80. */
export const DEPLOYED_SITE: NginxSite = {
  root: '/var/www/mynumber-guide',
  listen: ['80', '[::]:80'],
  serverName: '_',
  accessLog: '/var/log/nginx/mynumber-guide.access.log',
};

/** Where, inside the built site, the build writes the policy for nginx to include. */
export const NGINX_POLICY_FILE = '_nginx/content-security-policy.conf';
const POLICY_VARIABLE = '$mynumber_guide_csp';

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

/** The file each build writes: sets the variable the server block sends as the policy. */
export function renderNginxPolicyFile(contentSecurityPolicy: string): string {
  return [
    '# The Content-Security-Policy of this build (it lists the hashes of the build\'s inline code).',
    '# Written by the build from src/lib/security-headers/; included by deploy/nginx/mynumber-guide.conf.',
    `set ${POLICY_VARIABLE} ${quoted(contentSecurityPolicy)};`,
    '',
  ].join('\n');
}

function typesBlock(): string[] {
  const byType = new Map<string, string[]>();
  for (const fileKind of FILE_KINDS) byType.set(fileKind.mediaType, [...(byType.get(fileKind.mediaType) ?? []), ...fileKind.extensions]);
  const width = Math.max(...[...byType.keys()].map((type) => type.length));
  return [...byType].map(([type, extensions]) => `        ${type.padEnd(width)}  ${extensions.join(' ')};`);
}

const unique = (values: string[]) => [...new Set(values)];

export function renderNginxServer(site: NginxSite): string {
  checkPath('root', site.root);
  if (site.accessLog !== 'off') checkPath('access log', site.accessLog);
  if (site.listen.length === 0 || site.listen.some((value) => !/^[\w.:[\]]+$/.test(value))) {
    throw new Error(`nginx listen values must be ports or address:port pairs: ${site.listen.join(', ')}`);
  }
  if (!/^[\w.*-]+$/.test(site.serverName)) throw new Error(`nginx server name must be a host name or _: ${site.serverName}`);

  const attachments = FILE_KINDS.filter((fileKind) => fileKind.disposition === 'attachment').flatMap((fileKind) => fileKind.extensions);
  // nginx always labels and compresses text/html; naming it again only earns a warning.
  const utf8Types = unique(FILE_KINDS.filter((fileKind) => fileKind.utf8 && fileKind.mediaType !== 'text/html').map((fileKind) => fileKind.mediaType));
  const gzipTypes = unique(FILE_KINDS.filter((fileKind) => fileKind.compress && fileKind.mediaType !== 'text/html').map((fileKind) => fileKind.mediaType));
  const headerLines = [
    ['Content-Security-Policy', POLICY_VARIABLE],
    ...FIXED_SECURITY_HEADERS.map(({ name, value }) => [name, quoted(value)]),
    ['Cache-Control', '$mynumber_guide_cache_control'],
    ['Content-Disposition', '$mynumber_guide_content_disposition'],
  ].map(([name, value]) => `        add_header ${name} ${value} always;`);

  return [
    '# みんなのマイナンバーガイド: nginx server for the built site (the contents of dist/).',
    '# Generated from src/lib/security-headers/ by `node scripts/nginx-config.ts`: change the source',
    '# and generate again rather than editing (tests/unit/nginx-config.test.ts compares the two).',
    '# Read inside nginx\'s http block (e.g. as /etc/nginx/conf.d/mynumber-guide.conf). After each',
    '# deployment run `nginx -t && nginx -s reload`: the Content-Security-Policy comes with the',
    `# build, in ${NGINX_POLICY_FILE}.`,
    '# For HTTPS, add your certificate to this server (or let a tool such as certbot add it);',
    '# the headers already tell browsers to keep to HTTPS.',
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
    '# The access log keeps no IP address, no browser and no query string (search words).',
    'log_format mynumber_guide_private \'$time_iso8601 "$request_method $uri" $status $body_bytes_sent\';',
    '',
    'server {',
    ...site.listen.map((value) => `    listen ${value};`),
    `    server_name ${site.serverName};`,
    `    root ${site.root};`,
    '    index index.html;',
    `    access_log ${site.accessLog === 'off' ? 'off' : `${site.accessLog} mynumber_guide_private`};`,
    '    # A missing file is the reader\'s typo, not a server fault: keep it (and the address and',
    '    # query it came with) out of the error log.',
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
    `    include ${site.root}/${NGINX_POLICY_FILE};`,
    '    error_page 404 /404.html;',
    '',
    '    location / {',
    '        # Every response, the 404 page included, carries every header (hence "always").',
    ...headerLines,
    '    }',
    '',
    '    # Files the build writes for hosting, not for readers.',
    '    location = /_headers { return 404; }',
    `    location ^~ /${NGINX_POLICY_FILE.split('/')[0]}/ { return 404; }`,
    '}',
    '',
  ].join('\n');
}
