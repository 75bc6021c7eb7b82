/**
 * nginx for the browser tests: serves a built site with the shipped server block (made by
 * src/lib/security-headers/, as deploy/nginx/mynumber-guide.conf is) on a loopback port, from a
 * temporary prefix, so that no system configuration is read or changed. Each Playwright worker
 * gets its own server, and a watchdog stops it when the worker ends, even if the worker is
 * killed.
 *
 * The server block is the shipped one with plain HTTP in place of `listen 443 ssl http2` and
 * the certificate lines (plainHttpSite): every other directive, the headers, types, logs,
 * caching and locations these tests are about, is the same text. Serving the tests over TLS
 * would need a self-signed certificate that Chromium is told to trust or ignore, which tests
 * the test setup rather than the site. TLS, the redirect from port 80 and the server name are
 * tested next to Debian's own default configuration in tests/unit/nginx-debian.test.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base } from '@playwright/test';
import { siteName } from '../../src/data/content-files.ts';
import { plainHttpSite, renderNginxServer } from '../../src/lib/security-headers/index.ts';
import { SITE_DIR } from './checks.ts';

/** First port of the range the nginx test servers use (one per worker, then one for fixtures). */
const PORT_BASE = Number(process.env['NGINX_TEST_PORT'] ?? 4780);

export function nginxBinary(): string {
  const candidates = [process.env['NGINX_BINARY'], '/usr/sbin/nginx', '/usr/bin/nginx'];
  const found = candidates.find((path): path is string => Boolean(path) && existsSync(path!));
  if (!found) throw new Error('nginx is not installed: run bash scripts/setup.sh (Debian package nginx), or set NGINX_BINARY');
  return found;
}

export interface NginxServer {
  url: string;
  root: string;
  /** The error logs so far (nginx's own, at warn, and the site's, at crit as shipped). */
  errors: () => string;
  /** The site's own error log so far, as the shipped configuration writes it (crit only). */
  siteErrors: () => string;
  /** The access log so far, as the shipped configuration writes it. */
  accessLog: () => string;
  stop: () => Promise<void>;
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port }, () => {
      socket.end();
      done(true);
    });
    socket.on('error', () => done(false));
  });
}

/** Starts nginx serving `root` on 127.0.0.1:`port` and waits until it answers. */
export async function startNginx(root: string, port: number): Promise<NginxServer> {
  const siteRoot = resolve(root);
  if (!existsSync(join(siteRoot, '404.html'))) {
    throw new Error(`${siteRoot}/404.html is missing: build the site (astro build) before the nginx tests`);
  }
  if (await portAnswers(port)) throw new Error(`port ${port} is in use: stop what listens there or set NGINX_TEST_PORT`);
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-test-'));
  const errorLog = join(prefix, 'error.log');
  const siteErrorLog = join(prefix, 'site-error.log');
  writeFileSync(
    join(prefix, 'site.conf'),
    renderNginxServer(plainHttpSite({ root: siteRoot, listen: [`127.0.0.1:${port}`], serverName: 'localhost', accessLog: join(prefix, 'access.log'), errorLog: siteErrorLog }), siteName()),
  );
  // The frame around the shipped server block. One process without a master (test use only):
  // it reads the site as the user running the tests, and nothing is left behind when it stops.
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      'daemon off;',
      'master_process off;',
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${errorLog} warn;`,
      'events { worker_connections 256; }',
      'http {',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${name}_temp_path ${join(prefix, name)};`),
      '  sendfile on;',
      `  include ${join(prefix, 'site.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  // The watchdog shell ends nginx when the test process that started it is gone.
  const watchdog = [
    '"$NGINX" -p "$PREFIX" -c "$PREFIX/nginx.conf" -e "$PREFIX/error.log" & server=$!',
    'trap \'kill -QUIT $server 2>/dev/null; wait $server; exit 0\' TERM INT',
    'while kill -0 "$OWNER" 2>/dev/null && kill -0 $server 2>/dev/null; do sleep 1; done',
    'kill -QUIT $server 2>/dev/null; wait $server',
  ].join('\n');
  const child: ChildProcess = spawn('sh', ['-c', watchdog], {
    env: { ...process.env, NGINX: nginxBinary(), PREFIX: prefix, OWNER: String(process.pid) },
    stdio: 'ignore',
  });
  const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
  const errors = () => `${read(errorLog)}${read(siteErrorLog)}`;
  let exited = false;
  child.on('exit', () => (exited = true));
  const deadline = Date.now() + 10_000;
  while (!(await portAnswers(port))) {
    if (exited || Date.now() > deadline) {
      const log = errors();
      child.kill('SIGTERM');
      rmSync(prefix, { recursive: true, force: true });
      throw new Error(`nginx did not start on port ${port}:\n${log}`);
    }
    await new Promise((wait) => setTimeout(wait, 50));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    root: siteRoot,
    errors,
    siteErrors: () => read(siteErrorLog),
    accessLog: () => (existsSync(join(prefix, 'access.log')) ? readFileSync(join(prefix, 'access.log'), 'utf8') : ''),
    stop: async () => {
      if (!exited) {
        const ended = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await ended;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

/** Tests get `nginx` (the built site served by nginx) and a baseURL pointing at it. */
export const test = base.extend<{ nginxFixturePort: number }, { nginx: NginxServer }>({
  nginx: [
    async ({}, use, workerInfo) => {
      const server = await startNginx(SITE_DIR, PORT_BASE + workerInfo.parallelIndex);
      await use(server);
      await server.stop();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ nginx }, use) => use(nginx.url),
  /** A second port per worker, for a server over a folder of sample files. */
  nginxFixturePort: async ({}, use, testInfo) => use(PORT_BASE + 10 + testInfo.parallelIndex),
});

export { expect } from '@playwright/test';
