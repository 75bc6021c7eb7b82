// Serving figures of the built site (issue 11): how large the security headers the build
// wrote into _headers are, against the limits of static hosts. The policy is one fixed literal
// (issue 22): it allows no inline code, so a hash in it means something has gone wrong.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Cloudflare Pages: at most 100 rules in _headers and 2,000 characters on a line. */
const HOST_RULES = 100;
const HOST_LINE = 2000;

export async function run() {
  const file = join(process.env.SITE_DIR ?? 'dist', '_headers');
  if (!existsSync(file)) return [{ label: '_headers missing (build the site first)', value: 1, unit: 'file', budget: 0 }];
  const lines = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() && !line.startsWith('#'));
  const rules = lines.filter((line) => !/^\s/.test(line));
  const everyPath = lines.slice(lines.indexOf('/*') + 1, lines.findIndex((line, index) => index > lines.indexOf('/*') && !/^\s/.test(line)));
  const policy = everyPath.find((line) => line.trim().startsWith('Content-Security-Policy:'))?.trim() ?? '';
  const hashes = (policy.match(/'sha256-/g) ?? []).length;
  // Bytes the security headers add to every response, as "Name: value\r\n".
  const headerBytes = everyPath.reduce((sum, line) => sum + Buffer.byteLength(line.trim()) + 2, 0);
  return [
    { label: 'Content-Security-Policy line in _headers', value: policy.length, unit: 'characters', budget: HOST_LINE },
    { label: 'inline scripts and styles allowed by hash', value: hashes, unit: 'hashes', budget: 0 },
    { label: 'security headers on every response', value: headerBytes, unit: 'bytes' },
    { label: 'rules in _headers', value: rules.length, unit: 'rules', budget: HOST_RULES },
  ];
}
