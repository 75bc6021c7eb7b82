/**
 * The shipped nginx configuration (deploy/nginx/mynumber-guide.conf, byte for byte but for the
 * paths named below) next to Debian's own default configuration: /etc/nginx/nginx.conf and
 * the default site in sites-enabled/, as the package installs them (checked against the
 * package's checksums). Debian's default site answers every name it is not told about
 * ("Welcome to nginx!"), so the guide's server must be chosen by its name.
 *
 * Nothing of the system is changed: /etc/nginx is copied into a temporary folder and nginx
 * reads the copy (-c). In the copies, only paths move into that folder: /etc/nginx/ itself,
 * the logs and pid file, the certificate (a throwaway self-signed one made here with openssl,
 * for the placeholder name) and, for the running server, the site and the certbot folder; the
 * running server also listens on loopback ports in place of 80 and 443.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect as http2Connect } from 'node:http2';
import { request as httpsRequest } from 'node:https';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/security-headers/index.ts';

const SHIPPED = 'deploy/nginx/mynumber-guide.conf';
const NAME = 'guide.example.jp';
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));
const DEBIAN_FILES = ['/etc/nginx/nginx.conf', '/etc/nginx/sites-available/default'];

/** Replaces `from` (which must be there) everywhere in `text`. */
function moved(text: string, from: string | RegExp, to: string, what: string): string {
  const found = typeof from === 'string' ? text.includes(from) : from.test(text);
  if (!found) throw new Error(`${what}: ${String(from)} is not in the file`);
  return typeof from === 'string' ? text.replaceAll(from, to) : text.replace(new RegExp(from.source, `${from.flags.replace('g', '')}g`), to);
}

/**
 * Copies a folder as plain files and folders: every link is followed and its content written
 * as a file of its own (sites-enabled/default is a link to /etc/nginx/sites-available/default;
 * a copied link would let the test write into the system's file).
 */
function copyAsFiles(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    const target = join(to, name);
    if (statSync(source).isDirectory()) copyAsFiles(source, target);
    else writeFileSync(target, readFileSync(source));
  }
}

/** Writes into the copy only: refuses a path that is a link or lies outside `folder`. */
function writeInCopy(folder: string, file: string, text: string): void {
  if (!file.startsWith(`${folder}/`) || lstatSync(file).isSymbolicLink()) throw new Error(`refusing to write ${file}: not a plain file of the copy in ${folder}`);
  writeFileSync(file, text);
}

/** Debian's package checksums of its configuration files (dpkg keeps them as "Conffiles"). */
function packageChecksums(): Map<string, string> {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Conffiles}\\n', 'nginx-common', 'nginx'], { encoding: 'utf8' });
  const sums = new Map<string, string>();
  for (const line of (result.stdout ?? '').split('\n')) {
    const [path, sum] = line.trim().split(/\s+/);
    if (path && sum) sums.set(path, sum);
  }
  return sums;
}

interface Layout {
  folder: string;
  /** The copied nginx.conf to pass with -c. */
  config: string;
  certificate: string;
}

/**
 * Copies /etc/nginx into `folder`, with the shipped file in conf.d/ (where the deployment guide
 * puts it), and the certificate for the placeholder name made with openssl.
 */
