/**
 * Which voice reads which page. By default the synthesised voice; a page with a folder of
 * recordings in content/audio/recordings/<stem>/ (001.wav, 002.wav, … one mono 16-bit WAV per
 * sentence of the narration script, in order) is read by the person who recorded it instead.
 * A recording whose sentence count does not match the page's script stops the command, naming
 * the page: the recording would no longer say what the page says.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NarrationScript, SpeechEngine } from '../../src/lib/speech/index.ts';
import { durationMs, readWav } from './wav.ts';

export const RECORDINGS_DIR = 'content/audio/recordings';

export function recordingEngine(script: NarrationScript, stem: string): SpeechEngine | undefined {
  const folder = join(RECORDINGS_DIR, stem);
  if (!existsSync(folder)) return undefined;
  const files = readdirSync(folder).filter((name) => /^\d{3}\.wav$/.test(name)).sort();
  if (files.length !== script.sentences.length) {
    throw new Error(`${script.path}: ${folder} に ${files.length} 個の録音がありますが、ページの文は ${script.sentences.length} 個です。録音し直すか、フォルダーを消して合成音声に戻してください。`);
  }
  const credit = existsSync(join(folder, 'CREDIT.txt')) ? readFileSync(join(folder, 'CREDIT.txt'), 'utf8').trim() : '';
  if (!credit) throw new Error(`${script.path}: ${folder}/CREDIT.txt（読み手のクレジット）がありません。`);
  return {
    id: `recording:${stem}`,
    credit,
    async speak(_sentence, index) {
      const file = join(folder, files[index]!);
      const audio = readWav(readFileSync(file), file);
      return { audio, speechStart: 0, speechEnd: durationMs(audio) };
    },
  };
}
