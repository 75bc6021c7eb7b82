/**
 * Speech-appropriate files from one page's PCM: loudness-normalised (−19 LUFS integrated for
 * mono speech, true peak −1.5 dBTP; media notes §6.3), then
 *  - Opus, mono, VBR aiming at 28 kb/s (about 24 kb/s on speech), tuned for speech, chapters
 *    as Vorbis comments written by opusenc (ffmpeg 5.1 writes Ogg chapter times wrongly when
 *    the milliseconds are 500 or more),
 *  - MP3 for old players and DAISY players, mono 22.05 kHz 32 kb/s, ID3v2.3 CHAP/CTOC chapters
 *    written by ffmpeg from an FFMETADATA file.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { ffmetadata, opusChapterComments, type TimedChapter } from '../../src/lib/speech/index.ts';

const run = promisify(execFile);

export const LOUDNESS = { integrated: -19, truePeak: -1.5, range: 11 };
export const OPUS_KBPS = 28;
export const MP3_KBPS = 32;

export interface EncodeJob {
  readonly wav: string;
  readonly work: string;
  readonly title: string;
  readonly artist: string;
  readonly chapters: readonly TimedChapter[];
  readonly opus: string;
  readonly mp3: string;
}

export async function encodePage(job: EncodeJob): Promise<void> {
  const normalised = `${job.work}.norm.wav`;
  const { integrated, truePeak, range } = LOUDNESS;
  await run('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-i', job.wav, '-af', `loudnorm=I=${integrated}:TP=${truePeak}:LRA=${range}`, '-ar', '48000', '-ac', '1', '-c:a', 'pcm_s16le', normalised]);
  const comments = opusChapterComments(job.chapters).flatMap((comment) => ['--comment', comment]);
  await run('opusenc', ['--quiet', '--bitrate', String(OPUS_KBPS), '--speech', '--title', job.title, '--artist', job.artist, ...comments, normalised, job.opus]);
  const metadata = `${job.work}.ffmetadata.txt`;
  writeFileSync(metadata, ffmetadata(job.title, job.chapters));
  await run('ffmpeg', [
    '-hide_banner', '-loglevel', 'error', '-y', '-i', normalised, '-i', metadata,
    '-map', '0:a', '-map_metadata', '1', '-map_chapters', '1', '-metadata', `artist=${job.artist}`,
    '-ac', '1', '-ar', '22050', '-c:a', 'libmp3lame', '-b:a', `${MP3_KBPS}k`, '-id3v2_version', '3', job.mp3,
  ]);
}
