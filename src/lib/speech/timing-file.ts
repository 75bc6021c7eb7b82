/**
 * The per-page timing file the player loads on first use: every sentence with its times, the
 * page text it reads (to find and highlight) and the text the browser voice is given.
 */
import { timingFileSchema } from '../../schemas/audio.ts';
import { parseJsonWith } from './json-file.ts';
import type { NarrationScript, TimedSentence } from './types.ts';

export interface TimingFile {
  readonly path: string;
  readonly sentences: readonly {
    readonly start: number;
    readonly end: number;
    readonly text: string;
    readonly speech: string;
    readonly anchors: readonly string[];
    readonly chapter: number;
  }[];
}

export function timingFile(script: NarrationScript, times: readonly TimedSentence[]): TimingFile {
  return {
    path: script.path,
    sentences: script.sentences.map((sentence, index) => ({
      start: Math.round(times[index]!.start),
      end: Math.round(times[index]!.end),
      text: sentence.text,
      speech: sentence.speech,
      anchors: sentence.anchors,
      chapter: sentence.chapter,
    })),
  };
}

/** Reads a timing file and checks it with its schema (src/schemas/audio.ts); `file` names it in errors. */
export function parseTimingFile(json: string, file: string): TimingFile {
  return parseJsonWith(timingFileSchema, json, file);
}
