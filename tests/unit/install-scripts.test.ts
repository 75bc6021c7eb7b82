/**
 * Install scripts (issue 22, item 5): npm runs a dependency's install script only when
 * package.json's allowScripts allows it, and .npmrc makes an unreviewed one stop the install
 * (strict-allow-scripts, npm 11.16 and later; without it npm runs the script with a notice).
 * The list names exactly the packages of the lockfile that have install scripts, so that no
 * entry outlives its reason. The Node binary that the `node` package installs from outside the
 * lockfile is checked against the checksum in scripts/check-node-binary.sh.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { allowScripts: Record<string, boolean> };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { hasInstallScript?: boolean }> };

describe('install scripts', () => {
  it('an install script nobody reviewed stops npm (strict-allow-scripts=true in .npmrc)', () => {
    const lines = readFileSync('.npmrc', 'utf8').split('\n').map((line) => line.trim());
    expect(lines).toContain('strict-allow-scripts=true');
    const npm = spawnSync('npm', ['config', 'get', 'strict-allow-scripts'], { encoding: 'utf8' });
    expect(npm.stdout.trim(), `npm ${spawnSync('npm', ['--version'], { encoding: 'utf8' }).stdout.trim()} must know the setting`).toBe('true');
  });

  it('allowScripts names exactly the packages of the lockfile that have install scripts', () => {
    const withScripts = [
      ...new Set(
        Object.entries(lock.packages)
          .filter(([path, entry]) => path !== '' && entry.hasInstallScript)
          .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length)),
      ),
    ].sort();
    expect(Object.keys(packageJson.allowScripts).sort()).toEqual(withScripts);
    // Puppeteer's script downloads a browser: the system Chromium is used instead.
    expect(packageJson.allowScripts['puppeteer']).toBe(false);
  });
});

describe('scripts/check-node-binary.sh', () => {
  const script = resolve('scripts/check-node-binary.sh');
  const folders: string[] = [];
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });
  /** A project folder whose node_modules/.bin/node is a file with `content`. */
  const fakeProject = (version: string, content: string) => {
    const folder = mkdtempSync(join(tmpdir(), 'node-binary-'));
    folders.push(folder);
    mkdirSync(join(folder, 'node_modules/node/bin'), { recursive: true });
    mkdirSync(join(folder, 'node_modules/.bin'));
    writeFileSync(join(folder, 'node_modules/node/package.json'), JSON.stringify({ name: 'node', version }));
    writeFileSync(join(folder, 'node_modules/node/bin/node'), content);
    symlinkSync('../node/bin/node', join(folder, 'node_modules/.bin/node'));
    return folder;
  };
  const run = (folder?: string) => spawnSync('bash', [script, ...(folder ? [folder] : [])], { encoding: 'utf8' });
  const recordedVersion = /^NODE_VERSION=(.+)$/m.exec(readFileSync(script, 'utf8'))![1]!;

  it('accepts the installed binary', () => {
    const result = run();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`node binary checked (node@${recordedVersion}`);
  });

  it('refuses a binary that is not the one recorded, saying not to run it', () => {
    const result = run(fakeProject(recordedVersion, '#!/bin/sh\necho not node\n'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/node_modules\/node\/bin\/node \(node@[\d.]+\) has SHA-256 [0-9a-f]{64}, not the recorded [0-9a-f]{64}: do not run it/);
  });

  it('refuses another version of the node package until its checksum is recorded', () => {
    const result = run(fakeProject('99.0.0', 'x'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`node_modules has node@99.0.0, but scripts/check-node-binary.sh holds the checksum of node@${recordedVersion}`);
  });
});
