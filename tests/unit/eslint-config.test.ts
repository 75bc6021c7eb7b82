/**
 * The lint suite (eslint.config.js) can fail: a type-aware rule still reports in a TypeScript
 * file, and an Astro rule in an .astro file. A config that silently stopped reading types, or
 * stopped linting .astro files, would pass `npm run lint` on any code; here it fails.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ overrideConfigFile: 'eslint.config.js' });

/**
 * The rules that report on `code`, linted as if it were the file `filePath`. TypeScript's project
 * service reads only files that exist, so a TypeScript snippet takes the name of this file.
 */
async function rulesOn(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((message) => message.ruleId ?? `fatal: ${message.message}`);
}

describe('eslint.config.js', () => {
  it('reads TypeScript types: a floating promise in a .ts file is reported', async () => {
    const code = 'export async function later(): Promise<number> {\n  return 1;\n}\nlater();\n';
    expect(await rulesOn(code, 'tests/unit/eslint-config.test.ts')).toEqual(['@typescript-eslint/no-floating-promises']);
    // TypeScript reads the whole project first: 4 to 8 s on the 2-core machine.
  }, 30_000);

  it('lints .astro files with the Astro rules', async () => {
    const code = '---\nexport const prerender = true;\n---\n<p>proof</p>\n';
    expect(await rulesOn(code, 'src/components/LintProof.astro')).toEqual(['astro/no-prerender-export-outside-pages']);
  });
});
