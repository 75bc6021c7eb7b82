import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MANIFEST_PATH, parseManifest, parseTimingFile } from '../lib/speech/index.ts';

const sentence = { start: 0, end: 900, text: '文です。', speech: 'ぶんです。', anchors: ['文です。'], chapter: 0 };

describe('the audio guide files are checked, not cast', () => {
  it('the committed manifest and every timing file it names pass', () => {
    const manifest = parseManifest(readFileSync(MANIFEST_PATH, 'utf8'));
    for (const entry of Object.values(manifest.pages)) {
      const file = `public${entry.files.timing.url}`;
      expect(parseTimingFile(readFileSync(file, 'utf8'), file).sentences.length).toBe(entry.sentences);
    }
  });

  it('a timing file with a wrong field names the file, the sentence and the field', () => {
    const json = JSON.stringify({ path: '/card/', sentences: [sentence, { ...sentence, start: '0' }, { ...sentence, anchors: undefined }] });
    expect(() => parseTimingFile(json, 'public/audio/card.json')).toThrow(/^public\/audio\/card\.json: sentences\[1\]\.start: .*\npublic\/audio\/card\.json: sentences\[2\]\.anchors: /);
  });

  it('a manifest entry without its MP3 names the page and the field', () => {
    const file = { url: '/audio/card.opus', bytes: 1 };
    const entry = { narrationHash: 'a'.repeat(64), engine: 'test', durationMs: 1, sentences: 1, chapters: [], files: { opus: file, captions: file, chapters: file, timing: file } };
    expect(() => parseManifest(JSON.stringify({ format: 1, voiceCredits: {}, pages: { '/card/': entry } }), 'dist/audio/manifest.json')).toThrow(
      'dist/audio/manifest.json: pages["/card/"].files.mp3: ',
    );
  });

  it('a file that is not JSON is named', () => {
    expect(() => parseTimingFile('{', 'public/audio/x.json')).toThrow(/^public\/audio\/x\.json: JSON として読めません/);
  });
});
