/**
 * Writing WebVTT (W3C WebVTT: cue timings are hh:mm:ss.ttt with "-->" between them; the cue
 * payload must not contain "-->", and a blank line ends a cue).
 */
import { formatTimestamp } from './timestamp.ts';

/** Cue text: one line, with the characters WebVTT reserves escaped. */
export function escapeCueText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface CueToWrite {
  readonly id?: string;
  /** Milliseconds. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function writeVtt(cues: readonly CueToWrite[]): string {
  const blocks = cues.map((cue) => {
    if (cue.end < cue.start) throw new Error(`WebVTT cue "${cue.text}" ends (${cue.end} ms) before it starts (${cue.start} ms)`);
    const id = cue.id ? `${cue.id.replace(/-->|\n/g, ' ')}\n` : '';
    return `${id}${formatTimestamp(cue.start)} --> ${formatTimestamp(cue.end)}\n${escapeCueText(cue.text)}`;
  });
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`;
}
