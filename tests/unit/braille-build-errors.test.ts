/**
 * A character with no braille rule stops the real build, naming the page, the character and its
 * code point: nothing is dropped silently from a braille download. Same method as
 * build-errors.test.ts: copy the project, break one thing, run `astro build`, read the output.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const project = resolve(import.meta.dirname, '../..');
const made: string[] = [];

afterAll(() => {
  for (const root of made) rmSync(root, { recursive: true, force: true });
});

describe('braille downloads fail the build on a character with no rule', { timeout: 240_000 }, () => {
  it('an emoji on a guide page names the page, the character and its code point', () => {
    const root = mkdtempSync(join(tmpdir(), 'mnguide-braille-'));
    made.push(root);
    for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
      cpSync(join(project, entry), join(root, entry), { recursive: true });
    }
    symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'));
    appendFileSync(join(root, 'content/pages/mynumber.mdx'), '\n\nマイナンバーは大切です😀。\n');
    const run = spawnSync(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, 'the build should fail').not.toBe(0);
    expect(output).toContain('/mynumber/: 点字にできない文字「😀」（U+1F600）があります');
  });
});
