/**
 * Chapter markers inside the audio files.
 *  - MP3: ffmpeg writes ID3v2 CHAP/CTOC frames from an FFMETADATA file (ffmpeg doc/metadata.texi:
 *    ";FFMETADATA1", [CHAPTER] sections with TIMEBASE, START, END, title; = ; # \ and newlines
 *    escaped with a backslash).
 *  - Ogg Opus: VorbisComment CHAPTERnnn=HH:MM:SS.mmm and CHAPTERnnnNAME=… (Xiph "Chapter
 *    Extension"), written here and passed to opusenc, because ffmpeg 5.1 writes these times one
 *    second late whenever the milliseconds are 500 or more.
 */
import type { TimedChapter } from './types.ts';
import { formatTimestamp } from '../webvtt/index.ts';

const escapeMetadata = (value: string) => value.replace(/[=;#\\\n]/g, (char) => `\\${char}`);

export function ffmetadata(title: string, chapters: readonly TimedChapter[]): string {
  const lines = [';FFMETADATA1', `title=${escapeMetadata(title)}`];
  for (const chapter of chapters) {
    lines.push('[CHAPTER]', 'TIMEBASE=1/1000', `START=${chapter.start}`, `END=${chapter.end}`, `title=${escapeMetadata(chapter.title)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The Vorbis comments ("KEY=value") for the chapters, numbered from 001. */
export function opusChapterComments(chapters: readonly TimedChapter[]): string[] {
  return chapters.flatMap((chapter, index) => {
    const key = `CHAPTER${String(index + 1).padStart(3, '0')}`;
    return [`${key}=${formatTimestamp(chapter.start)}`, `${key}NAME=${chapter.title}`];
  });
}
