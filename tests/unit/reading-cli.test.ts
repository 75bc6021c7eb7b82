/** The author CLI: `npm run -s reading -- "テキスト"` (scripts/reading.ts). */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const project = resolve(import.meta.dirname, '../..');
const reading = (...args: string[]) => spawnSync('npm', ['run', '-s', 'reading', '--', ...args], { cwd: project, encoding: 'utf8' });

describe('npm run -s reading', { timeout: 120_000 }, () => {
  it('prints the whole reading, then surface, reading, pronunciation, braille and source per token', () => {
    const run = reading('令和3年の届け出は');
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      'れいわさんねんのとどけでは',
      '令和\tれいわ\tレイワ\tレイワ\tlexicon',
      '3\tさん\tサン\t3\trule',
      '年\tねん\tネン\tネン\trule',
      'の\tの\tノ\tノ\tdictionary',
      '届け出\tとどけで\tトドケデ\tトドケデ\tdictionary',
      'は\tは\tワ\tワ\tdictionary',
      '',
    ]);
  });

  it('exits with 1 and says what to do when a word has no reading', () => {
    const run = reading('龘の字');
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n')[1]).toBe('龘\t?\t?\t?\tnone');
    expect(run.stderr).toContain('読みのない語があります: 「龘」。content/lexicon/words.tsv に行を足してください。');
  });
});
