/** The programs `npm run media:audio` needs; a missing one is named with how to install it. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { OPEN_JTALK_DICTIONARY } from './open-jtalk.ts';

const INSTALL = 'bash scripts/setup.sh で入れるか、Debian/Ubuntu では sudo apt-get install';

function onPath(program: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Problems, one sentence each; empty when everything is there. */
export function missingTools(voice: string): string[] {
  const problems: string[] = [];
  if (!onPath('open_jtalk')) problems.push(`open_jtalk（音声合成）がありません。${INSTALL} open-jtalk open-jtalk-mecab-naist-jdic で入れてください。`);
  if (!existsSync(OPEN_JTALK_DICTIONARY)) problems.push(`Open JTalk の辞書 ${OPEN_JTALK_DICTIONARY} がありません。${INSTALL} open-jtalk-mecab-naist-jdic で入れてください。`);
  if (!onPath('ffmpeg')) problems.push(`ffmpeg（音量の調整と MP3 の作成）がありません。${INSTALL} ffmpeg で入れてください。`);
  if (!onPath('opusenc')) problems.push(`opusenc（Opus の作成とチャプター）がありません。${INSTALL} opus-tools で入れてください。`);
  if (!existsSync(voice)) problems.push(`音声モデル ${voice} がありません。--voice で .htsvoice ファイルを指定してください。`);
  return problems;
}
