/**
 * The reading layer stops the real build, naming file and line or field: a kanji word that
 * nothing can read, a broken lexicon row, a glossary reading that disagrees. Same method as
 * build-errors.test.ts: copy the project, break one thing, run `astro build`, read the output.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const project = resolve(import.meta.dirname, '../..');
const made: string[] = [];

function buildWith(breakIt: (root: string) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'mnguide-reading-'));
  made.push(root);
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(project, entry), join(root, entry), { recursive: true });
  }
  symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'));
  breakIt(root);
  const run = spawnSync(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  expect(run.status, 'the build should fail').not.toBe(0);
  return `${run.stdout}\n${run.stderr}`;
}

afterAll(() => {
  for (const root of made) rmSync(root, { recursive: true, force: true });
});

describe('the reading layer fails the build with file and place', { timeout: 240_000 }, () => {
  it('a kanji word with no reading in a page names the page and the word', () => {
    const output = buildWith((root) => appendFileSync(join(root, 'content/pages/mynumber.mdx'), '\n\nこの龘は、まだ読めません。\n'));
    expect(output).toContain('content/pages/mynumber.mdx: 読みのわからない語があります');
    expect(output).toContain('「龘」');
  });

  it('a lexicon row whose reading is not kana names the file and line', () => {
    let line = 0;
    const output = buildWith((root) => {
      const file = join(root, 'content/lexicon/words.tsv');
      const text = readFileSync(file, 'utf8');
      line = text.split('\n').length;
      writeFileSync(file, `${text.replace(/\n$/, '')}\n試験\tshiken\n`);
    });
    expect(output).toContain(`content/lexicon/words.tsv:${line}: reading: 読みは ひらがな・カタカナ だけで書いてください`);
  });

  it('a glossary reading that the reading layer disputes names the file and term', () => {
    const output = buildWith((root) => {
      const file = join(root, 'content/data/glossary.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('reading: ふくほん', 'reading: ふくもと'));
    });
    expect(output).toContain('content/data/glossary.yaml: fukuhon.reading: 「副本」の読みは「ふくもと」と書かれていますが、読みの仕組みでは「ふくほん」になります');
  });
});
