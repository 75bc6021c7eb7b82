/**
 * A video that lacks captions or a transcript, or whose chapter names a section its page does
 * not have, stops the real build with the file and the field (or line). Each case copies the
 * project to a temporary folder, adds one entry in content/media/ with its files in
 * public/media/, runs `astro build` there and reads what it printed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const project = resolve(import.meta.dirname, '../..');
const made: string[] = [];

afterAll(() => {
  for (const root of made) rmSync(root, { recursive: true, force: true });
});

const CAPTIONS = 'WEBVTT\n\n00:00.000 --> 00:04.000\nカードの説明です。\n';
// The card page has a section マイナンバーカードとは (content/pages/card.mdx); not this one.
const CHAPTERS = 'WEBVTT\n\nマイナンバーカードとは\n00:00.000 --> 00:02.000\nカードとは\n\nno-such-section\n00:02.000 --> 00:04.000\nない見出し\n';

/** An entry for /card/ with its files; `omit` leaves fields out of the YAML. */
function addEntry(root: string, id: string, omit: string[] = [], chapters?: string): void {
  const folder = join(root, 'public/media', id);
  mkdirSync(folder, { recursive: true });
  mkdirSync(join(root, 'content/media'), { recursive: true });
  writeFileSync(join(folder, 'clip.webm'), Buffer.alloc(16));
  writeFileSync(join(folder, 'poster.jpg'), Buffer.alloc(16));
  writeFileSync(join(folder, 'captions.vtt'), CAPTIONS);
  writeFileSync(join(folder, 'transcript.txt'), 'カードの説明です。\n');
  if (chapters) writeFileSync(join(folder, 'chapters.vtt'), chapters);
  const fields: Record<string, string> = {
    id,
    title: 'カードの説明（テスト）',
    kind: 'sign-language',
    page: 'card',
    sources: '\n  - clip.webm',
    poster: 'poster.jpg',
    captions: 'captions.vtt',
    transcript: 'transcript.txt',
    ...(chapters ? { chapters: 'chapters.vtt' } : {}),
    duration: '0:04',
    signer: 'テスト',
    recorded: '2026-11-26',
  };
  const yaml = Object.entries(fields)
    .filter(([name]) => !omit.includes(name))
    .map(([name, value]) => `${name}:${value.startsWith('\n') ? '' : ' '}${value}`)
    .join('\n');
  writeFileSync(join(root, 'content/media', `${id}.yaml`), `${yaml}\n`);
}

function buildWith(change: (root: string) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'mnguide-media-'));
  made.push(root);
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(project, entry), join(root, entry), { recursive: true });
  }
  symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'));
  change(root);
  const astro = join(project, 'node_modules/astro/bin/astro.mjs');
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  delete env['MEDIA_FIXTURE_DIR'];
  const run = spawnSync(process.execPath, [astro, 'build'], { cwd: root, encoding: 'utf8', env });
  expect(run.status, 'the build should fail').not.toBe(0);
  return `${run.stdout}\n${run.stderr}`;
}

describe('a broken video entry fails the build, naming file and field', { timeout: 180_000 }, () => {
  it('a video without captions and one without a transcript (both reported at once)', () => {
    const output = buildWith((root) => {
      addEntry(root, 'no-captions', ['captions']);
      addEntry(root, 'no-transcript', ['transcript']);
    });
    expect(output).toContain('content/media/no-captions.yaml: captions: 字幕がありません');
    expect(output).toContain('content/media/no-transcript.yaml: transcript: 書き起こしがありません');
  });

  it('a chapter that names a section its page does not have', () => {
    const output = buildWith((root) => addEntry(root, 'bad-chapter', [], CHAPTERS));
    // The bad cue's timing is on line 8 of the chapters file.
    expect(output).toContain('public/media/bad-chapter/chapters.vtt:8: chapters（content/media/bad-chapter.yaml）');
    expect(output).toContain('「no-such-section」という見出しは /card/ にありません');
  });
});
