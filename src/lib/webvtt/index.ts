/**
 * WebVTT, read and written in one place and in one unit (milliseconds): the audio guides'
 * captions and chapters are written here (src/lib/speech), the sign-language videos' files are
 * read here (src/lib/media). Pure: no file system.
 */
export { formatTimestamp, parseTimestamp } from './timestamp.ts';
export { escapeCueText, writeVtt, type CueToWrite } from './write.ts';
export { cueText, parseVtt, type VttCue, type VttFile, type VttProblem } from './read.ts';
