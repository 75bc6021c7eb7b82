import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readVectors } from './index.ts';

const fileWith = (text: string): URL => {
  const path = join(mkdtempSync(join(tmpdir(), 'vectors-')), 'v.tsv');
  writeFileSync(path, text);
  return pathToFileURL(path);
};

describe('readVectors', () => {
  it('keeps every row, skips comments and blank lines, and splits on tabs only', () => {
    expect(readVectors(fileWith('# label\tinput\n\none\ta b\tc\n  \ntwo\t\t#\n'))).toEqual([
      ['one', 'a b', 'c'],
      ['two', '', '#'],
    ]);
  });
  it('names the file and the line of a row with too few columns', () => {
    const file = fileWith('# comment\nok\t1\t2\nshort\t1\n');
    expect(() => readVectors(file, 3)).toThrow(/v\.tsv:3: 2 column\(s\), where a vector of this file has at least 3/);
  });
});
