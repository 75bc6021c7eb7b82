/**
 * Bad content must stop the real build with the file, the field and a plain message. Each
 * case copies the project to a temporary folder, breaks one thing, runs `astro build` there and
 * reads what it printed. (The schemas alone are tested in schemas.test.ts; this proves the
 * messages reach the person running the build.)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const project = resolve(import.meta.dirname, '../..');
const made: string[] = [];

function buildWith(breakIt: (root: string) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'mnguide-bad-'));
  made.push(root);
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(project, entry), join(root, entry), { recursive: true });
  }
  symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'));
  breakIt(root);
  const astro = join(project, 'node_modules/astro/bin/astro.mjs');
  const run = spawnSync(process.execPath, [astro, 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  expect(run.status, 'the build should fail').not.toBe(0);
  return `${run.stdout}\n${run.stderr}`;
}

function edit(root: string, file: string, change: (text: string) => string): void {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after, `the fixture edit should change ${file}`).not.toBe(before);
  writeFileSync(path, after);
}

afterAll(() => {
  for (const root of made) rmSync(root, { recursive: true, force: true });
});

describe('a broken content file fails the build, naming file and field', { timeout: 180_000 }, () => {
  it('a figure without its date', () => {
    const output = buildWith((root) => edit(root, 'content/data/figures.yaml', (text) => text.replace(/\n  asOf: 2021-05-11\n/, '\n')));
    expect(output).toContain('content/data/figures.yaml');
    expect(output).toContain('asOf');
  });

  it('a glossary link to a term that does not exist', () => {
    const output = buildWith((root) =>
      edit(root, 'content/pages/mynumber.mdx', (text) => `${text}\n\n[ない用語](/glossary/#term-no-such-term)\n`),
    );
    expect(output).toContain('content/pages/mynumber.mdx');
    expect(output).toMatch(/href: 用語集に「no-such-term」はありません/);
  });

  it('a procedure row without any document', () => {
    const output = buildWith((root) =>
      edit(root, 'content/data/procedures.yaml', (text) => text.replace('documents: [juminhyo, kazei-shomeisho]', 'documents: []')),
    );
    expect(output).toContain('content/data/procedures.yaml');
    expect(output).toContain('documents');
    expect(output).toContain('省略できる書類を 1 つ以上 書いてください');
  });

  it('a page that names a figure which does not exist', () => {
    const output = buildWith((root) => edit(root, 'content/pages/mynumber.mdx', (text) => text.replace('nav: true', 'nav: true\nfigures: [no-such-figure]')));
    expect(output).toContain('content/pages/mynumber.mdx: figures[0]: figures.yaml に数字「no-such-figure」はありません');
  });

  it('a page without its plain-Japanese summary', () => {
    const output = buildWith((root) => edit(root, 'content/pages/mynumber.mdx', (text) => text.replace(/summary:\n(  - .*\n)+/, '')));
    expect(output).toContain('mynumber');
    expect(output).toContain('summary');
  });
});
