/**
 * WebVTT (W3C WebVTT: cue timings are hh:mm:ss.ttt, "-->" between them; the cue payload must
 * not contain "-->" and a blank line ends a cue). Two files per page: captions with one cue per
 * sentence, and chapters with one cue per heading whose identifier is the heading's id, the
 * convention Able Player and others use to tie a chapter to a place in the page.
 */
import type { TimedChapter, TimedSentence } from './types.ts';

export function vttTimestamp(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) throw new Error(`WebVTT time must be a non-negative number of milliseconds, got ${ms}`);
  const total = Math.round(ms);
  const hours = Math.floor(total / 3_600_000);
  const minutes = Math.floor((total % 3_600_000) / 60_000);
  const seconds = Math.floor((total % 60_000) / 1000);
  const millis = total % 1000;
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(millis, 3)}`;
}

/** Cue text: one line, with the characters WebVTT reserves escaped. */
export function vttText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface Cue {
  readonly id?: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function webVtt(cues: readonly Cue[]): string {
  const blocks = cues.map((cue) => {
    if (cue.end < cue.start) throw new Error(`WebVTT cue "${cue.text}" ends (${cue.end} ms) before it starts (${cue.start} ms)`);
    const id = cue.id ? `${cue.id.replace(/-->|\n/g, ' ')}\n` : '';
    return `${id}${vttTimestamp(cue.start)} --> ${vttTimestamp(cue.end)}\n${vttText(cue.text)}`;
  });
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`;
}

export function captionsVtt(texts: readonly string[], times: readonly TimedSentence[]): string {
  return webVtt(texts.map((text, index) => ({ id: `s${index + 1}`, start: times[index]!.start, end: times[index]!.end, text })));
}

/** Chapter cues: identifier = heading id (the page title, which has none, is "top"). */
export function chaptersVtt(chapters: readonly TimedChapter[]): string {
  return webVtt(chapters.map((chapter) => ({ id: chapter.id || 'top', start: chapter.start, end: chapter.end, text: chapter.title })));
}
