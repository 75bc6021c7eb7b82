/**
 * The audio guide as the pages see it at build time: public/audio/manifest.json (made by
 * `npm run media:audio`) read once per build. A guide page whose audio is missing, or whose
 * files are not what the manifest says, stops the build with the page and the command that
 * fixes it, so the site never ships a player without its audio. `npm run media:audio` builds
 * with AUDIO_GUIDE_AUTHORING=1: then such a page is built without a player, because its audio
 * is what that command is about to make. Whether the audio still matches the page text is
 * checked by the tests (tests/e2e/audio-freshness.spec.ts), which can read the finished pages.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_PATH, parseManifest, parseTimingFile, REGENERATE_COMMAND, type AudioManifest, type PageAudio } from '../lib/speech/index.ts';

let cached: AudioManifest | undefined;

export function loadAudioManifest(root = process.cwd()): AudioManifest {
  if (cached) return cached;
  const file = join(root, MANIFEST_PATH);
  cached = existsSync(file) ? parseManifest(readFileSync(file, 'utf8')) : { format: 1, voiceCredits: {}, pages: {} };
  return cached;
}

export interface GuideAudio extends PageAudio {
  /** For each chapter, the index of its first sentence (for the browser voice). */
  readonly chapterSentences: readonly number[];
}

const authoring = () => process.env.AUDIO_GUIDE_AUTHORING === '1';

export function audioGuideFor(path: string, root = process.cwd()): GuideAudio | undefined {
  const entry = loadAudioManifest(root).pages[path];
  const problem = (message: string): undefined => {
    if (authoring()) return undefined;
    throw new Error(`${path}: ${message}。${REGENERATE_COMMAND} で音声を作ってください。`);
  };
  if (!entry) return problem(`音声ガイドがありません（${MANIFEST_PATH}）`);
  for (const file of Object.values(entry.files)) {
    const local = join(root, 'public', file.url);
    if (!existsSync(local)) return problem(`${file.url} がありません`);
    if (statSync(local).size !== file.bytes) return problem(`${file.url} の大きさが ${MANIFEST_PATH} と違います`);
  }
  const timingPath = join('public', entry.files.timing.url);
  const timing = parseTimingFile(readFileSync(join(root, timingPath), 'utf8'), timingPath);
  const chapterSentences = entry.chapters.map((_, index) => timing.sentences.findIndex((sentence) => sentence.chapter === index));
  return { ...entry, chapterSentences };
}
