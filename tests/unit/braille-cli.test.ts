/** The author CLI: `npm run -s braille -- "テキスト"` (scripts/braille.ts). */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const project = resolve(import.meta.dirname, '../..');
const braille = (...args: string[]) => spawnSync('npm', ['run', '-s', 'braille', '--', ...args], { cwd: project, encoding: 'utf8' });

// Expected values: public vector k1099 (src/lib/braille/public-vectors.tsv, 点訳のてびき 第3版 第4章),
// with the blank cell written as U+2800 as the CLI prints it.
describe('npm run -s braille', { timeout: 120_000 }, () => {
  it('prints Unicode braille with U+2800 blanks', () => {
    const run = braille('雨が降っていた。けれどぼくは出かけた。');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('⠁⠿⠐⠡ ⠭⠂⠟ ⠃⠕⠲  ⠫⠛⠐⠞ ⠐⠮⠩⠄ ⠐⠟⠡⠫⠕⠲\n'.replace(/ /g, '\u2800'));
  });

  it('prints the spaced braille kana with --kana', () => {
    const run = braille('--kana', '雨が降っていた。けれどぼくは出かけた。');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('アメガ フッテ イタ。ケレド ボクワ デカケタ。\n');
  });

  it('exits with 1 naming a character with no braille rule and its code point', () => {
    const run = braille('雨です😀');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('点字にできない文字「😀」（U+1F600）があります: 「雨です😀」');
  });
});
