import { describe, expect, it } from 'vitest';
import { fillSlots, formatBytes, type DownloadFacts } from './index.ts';

const files: Record<string, DownloadFacts> = {
  '/downloads/braille/card.brf': { bytes: 12_345, pages: 7 },
  '/downloads/braille/card.txt': { bytes: 999, preview: '⠁<⠃>' },
};
const facts = (file: string) => files[file];

describe('formatBytes', () => {
  it.each([
    [0, '0バイト'],
    [999, '999バイト'],
    [1000, '1.0KB'],
    [12_345, '12.3KB'],
    [2_500_000, '2.5MB'],
  ])('%i → %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));
  it('refuses a negative size', () => expect(() => formatBytes(-1)).toThrow());
});

describe('fillSlots', () => {
  it('fills pages, size and preview: bare spans become text, other elements lose only the slot attributes', () => {
    const html =
      '<a href="/downloads/braille/card.brf" download>BRF（<span data-download-info="/downloads/braille/card.brf" data-download-field="pages">?</span>ページ、' +
      '<span data-download-info="/downloads/braille/card.brf" data-download-field="size">?</span>）</a>' +
      '<pre class="p" data-download-info="/downloads/braille/card.txt" data-download-field="preview" aria-hidden="true"></pre>';
    const result = fillSlots(html, facts);
    expect(result.problems).toEqual([]);
    expect(result.filled).toBe(3);
    expect(result.html).toBe(
      '<a href="/downloads/braille/card.brf" download>BRF（7ページ、12.3KB）</a><pre class="p" aria-hidden="true">⠁&lt;⠃&gt;</pre>',
    );
  });
  it('reports a slot naming a file the build does not have', () => {
    const result = fillSlots('<span data-download-info="/downloads/x.brf" data-download-field="size">?</span>', facts);
    expect(result.problems).toEqual([{ file: '/downloads/x.brf', field: 'size', message: 'そのファイルはビルドにありません' }]);
  });
  it('reports a page count nobody recorded', () => {
    const result = fillSlots('<span data-download-info="/downloads/braille/card.txt" data-download-field="pages">?</span>', facts);
    expect(result.problems[0]!.message).toBe('ページ数が記録されていません');
  });
  it('reports an unknown field', () => {
    const result = fillSlots('<span data-download-info="/downloads/braille/card.brf" data-download-field="colour">?</span>', facts);
    expect(result.problems[0]!.message).toMatch('知らない項目');
  });
  it('reports a slot it cannot parse instead of leaving it', () => {
    const result = fillSlots('<span data-download-field="size" data-download-info="/downloads/braille/card.brf">?</span>', facts);
    expect(result.problems).toHaveLength(1);
  });
  it('leaves a page without slots as it is', () => {
    expect(fillSlots('<p>text</p>', facts)).toEqual({ html: '<p>text</p>', problems: [], filled: 0 });
  });
});
