/**
 * A small WebVTT reader for the build: the cues of a captions or chapters file, with their
 * identifiers and lines, so that a problem can be reported as file:line. It follows the file
 * structure of the WebVTT specification (W3C, "WebVTT: The Web Video Text Tracks Format"):
 * the WEBVTT signature, blocks separated by blank lines, NOTE/STYLE/REGION blocks, and cues of
 * an optional identifier line, a timing line and payload lines. Cue settings are kept as text.
 */
import { parseTimestamp } from './timestamp.ts';

export interface VttCue {
  /** The cue identifier, when the cue has one. */
  readonly id: string | undefined;
  /** Milliseconds. */
  readonly start: number;
  readonly end: number;
  /** The payload, lines joined with \n, tags left as written. */
  readonly text: string;
  /** 1-based line of the timing line. */
  readonly line: number;
}

export interface VttProblem {
  readonly line: number;
  readonly message: string;
}

export interface VttFile {
  readonly cues: readonly VttCue[];
  readonly problems: readonly VttProblem[];
}

const TIMING = /^(\S+)[ \t]+-->[ \t]+(\S+)(?:[ \t]+(.*))?$/;

export function parseVtt(source: string): VttFile {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const problems: VttProblem[] = [];
  const cues: VttCue[] = [];
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) {
    return { cues, problems: [{ line: 1, message: '1行目が WEBVTT ではありません（WebVTT のファイルではありません）' }] };
  }
  // Split into blocks: runs of non-empty lines, remembering where each starts.
  const blocks: { start: number; lines: string[] }[] = [];
  let current: { start: number; lines: string[] } | undefined;
  for (let index = 1; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (line.trim() === '') {
      current = undefined;
      continue;
    }
    if (!current) {
      current = { start: index + 1, lines: [] };
      blocks.push(current);
    }
    current.lines.push(line);
  }
  // The header's own lines (WEBVTT followed directly by text) are not a block of their own.
  if ((lines[1] ?? '').trim() !== '' && blocks[0]?.start === 2) blocks.shift();
  for (const block of blocks) {
    const first = block.lines[0]!;
    if (/^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(first)) continue;
    const timingIndex = first.includes('-->') ? 0 : 1;
    const timingLine = block.lines[timingIndex];
    const line = block.start + timingIndex;
    if (timingLine === undefined || !timingLine.includes('-->')) {
      problems.push({ line: block.start, message: 'キューの時刻の行（00:00:01.000 --> 00:00:04.000）がありません' });
      continue;
    }
    const timing = TIMING.exec(timingLine);
    const start = timing ? parseTimestamp(timing[1]!) : undefined;
    const end = timing ? parseTimestamp(timing[2]!) : undefined;
    if (start === undefined || end === undefined) {
      problems.push({ line, message: `時刻が読めません: ${timingLine}` });
      continue;
    }
    if (end <= start) {
      problems.push({ line, message: `終わりの時刻が始まりより前です: ${timingLine}` });
      continue;
    }
    const id = timingIndex === 1 ? first : undefined;
    const text = block.lines.slice(timingIndex + 1).join('\n');
    if (text.trim() === '') problems.push({ line, message: 'キューに文字がありません' });
    cues.push({ id, start, end, text, line });
  }
  if (cues.length === 0 && problems.length === 0) problems.push({ line: 1, message: 'キューが 1 つもありません' });
  return { cues, problems };
}

/** The payload as plain text: tags (<v Name>, <c.x>, <ruby>) removed, character references decoded. */
export function cueText(payload: string): string {
  return payload
    .replace(/<rt>[\s\S]*?<\/rt>/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&lrm;|&rlm;/g, '')
    .replace(/&amp;/g, '&');
}
