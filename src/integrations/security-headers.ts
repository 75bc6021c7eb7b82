/**
 * Build step (astro:build:done): reads every built page, makes the Content-Security-Policy
 * from the inline scripts and styles it finds, and writes the headers for hosting:
 * dist/_headers (static hosts) and dist/_nginx/content-security-policy.conf (included by
 * deploy/nginx/mynumber-guide.conf). Inline code that no hash can allow fails the build.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  contentSecurityPolicy,
  findInlineCode,
  NGINX_POLICY_FILE,
  parsePolicy,
  renderHeadersFile,
  renderNginxPolicyFile,
} from '../lib/security-headers/index.ts';
import { listBuiltFiles } from './built-files.ts';

/** Pagefind's index reader is WebAssembly, shipped as wasm.<language>.pagefind. */
const isWebAssembly = (file: string) => file.endsWith('.wasm') || /(^|\/)wasm\.[\w-]+\.pagefind$/.test(file);

export interface HeadersResult {
  policy: string;
  scriptHashes: number;
  styleHashes: number;
}

/** Scans the build in `root` and writes its header files; throws on uncoverable inline code. */
export function writeSecurityHeaders(root: string): HeadersResult {
  const files = listBuiltFiles(root);
  const scripts: string[] = [];
  const styles: string[] = [];
  const problems: string[] = [];
  for (const file of files.filter((name) => name.endsWith('.html'))) {
    const found = findInlineCode(readFileSync(join(root, file), 'utf8'));
    scripts.push(...found.scripts);
    styles.push(...found.styles);
    problems.push(...found.problems.map((problem) => `${file}: ${problem.element}: ${problem.message}`));
  }
  if (problems.length > 0) {
    throw new Error(
      `The Content-Security-Policy allows inline scripts and styles only by hash, which these cannot have:\n${problems.map((problem) => `  ${problem}`).join('\n')}`,
    );
  }
  const policy = contentSecurityPolicy({ scripts, styles, webAssembly: files.some(isWebAssembly) });
  const unsafe = [...parsePolicy(policy).values()].flat().filter((source) => /^'unsafe-(inline|eval|hashes)'$/.test(source));
  if (unsafe.length > 0) throw new Error(`The Content-Security-Policy must not contain ${unsafe.join(', ')}`);

  writeFileSync(join(root, '_headers'), renderHeadersFile(policy));
  const nginxFile = join(root, NGINX_POLICY_FILE);
  mkdirSync(dirname(nginxFile), { recursive: true });
  writeFileSync(nginxFile, renderNginxPolicyFile(policy));
  return {
    policy,
    scriptHashes: parsePolicy(policy).get('script-src')!.filter((source) => source.startsWith("'sha256-")).length,
    styleHashes: parsePolicy(policy).get('style-src')!.filter((source) => source.startsWith("'sha256-")).length,
  };
}

export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const result = writeSecurityHeaders(fileURLToPath(dir));
        logger.info(`_headers and ${NGINX_POLICY_FILE} written; the policy allows ${result.scriptHashes} inline script(s) and ${result.styleHashes} inline style(s) by hash`);
      },
    },
  };
}
