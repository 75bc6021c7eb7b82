/**
 * Build step (astro:build:done): reads every built page and fails the build on inline code,
 * which the site's fixed Content-Security-Policy (src/lib/security-headers/policy.ts:
 * script-src and style-src 'self') would block: an executed <script> without src, a <style>
 * element, a style or on… attribute, a javascript: URL. Then it writes dist/_headers (the
 * headers for static hosts, the same policy as deploy/nginx/mynumber-guide.conf). It writes
 * nothing for nginx: the nginx configuration holds the policy itself.
 *
 * Content (MDX) is checked earlier, as it is compiled, naming the source file
 * (content-inline-code.ts); this step also covers what layouts and components write.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CONTENT_SECURITY_POLICY, findInlineCode, renderHeadersFile } from '../lib/security-headers/index.ts';
import { listBuiltFiles } from '../build/built-files.ts';

export interface HeadersResult {
  policy: string;
  pages: number;
}

const flat = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
};

/** Scans the build in `root` and writes its _headers; throws, naming each file, on inline code. */
export function writeSecurityHeaders(root: string): HeadersResult {
  const pages = listBuiltFiles(root).filter((name) => name.endsWith('.html'));
  const problems: string[] = [];
  for (const file of pages) {
    const found = findInlineCode(readFileSync(join(root, file), 'utf8'));
    for (const script of found.scripts) {
      problems.push(`${file}: <script>: an inline script ("${flat(script)}"): move the code into a file in src/scripts/ and load it with <script src> or a component's <script>`);
    }
    for (const style of found.styles) {
      problems.push(`${file}: <style>: an inline style element ("${flat(style)}"): move the rules into a stylesheet or a component's <style>`);
    }
    problems.push(...found.problems.map((problem) => `${file}: ${problem.element}: ${problem.message}`));
  }
  if (problems.length > 0) {
    throw new Error(
      `The Content-Security-Policy (script-src and style-src 'self') runs no inline code, and these pages have some:\n${problems.map((problem) => `  ${problem}`).join('\n')}`,
    );
  }
  writeFileSync(join(root, '_headers'), renderHeadersFile());
  return { policy: CONTENT_SECURITY_POLICY, pages: pages.length };
}

export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const result = writeSecurityHeaders(fileURLToPath(dir));
        logger.info(`no inline code on ${result.pages} page(s); _headers written with the fixed Content-Security-Policy`);
      },
    },
  };
}
