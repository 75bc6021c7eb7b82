/**
 * The audio guide's two WebVTT files per page (written by src/lib/webvtt): captions with one cue
 * per sentence, and chapters with one cue per heading whose identifier is the heading's id, the
 * convention Able Player and others use to tie a chapter to a place in the page.
 */
import { writeVtt } from '../webvtt/index.ts';
import type { TimedChapter, TimedSentence } from './types.ts';

export function captionsVtt(texts: readonly string[], times: readonly TimedSentence[]): string {
  return writeVtt(texts.map((text, index) => ({ id: `s${index + 1}`, start: times[index]!.start, end: times[index]!.end, text })));
}

/** Chapter cues: identifier = heading id (the page title, which has none, is "top"). */
export function chaptersVtt(chapters: readonly TimedChapter[]): string {
  return writeVtt(chapters.map((chapter) => ({ id: chapter.id || 'top', start: chapter.start, end: chapter.end, text: chapter.title })));
}
