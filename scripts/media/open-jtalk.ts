/**
 * The Open JTalk engine: one `open_jtalk` run per sentence, with the trace (-ot) giving the
 * phoneme times, so that each caption cue starts and ends where the voice does. Sentences are
 * cached by voice and text in .cache/audio/sentences/, so regenerating a page after a small
 * edit synthesises only the changed sentences.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { parseOpenJTalkTrace, type Sentence, type SpeechEngine, type SpokenSentence } from '../../src/lib/speech/index.ts';
import { readWav } from './wav.ts';

const run = promisify(execFile);

export const OPEN_JTALK_DICTIONARY = '/var/lib/mecab/dic/open-jtalk/naist-jdic';

export function openJTalkEngine(options: { voice: string; credit: string; dictionary?: string; cacheDir?: string }): SpeechEngine {
  const dictionary = options.dictionary ?? OPEN_JTALK_DICTIONARY;
  const cacheDir = options.cacheDir ?? '.cache/audio/sentences';
  mkdirSync(cacheDir, { recursive: true });
  const voiceName = basename(options.voice).replace(/\.htsvoice$/, '');
  const voiceHash = createHash('sha256').update(readFileSync(options.voice)).digest('hex').slice(0, 16);
  return {
    id: `open-jtalk:${voiceName}`,
    credit: options.credit,
    async speak(sentence: Sentence): Promise<SpokenSentence> {
      const key = createHash('sha256').update(`${voiceHash}\n${sentence.speech}`).digest('hex').slice(0, 32);
      const wav = join(cacheDir, `${key}.wav`);
      const trace = join(cacheDir, `${key}.trace.txt`);
      if (!existsSync(wav) || !existsSync(trace)) {
        const input = join(cacheDir, `${key}.txt`);
        writeFileSync(input, `${sentence.speech}\n`);
        try {
          await run('open_jtalk', ['-x', dictionary, '-m', options.voice, '-ow', wav, '-ot', trace, input]);
        } catch (error) {
          throw new Error(`open_jtalk failed on 「${sentence.text}」: ${(error as Error).message}`, { cause: error });
        }
      }
      const timing = parseOpenJTalkTrace(readFileSync(trace, 'utf8'));
      return { audio: readWav(readFileSync(wav), wav), speechStart: timing.speechStart, speechEnd: timing.speechEnd };
    },
  };
}
