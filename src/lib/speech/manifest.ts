/**
 * public/audio/manifest.json: for every guide page, the hash of the narration its audio was
 * made from, the files and their sizes, and the chapter times the player lists. The tests
 * recompute each page's narration from the built site and compare hashes, so audio that no
 * longer matches its page is found before it ships.
 */
import { createHash } from 'node:crypto';
import type { NarrationScript, TimedChapter } from './types.ts';

export const MANIFEST_PATH = 'public/audio/manifest.json';
export const AUDIO_URL_DIR = '/audio/';
export const REGENERATE_COMMAND = 'npm run media:audio';

export type AudioFileKind = 'opus' | 'mp3' | 'captions' | 'chapters' | 'timing';

export interface AudioFile {
  /** Site path (/audio/card.opus). */
  readonly url: string;
  readonly bytes: number;
}

export interface PageAudio {
  /** sha256 of the narration (see narrationHash). */
  readonly narrationHash: string;
  /** Which engine and voice made the audio (open-jtalk:tohoku-f01-neutral, or a recording). */
  readonly engine: string;
  readonly durationMs: number;
  readonly sentences: number;
  readonly chapters: readonly TimedChapter[];
  readonly files: Readonly<Record<AudioFileKind, AudioFile>>;
}

export interface AudioManifest {
  readonly format: 1;
  /** Credit for the voice, shown on the downloads page (its licence requires it). */
  readonly voiceCredits: Readonly<Record<string, string>>;
  readonly pages: Readonly<Record<string, PageAudio>>;
}

/**
 * The hash of what a page's audio says: every sentence as written and as given to the voice,
 * and the chapters. A changed word, reading or heading changes it; layout does not.
 */
export function narrationHash(script: NarrationScript): string {
  const canonical = JSON.stringify({
    title: script.title,
    chapters: script.chapters.map((chapter) => [chapter.id, chapter.level, chapter.title, chapter.firstSentence]),
    sentences: script.sentences.map((sentence) => [sentence.text, sentence.speech, sentence.heading]),
  });
  return createHash('sha256').update(canonical).digest('hex');
}

export interface AudioProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * Pages whose audio is missing, incomplete or made from other text, each with the command that
 * fixes it. `fileBytes` returns a file's size, or undefined when it does not exist.
 */
export function auditAudio(
  scripts: readonly NarrationScript[],
  manifest: AudioManifest,
  fileBytes: (url: string) => number | undefined,
): AudioProblem[] {
  const problems: AudioProblem[] = [];
  for (const script of scripts) {
    const entry = manifest.pages[script.path];
    if (!entry) {
      problems.push({ path: script.path, message: `${script.path}: 音声がありません（${MANIFEST_PATH} にページがありません）。${REGENERATE_COMMAND} で作ってください。` });
      continue;
    }
    if (entry.narrationHash !== narrationHash(script)) {
      problems.push({ path: script.path, message: `${script.path}: ページの文章が変わりましたが、音声が作り直されていません。${REGENERATE_COMMAND} で作り直してください。` });
    }
    for (const [kind, file] of Object.entries(entry.files)) {
      const bytes = fileBytes(file.url);
      if (bytes === undefined) problems.push({ path: script.path, message: `${script.path}: ${kind} のファイル ${file.url} がありません。${REGENERATE_COMMAND} で作ってください。` });
      else if (bytes !== file.bytes) problems.push({ path: script.path, message: `${script.path}: ${file.url} の大きさが ${MANIFEST_PATH} と違います（${bytes} / ${file.bytes} バイト）。${REGENERATE_COMMAND} で作り直してください。` });
    }
  }
  const known = new Set(scripts.map((script) => script.path));
  for (const path of Object.keys(manifest.pages)) {
    if (!known.has(path)) problems.push({ path, message: `${path}: ${MANIFEST_PATH} にありますが、このページはもうありません。${REGENERATE_COMMAND} で整理してください。` });
  }
  return problems;
}

/** Reads and checks the shape of the manifest; an error names the field. */
export function parseManifest(json: string, file = MANIFEST_PATH): AudioManifest {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error(`${file}: JSON として読めません: ${(error as Error).message}`, { cause: error });
  }
  const fail = (field: string, what: string): never => {
    throw new Error(`${file}: ${field}: ${what}`);
  };
  if (typeof data !== 'object' || data === null) return fail('(root)', 'オブジェクトではありません');
  const root = data as Record<string, unknown>;
  if (root.format !== 1) fail('format', '1 ではありません');
  if (typeof root.pages !== 'object' || root.pages === null) fail('pages', 'オブジェクトではありません');
  for (const [path, value] of Object.entries(root.pages as Record<string, unknown>)) {
    const entry = value as Record<string, unknown>;
    if (typeof entry.narrationHash !== 'string' || !/^[0-9a-f]{64}$/.test(entry.narrationHash)) fail(`pages["${path}"].narrationHash`, 'sha256 の16進文字列ではありません');
    if (typeof entry.durationMs !== 'number') fail(`pages["${path}"].durationMs`, '数ではありません');
    if (!Array.isArray(entry.chapters)) fail(`pages["${path}"].chapters`, '配列ではありません');
    const files = entry.files as Record<string, { url?: unknown; bytes?: unknown }> | undefined;
    for (const kind of ['opus', 'mp3', 'captions', 'chapters', 'timing'] as const) {
      const file = files?.[kind];
      if (typeof file?.url !== 'string' || typeof file.bytes !== 'number') fail(`pages["${path}"].files.${kind}`, 'url と bytes がありません');
    }
  }
  return data as AudioManifest;
}
