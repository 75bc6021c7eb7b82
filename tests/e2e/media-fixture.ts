/**
 * The video fixture: two short test-pattern clips made with ffmpeg (testsrc/testsrc2 pictures,
 * a sine tone), with captions, chapters and a transcript written here, and a build of the site
 * with the fixture page (/media-fixture/) into .cache/media-fixture-site, apart from dist/.
 *
 * The expected values of the tests (cue texts and times, chapter sections, transcript) are the
 * ones defined in this file, not read back from the player.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LOCAL_PREVIEW_ENV } from '../../src/lib/site-address/index.ts';

export const FIXTURE_INPUT = resolve('.cache/media-fixture');
export const FIXTURE_SITE = resolve('.cache/media-fixture-site');
export const CLIP_SECONDS = 12;

/** Captions of the sign-language fixture clip: [start, end, text]. */
export const CAPTIONS: ReadonlyArray<readonly [number, number, string]> = [
  [0, 5.5, 'テストの字幕、その一です。'],
  [6, 11.5, 'テストの字幕、その二です。'],
];
/** Chapters: the section id each covers and its time span. */
export const CHAPTERS: ReadonlyArray<{ section: string; title: string; start: number; end: number }> = [
  { section: 'fixture-first', title: '最初の部分', start: 0, end: 6 },
  { section: 'fixture-second', title: '次の部分', start: 6, end: 12 },
];
export const TRANSCRIPT = ['これは、テスト用の動画の書き起こしです。', '二つめの段落です。'];

const stamp = (seconds: number) => {
  const whole = Math.floor(seconds);
  const millis = Math.round((seconds - whole) * 1000);
  return `${String(Math.floor(whole / 60)).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}.${String(millis).padStart(3, '0')}`;
};
const vtt = (cues: ReadonlyArray<{ id?: string; start: number; end: number; text: string }>) =>
  `WEBVTT\n\n${cues.map((cue) => `${cue.id ? `${cue.id}\n` : ''}${stamp(cue.start)} --> ${stamp(cue.end)}\n${cue.text}\n`).join('\n')}`;

function ffmpeg(args: string[]): void {
  execFileSync('ffmpeg', ['-v', 'error', '-y', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
}

/** One clip folder: WebM (+ MP4 when asked), poster, captions, transcript, chapters, entry. */
function makeClip(id: string, title: string, pattern: string, options: { mp4: boolean; chapters: boolean }): void {
  const folder = join(FIXTURE_INPUT, id);
  mkdirSync(folder, { recursive: true });
  const picture = ['-f', 'lavfi', '-i', `${pattern}=size=320x240:rate=10:duration=${CLIP_SECONDS}`];
  const tone = ['-f', 'lavfi', '-i', `sine=frequency=440:duration=${CLIP_SECONDS}`];
  ffmpeg([...picture, ...tone, '-c:v', 'libvpx', '-b:v', '120k', '-c:a', 'libopus', '-b:a', '24k', '-shortest', join(folder, 'clip.webm')]);
  if (options.mp4) {
    ffmpeg([...picture, ...tone, '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-b:a', '32k', '-shortest', '-movflags', '+faststart', join(folder, 'clip.mp4')]);
  }
  ffmpeg(['-f', 'lavfi', '-i', `${pattern}=size=320x240:duration=1`, '-frames:v', '1', join(folder, 'poster.jpg')]);
  writeFileSync(join(folder, 'captions.vtt'), vtt(CAPTIONS.map(([start, end, text]) => ({ start, end, text }))));
  writeFileSync(join(folder, 'transcript.txt'), `${TRANSCRIPT.join('\n\n')}\n`);
  if (options.chapters) writeFileSync(join(folder, 'chapters.vtt'), vtt(CHAPTERS.map(({ section, title, start, end }) => ({ id: section, start, end, text: title }))));
  const entry = [
    `id: ${id}`,
    `title: ${title}`,
    'kind: sign-language',
    'page: media-fixture',
    'sources:',
    '  - clip.webm',
    ...(options.mp4 ? ['  - clip.mp4'] : []),
    'poster: poster.jpg',
    'captions: captions.vtt',
    'transcript: transcript.txt',
    ...(options.chapters ? ['chapters: chapters.vtt'] : []),
    `duration: 0:${CLIP_SECONDS}`,
    'signer: テスト用の模様（手話ではありません）',
    'recorded: 2026-11-26',
  ];
  writeFileSync(join(FIXTURE_INPUT, `${id}.yaml`), `${entry.join('\n')}\n`);
}

/** Makes the fixture files and builds the fixture site; returns the build's output. */
export function buildMediaFixture(): string {
  rmSync(FIXTURE_INPUT, { recursive: true, force: true });
  makeClip('fixture-clip', 'テスト用の手話の動画', 'testsrc', { mp4: true, chapters: true });
  makeClip('fixture-speech', 'テスト用の話す動画', 'testsrc2', { mp4: false, chapters: false });
  const build = spawnSync('npx', ['astro', 'build', '--outDir', FIXTURE_SITE], {
    encoding: 'utf8',
    // Served on this machine only (LOCAL_PREVIEW=1, src/lib/site-address).
    env: { ...process.env, ...LOCAL_PREVIEW_ENV, MEDIA_FIXTURE_DIR: FIXTURE_INPUT, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  const output = `${build.stdout}\n${build.stderr}`;
  if (build.status !== 0) throw new Error(`the video fixture build failed:\n${output}`);
  return output;
}
