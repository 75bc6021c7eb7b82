/**
 * Media (sign-language video now): chapters checked against the page's sections (the WebVTT
 * files are read by src/lib/webvtt),
 * transcripts and times. Pure: no file system, no astro:*, no DOM; src/data/media.ts reads the
 * files and src/components/SignVideo.astro renders what this returns.
 */
export { chaptersFor, cuesPastEnd, type Chapter, type ChapterProblem } from './chapters.ts';
export { transcriptParagraphs } from './transcript.ts';
export { formatClock, formatSpokenDuration, parseDuration } from './time.ts';

/** The MIME type a browser is told for a video file, from its ending. */
export function videoTypeOf(file: string): string {
  return file.endsWith('.mp4') ? 'video/mp4' : 'video/webm';
}

/** Where the files of an entry are published: /media/<id>/<file>. */
export function mediaUrl(id: string, file: string): string {
  return `/media/${id}/${file}`;
}
