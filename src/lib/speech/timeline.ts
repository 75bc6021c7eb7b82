/**
 * Sentences synthesised one by one → one audio timeline. Each sentence keeps its own leading
 * and trailing silence (from the engine); a gap follows every sentence, longer after a heading
 * so that a listener hears the structure. Cue times are exact: they come from where each
 * sentence's speech starts and ends in its own audio, shifted by where that audio is placed.
 */
import type { Chapter, TimedChapter, TimedSentence } from './types.ts';

export interface RenderedSentence {
  /** Length of the sentence's audio and where speech lies in it, in milliseconds. */
  readonly duration: number;
  readonly speechStart: number;
  readonly speechEnd: number;
  readonly heading: boolean;
}

export const GAP_AFTER_SENTENCE_MS = 300;
export const GAP_AFTER_HEADING_MS = 700;

export interface Timeline {
  /** Where each sentence's audio is placed (ms), to write the samples. */
  readonly offsets: readonly number[];
  /** Gap after each sentence (ms). */
  readonly gaps: readonly number[];
  readonly sentences: readonly TimedSentence[];
  readonly duration: number;
}

export function layOut(rendered: readonly RenderedSentence[]): Timeline {
  const offsets: number[] = [];
  const gaps: number[] = [];
  const sentences: TimedSentence[] = [];
  let at = 0;
  for (const sentence of rendered) {
    offsets.push(at);
    sentences.push({ start: at + sentence.speechStart, end: at + sentence.speechEnd });
    const gap = sentence.heading ? GAP_AFTER_HEADING_MS : GAP_AFTER_SENTENCE_MS;
    gaps.push(gap);
    at += sentence.duration + gap;
  }
  return { offsets, gaps, sentences, duration: at };
}

/**
 * Chapters on the timeline: each starts where its heading's audio starts (so a jump hears the
 * heading whole) and ends where the next chapter starts; the last ends with the file.
 */
export function timeChapters(chapters: readonly Chapter[], offsets: readonly number[], duration: number): TimedChapter[] {
  return chapters.map((chapter, index) => {
    const next = chapters[index + 1];
    const start = Math.round(offsets[chapter.firstSentence] ?? duration);
    const end = Math.round(next ? (offsets[next.firstSentence] ?? duration) : duration);
    return { id: chapter.id, title: chapter.title, level: chapter.level, start, end };
  });
}
