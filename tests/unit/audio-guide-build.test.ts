/**
 * The build never ships a guide page whose audio is missing: audioGuideFor (used by the page
 * layout at build time) throws with the page and the command, except while `npm run
 * media:audio` builds the site to make that audio (AUDIO_GUIDE_AUTHORING=1).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

function site(pages: Record<string, unknown>, files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'audio-guide-'));
  mkdirSync(join(root, 'public/audio'), { recursive: true });
  writeFileSync(join(root, 'public/audio/manifest.json'), JSON.stringify({ format: 1, voiceCredits: {}, pages }));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'public', name), text);
  return root;
}
// A timing file as media:audio writes it (src/schemas/audio.ts): one sentence in chapter 0.
const timing = `${JSON.stringify({ path: '/card/', sentences: [{ start: 0, end: 1000, text: 'T', speech: 'T', anchors: ['T'], chapter: 0 }] })}\n`;
const entry = {
  narrationHash: 'a'.repeat(64),
  engine: 'test',
  durationMs: 1000,
  sentences: 1,
  chapters: [{ id: '', level: 1, title: 'T', start: 0, end: 1000 }],
  files: {
    opus: { url: '/audio/card.opus', bytes: 4 },
    mp3: { url: '/audio/card.mp3', bytes: 3 },
    captions: { url: '/audio/card.vtt', bytes: 6 },
    chapters: { url: '/audio/card.chapters.vtt', bytes: 6 },
    timing: { url: '/audio/card.json', bytes: Buffer.byteLength(timing) },
  },
};
const files = {
  'audio/card.opus': 'opus',
  'audio/card.mp3': 'mp3',
  'audio/card.vtt': 'WEBVTT',
  'audio/card.chapters.vtt': 'WEBVTT',
  'audio/card.json': timing,
};

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});
const load = async () => (await import('../../src/data/audio-guide.ts')).audioGuideFor;

describe('audio guide at build time', () => {
  it('gives the page its audio when every file is there', async () => {
    const audioGuideFor = await load();
    expect(audioGuideFor('/card/', site({ '/card/': entry }, files))?.chapterSentences).toEqual([0]);
  });
  it('stops the build for a page with no audio, naming the page and the command', async () => {
    const audioGuideFor = await load();
    expect(() => audioGuideFor('/card/', site({}, {}))).toThrow(/^\/card\/: 音声ガイドがありません.*npm run media:audio/);
  });
  it('stops the build when a file of the page is missing', async () => {
    const audioGuideFor = await load();
    const { 'audio/card.mp3': _dropped, ...rest } = files;
    expect(() => audioGuideFor('/card/', site({ '/card/': entry }, rest))).toThrow(/^\/card\/: \/audio\/card.mp3 がありません/);
  });
  it('stops the build when the timing file is not one, naming the file and the field', async () => {
    const audioGuideFor = await load();
    const broken = '{"sentences":[{"chapter":0}]}\n';
    const brokenSite = site({ '/card/': { ...entry, files: { ...entry.files, timing: { url: '/audio/card.json', bytes: Buffer.byteLength(broken) } } } }, { ...files, 'audio/card.json': broken });
    expect(() => audioGuideFor('/card/', brokenSite)).toThrow(/public\/audio\/card\.json: sentences\[0\]\.start/);
  });
  it('builds the page without a player while media:audio makes the audio', async () => {
    vi.stubEnv('AUDIO_GUIDE_AUTHORING', '1');
    const audioGuideFor = await load();
    expect(audioGuideFor('/card/', site({}, {}))).toBeUndefined();
  });
});
