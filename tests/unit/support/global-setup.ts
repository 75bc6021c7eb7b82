/**
 * Vitest globalSetup: one snapshot of the site per run for the tests that run real builds
 * (./fixture-site.ts), removed with every case copy when the run ends. Without the audio guide
 * the copy is about 2 MB and takes a fraction of a second, so it is made even for runs that build
 * nothing. (This file runs outside the test workers, so it imports nothing from vitest at run time.)
 */
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

export const PROJECT = resolve(import.meta.dirname, '../../..');

/** What `astro build` reads from the project (node_modules is linked per case). */
export const SITE_ENTRIES = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * Left out: the audio guide (about 40 MB, all of public/ but the favicon). The builds run in the
 * audio authoring mode, in which no step needs it (buildEnv in ./fixture-site.ts says why that
 * changes nothing the cases prove).
 */
const LEFT_OUT = ['public/audio'];

function makeSnapshot(snapshot: string): void {
  mkdirSync(snapshot, { recursive: true });
  const leftOut = new Set(LEFT_OUT.map((entry) => join(PROJECT, entry)));
  for (const entry of SITE_ENTRIES) {
    cpSync(join(PROJECT, entry), join(snapshot, entry), { recursive: true, filter: (source) => !leftOut.has(source) });
  }
  // Read-only, so that a case writing into a hard link by mistake (instead of through
  // SiteCopy.write) gets EACCES rather than changing the file under every other case. Root
  // ignores the mode; SiteCopy.write, which replaces the link, is what keeps the copies apart.
  for (const file of filesUnder(snapshot)) chmodSync(file, 0o444);
}

function* filesUnder(folder: string): Generator<string> {
  for (const item of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, item.name);
    if (item.isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

export default function setup(project: TestProject): () => void {
  const run = mkdtempSync(join(tmpdir(), 'mnguide-fixture-'));
  makeSnapshot(join(run, 'site'));
  project.provide('fixtureRun', run);
  return () => rmSync(run, { recursive: true, force: true });
}