function debianWithGuide(folder: string, adapt: (shipped: string, site: string) => [string, string] = (shipped, site) => [shipped, site]): Layout {
  const etc = join(folder, 'etc-nginx');
  copyAsFiles('/etc/nginx', etc);
  const logs = join(folder, 'log');
  const certificates = join(folder, 'letsencrypt', NAME);
  mkdirSync(logs);
  mkdirSync(certificates, { recursive: true });
  const openssl = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${NAME}`, '-addext', `subjectAltName=DNS:${NAME}`,
      '-keyout', join(certificates, 'privkey.pem'), '-out', join(certificates, 'fullchain.pem')],
    { encoding: 'utf8' },
  );
  if (openssl.status !== 0) throw new Error(`openssl could not make the test certificate:\n${openssl.stderr}`);

  let main = readFileSync(join(etc, 'nginx.conf'), 'utf8');
  main = moved(main, '/etc/nginx/', `${etc}/`, 'nginx.conf');
  main = moved(main, /^pid .*;$/m, `pid ${join(folder, 'nginx.pid')};`, 'nginx.conf');
  main = moved(main, '/var/log/nginx/', `${logs}/`, 'nginx.conf');
  writeInCopy(folder, join(etc, 'nginx.conf'), main);

  let shipped = readFileSync(SHIPPED, 'utf8');
  shipped = moved(shipped, `/etc/letsencrypt/live/${NAME}/`, `${certificates}/`, SHIPPED);
  shipped = moved(shipped, '/var/log/nginx/', `${logs}/`, SHIPPED);
  const [guide, site] = adapt(shipped, readFileSync(join(etc, 'sites-enabled/default'), 'utf8'));
  writeFileSync(join(etc, 'conf.d/mynumber-guide.conf'), guide);
  writeInCopy(folder, join(etc, 'sites-enabled/default'), site);
  return { folder, config: join(etc, 'nginx.conf'), certificate: join(certificates, 'fullchain.pem') };
}

const folders: string[] = [];
const tempFolder = () => {
  const folder = mkdtempSync(join(tmpdir(), 'nginx-debian-'));
  chmodSync(folder, 0o755);
  folders.push(folder);
  return folder;
};
afterAll(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe("the shipped nginx configuration next to Debian's default site", () => {
  beforeAll(() => {
    if (!NGINX) throw new Error('nginx is not installed: run bash scripts/setup.sh (Debian package nginx)');
    const sums = packageChecksums();
    for (const file of DEBIAN_FILES) {
      const wanted = sums.get(file);
      if (!wanted) throw new Error(`dpkg knows no checksum for ${file}: this test needs Debian's nginx package`);
      const actual = createHash('md5').update(readFileSync(file)).digest('hex');
      if (actual !== wanted) throw new Error(`${file} is not the file Debian's package installs (md5 ${actual}, package ${wanted}): this test needs Debian's default configuration`);
    }
    if (!existsSync('/etc/nginx/sites-enabled/default')) throw new Error("/etc/nginx/sites-enabled/default is missing: Debian's default site is not enabled");
  });

  it('passes nginx -t with no warning', () => {
    const layout = debianWithGuide(tempFolder());
    const run = spawnSync(NGINX!, ['-t', '-c', layout.config], { encoding: 'utf8' });
    const output = `${run.stdout}${run.stderr}`;
    expect(output).toMatch(/syntax is ok/);
    expect(output).toMatch(/test is successful/);
    expect(run.status, output).toBe(0);
    // Not as root, nginx says the "user" line of Debian's nginx.conf is ignored; nothing else.
    const warnings = output.split('\n').filter((line) => /\[(warn|emerg|alert|crit)\]/.test(line) && !/the "user" directive makes sense only if the master process runs with super-user privileges/.test(line));
    expect(warnings).toEqual([]);
  });

  describe('running, on loopback ports in place of 80 and 443', () => {
    let server: ChildProcess | undefined;
    let layout: Layout;
    const ports = { http: 0, https: 0 };
    let serverOutput = '';

    beforeAll(async () => {
      const folder = tempFolder();
      ports.http = 4860 + (process.pid % 50);
      ports.https = ports.http + 60;
      const site = join(folder, 'site');
      const acme = join(folder, 'acme');
      mkdirSync(site);
      mkdirSync(join(acme, '.well-known/acme-challenge'), { recursive: true });
      writeFileSync(join(site, 'index.html'), '<!doctype html><html lang="ja"><title>みんなのマイナンバーガイド</title><p>guide-page-marker</p></html>\n');
      writeFileSync(join(site, '404.html'), '<!doctype html><title>ページが見つかりません</title>\n');
      writeFileSync(join(acme, '.well-known/acme-challenge/token-1'), 'challenge-answer\n');
      layout = debianWithGuide(folder, (shipped, debianSite) => {
        let guide = moved(shipped, 'root /var/www/mynumber-guide;', `root ${site};`, SHIPPED);
        guide = moved(guide, 'root /var/www/letsencrypt;', `root ${acme};`, SHIPPED);
        guide = moved(guide, /^ {4}listen 443 ssl http2;$/m, `    listen 127.0.0.1:${ports.https} ssl http2;`, SHIPPED);
        guide = moved(guide, /^ {4}listen \[::\]:443 ssl http2;$/m, `    listen [::1]:${ports.https} ssl http2;`, SHIPPED);
        guide = moved(guide, /^ {4}listen 80;$/m, `    listen 127.0.0.1:${ports.http};`, SHIPPED);
        guide = moved(guide, /^ {4}listen \[::\]:80;$/m, `    listen [::1]:${ports.http};`, SHIPPED);
        let other = moved(debianSite, /^\tlisten 80 default_server;$/m, `\tlisten 127.0.0.1:${ports.http} default_server;`, 'sites-enabled/default');
        other = moved(other, /^\tlisten \[::\]:80 default_server;$/m, `\tlisten [::1]:${ports.http} default_server;`, 'sites-enabled/default');
        return [guide, other];
      });
      // One process, in the foreground, stopped by the test (test use only).
      server = spawn(NGINX!, ['-c', layout.config, '-g', 'daemon off; master_process off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
      server.stdout!.on('data', (chunk: Buffer) => (serverOutput += chunk.toString()));
      server.stderr!.on('data', (chunk: Buffer) => (serverOutput += chunk.toString()));
      const deadline = Date.now() + 10_000;
      while (!(await answers(ports.https)) || !(await answers(ports.http))) {
        if (server.exitCode !== null || Date.now() > deadline) throw new Error(`nginx did not start:\n${serverOutput}`);
        await new Promise((wait) => setTimeout(wait, 50));
      }
    });

    afterAll(async () => {
      if (server && server.exitCode === null) {
        const ended = new Promise((done) => server!.once('exit', done));
        server.kill('SIGQUIT');
        await ended;
      }
    });

    it(`port 80 sends ${NAME} to HTTPS, by the name, with the path and query`, async () => {
      const response = await get('http', ports.http, NAME, '/card/?q=1');
      expect(response.status, response.body).toBe(301);
      expect(response.headers['location']).toBe(`https://${NAME}/card/?q=1`);
    });

    it("port 80 answers certbot's challenge for the name from the certbot folder", async () => {
      const response = await get('http', ports.http, NAME, '/.well-known/acme-challenge/token-1');
      expect(response.status).toBe(200);
      expect(response.body).toBe('challenge-answer\n');
    });

    it("other names still get Debian's default site (which is why the guide's server needs its name)", async () => {
      const response = await get('http', ports.http, 'other.example', '/');
      expect(response.body).toContain('Welcome to nginx!');
    });

    it(`HTTPS for ${NAME} serves the guide with its headers, under a certificate checked for that name`, async () => {
      const response = await get('https', ports.https, NAME, '/', readFileSync(layout.certificate));
      expect(response.status).toBe(200);
      expect(response.body).toContain('guide-page-marker');
      expect(response.body).not.toContain('Welcome to nginx!');
      expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers['strict-transport-security']).toBe('max-age=31536000');
    });

    it('HTTPS speaks HTTP/2', async () => {
      const client = http2Connect(`https://127.0.0.1:${ports.https}`, { ca: readFileSync(layout.certificate), servername: NAME });
      try {
        const { status, protocol } = await new Promise<{ status: number; protocol: string | undefined }>((done, fail) => {
          client.on('error', fail);
          const stream = client.request({ ':path': '/', ':authority': NAME });
          stream.on('response', (headers) => done({ status: Number(headers[':status']), protocol: client.alpnProtocol }));
          stream.on('error', fail);
          stream.resume();
          stream.end();
        });
        expect(protocol).toBe('h2');
        expect(status).toBe(200);
      } finally {
        client.close();
      }
    });
  });
});

function answers(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port }, () => {
      socket.end();
      done(true);
    });
    socket.on('error', () => done(false));
  });
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One GET to 127.0.0.1:port with this Host (and, over HTTPS, this name in SNI, checked against `ca`). */
function get(scheme: 'http' | 'https', port: number, host: string, path: string, ca?: Buffer): Promise<Answer> {
  return new Promise((done, fail) => {
    const options = { host: '127.0.0.1', port, path, headers: { host } };
    const onResponse = (response: import('node:http').IncomingMessage) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      response.on('end', () => done({ status: response.statusCode ?? 0, headers: response.headers, body }));
    };
    const request = scheme === 'https' ? httpsRequest({ ...options, servername: host, ca: ca! }, onResponse) : httpRequest(options, onResponse);
    request.setTimeout(10_000, () => request.destroy(new Error(`no answer from ${scheme}://${host}${path}`)));
    request.on('error', fail);
    request.end();
  });
}
