/**
 * The site the build-error tests break, one thing per case, before running a real `astro build`.
 *
 * Cost is what this module is about. Copying the whole project for every case meant copying the
 * 40 MB audio guide eleven times, and every build wrote its content store into the project's own
 * node_modules/.astro (node_modules was one symlink). Instead:
 *
 * - once per run (globalSetup, ./global-setup.ts) the project's site files are copied into a
 *   snapshot, without public/audio/. Every case and the control build start from those same
 *   bytes, even if someone edits content/ while the suite runs;
 * - each case gets its own folder whose files are hard links into the snapshot (no bytes copied)
 *   and whose node_modules holds one symlink per package, so Vite's and Astro's caches
 *   (node_modules/.vite, node_modules/.astro) belong to that case alone;
 * - a case changes files only through write/edit/append below, which put a new file in place of
 *   the link, so the snapshot and the other cases never see its change.
 *
 * The builds run with AUDIO_GUIDE_AUTHORING=1 (buildEnv below says why that proves the same).
 */
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, inject, onTestFinished } from 'vitest';
import { LOCAL_PREVIEW_ENV } from '../../../src/lib/site-address/index.ts';
import { PROJECT, SITE_ENTRIES } from './global-setup.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder of this run's snapshot and case copies (made by ./global-setup.ts). */
    fixtureRun: string;
  }
}

/** The same tree, with real folders and every file hard-linked (copied across file systems). */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const item of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, item.name);
    const target = join(to, item.name);
    if (item.isDirectory()) linkTree(source, target);
    else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}

/** One case's own site: change it only through these methods. */
export interface SiteCopy {
  readonly root: string;
  /** Puts `text` at `file` (relative to the site) as a new file, never through a shared link. */
  write(file: string, text: string | Buffer): void;
  /** Rewrites `file`; fails the test when the change leaves the text as it was. */
  edit(file: string, change: (text: string) => string): void;
  append(file: string, text: string): void;
  read(file: string): string;
}

function runFolder(): string {
  const folder = inject('fixtureRun');
  if (!folder) throw new Error('tests/unit/support/global-setup.ts did not run: vitest.config.ts must list it as globalSetup');
  return folder;
}

function snapshotRoot(): string {
  return join(runFolder(), 'site');
}

/** A new copy of the snapshot for one case (removed with the whole run folder at the end). */
export function copySite(label: string): SiteCopy {
  const cases = join(runFolder(), 'cases');
  mkdirSync(cases, { recursive: true });
  const root = mkdtempSync(join(cases, `${label}-`));
  const snapshot = snapshotRoot();
  for (const entry of SITE_ENTRIES) {
    const source = join(snapshot, entry);
    if (!existsSync(source)) continue;
    if (statSync(source).isDirectory()) linkTree(source, join(root, entry));
    else linkSync(source, join(root, entry));
  }
  // One symlink per package rather than one for the folder: Astro keeps its content store in
  // node_modules/.astro and Vite its cache in node_modules/.vite, and those must be this case's
  // own, not the project's (where a broken case would leave its store for the next real build).
  const modules = join(root, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(PROJECT, 'node_modules'))) {
    if (!name.startsWith('.')) symlinkSync(join(PROJECT, 'node_modules', name), join(modules, name));
  }
  const at = (file: string) => join(root, file);
  const copy: SiteCopy = {
    root,
    write(file, text) {
      mkdirSync(dirname(at(file)), { recursive: true });
      rmSync(at(file), { force: true });
      writeFileSync(at(file), text);
    },
    edit(file, change) {
      const before = copy.read(file);
      const after = change(before);
      expect(after, `the fixture edit should change ${file}`).not.toBe(before);
      copy.write(file, after);
    },
    append(file, text) {
      copy.write(file, copy.read(file) + text);
    },
    read(file) {
      return readFileSync(at(file), 'utf8');
    },
  };
  return copy;
}

/**
 * The environment of every fixture build.
 *
 * AUDIO_GUIDE_AUTHORING=1 is the mode `npm run media:audio` builds in: a page without audio is
 * built without a player, and the EPUB without narration, instead of stopping the build. That is
 * all it changes (src/data/audio-guide.ts, FormatBar.astro, PrintDownloads.astro,
 * ebook.ts). No case here is about audio: each breaks a content file and expects the check for
 * that file (schemas, cross-file ids, glossary links, readings, videos, braille) to stop the build
 * with file and field, and none of those checks reads the audio or the player. Without the mode
 * the snapshot would need the 40 MB of audio, and a page whose audio is stale would stop a case
 * with the audio message before its own check ran. The audio check itself is proved apart:
 * audio-guide-build.test.ts (audioGuideFor with and without the mode) and the build suite of
 * `npm test`, which builds the real site with its audio.
 *
 * MEDIA_FIXTURE_DIR is dropped: it adds the video test's fixture entries to the build.
 *
 * SITE_URL and LOCAL_PREVIEW are set here, not taken from the shell: these builds are never
 * published (src/lib/site-address), and a case about the address itself changes them through
 * `change` (a variable set to undefined is removed).
 */
function buildEnv(change: Readonly<Record<string, string | undefined>> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...LOCAL_PREVIEW_ENV,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    AUDIO_GUIDE_AUTHORING: '1',
    // The project's share cards: a copy would otherwise draw every card again (src/integrations/share-cards.ts).
    SHARE_CARD_CACHE_DIR: join(PROJECT, '.cache/share-cards'),
  };
  delete env['MEDIA_FIXTURE_DIR'];
  for (const [name, value] of Object.entries(change)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

export interface BuildRun {
  /** Exit code; null when the build was stopped (see `until`) or killed. */
  readonly status: number | null;
  /** True when the build printed `until` and was stopped there. */
  readonly stoppedAtMarker: boolean;
  /** stdout, then stderr; for a stopped build, what it had printed when `until` matched. */
  readonly output: string;
}

/**
 * Runs `astro build` in the copy. With `until`, the build is stopped as soon as its output
 * matches: SIGTERM to its whole process group, so that Playwright (if a later step has started)
 * closes its browser, then SIGKILL for anything still there after 5 seconds. `env` changes the
 * build's environment (see buildEnv).
 */
export function build(copy: SiteCopy, until?: RegExp, env: Readonly<Record<string, string | undefined>> = {}): Promise<BuildRun> {
  const astro = join(PROJECT, 'node_modules/astro/bin/astro.mjs');
  // Its own process group only when it may be stopped: then the group can be signalled at once.
  const child = spawn(process.execPath, [astro, 'build'], { cwd: copy.root, env: buildEnv(env), detached: until !== undefined, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let stopped = false;
  let printedAtStop = '';
  let killer: NodeJS.Timeout | undefined;
  let running = true;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      // the group has already gone
    }
  };
  // A test that times out must not leave its build running into the next case.
  onTestFinished(() => {
    if (!running) return;
    if (until === undefined) child.kill('SIGKILL');
    else signalGroup('SIGKILL');
  });
  const watch = () => {
    if (until === undefined || stopped || !until.test(`${stdout}\n${stderr}`)) return;
    stopped = true;
    // Whatever the stopped steps print while dying is not the build's own output.
    printedAtStop = `${stdout}\n${stderr}`;
    signalGroup('SIGTERM');
    killer = setTimeout(() => signalGroup('SIGKILL'), 5000);
  };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    watch();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    watch();
  });
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (status) => {
      running = false;
      // The group may outlive its leader (a browser); make sure nothing of it is left.
      if (stopped) {
        clearTimeout(killer);
        signalGroup('SIGKILL');
      }
      done({ status: stopped ? null : status, stoppedAtMarker: stopped, output: stopped ? printedAtStop : `${stdout}\n${stderr}` });
    });
  });
}

/** Runs the build, requires it to end with an error of its own, and returns what it printed. */
export async function failingBuild(copy: SiteCopy, env: Readonly<Record<string, string | undefined>> = {}): Promise<string> {
  const run = await build(copy, undefined, env);
  expect(run.status, `the build should fail (output:\n${run.output.slice(-2000)})`).not.toBe(0);
  expect(run.status, 'the build should exit with an error, not be killed').not.toBeNull();
  return run.output;
}
