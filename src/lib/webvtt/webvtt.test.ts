import { describe, expect, it } from 'vitest';
import { cueText, escapeCueText, formatTimestamp, parseTimestamp, parseVtt, writeVtt } from './index.ts';
import { readVectors } from '../test-vectors/index.ts';

const expectedNumber = (text: string) => (text === '-' ? undefined : Number(text));

describe('parseTimestamp', () => {
  it.each(readVectors(new URL('./timestamps.tsv', import.meta.url)))('%s', (_label, input, expected) => {
    expect(parseTimestamp(input)).toBe(expectedNumber(expected));
  });
});

describe('formatTimestamp', () => {
  // WebVTT timestamps: hh:mm:ss.ttt (W3C WebVTT, "WebVTT timestamp").
  it.each([
    [0, '00:00:00.000'],
    [2585, '00:00:02.585'],
    [61_500, '00:01:01.500'],
    [3_723_004, '01:02:03.004'],
  ])('%d ms is %s', (ms, expected) => expect(formatTimestamp(ms)).toBe(expected));
  it('writes back what it reads', () => {
    for (const [, input, expected] of readVectors(new URL('./timestamps.tsv', import.meta.url))) {
      if (expected !== '-' && input!.length === 12) expect(formatTimestamp(parseTimestamp(input!)!)).toBe(input);
    }
  });
  it('refuses a negative time', () => expect(() => formatTimestamp(-1)).toThrow('-1'));
});

describe('parseVtt', () => {
  // The shape of the chapters example in the WebVTT specification (§2.3 "Chapters"), with
  // identifiers as this site uses them.
  const chapters = ['WEBVTT', '', 'NOTE chapters of the card page', '', 'card-what', '00:00.000 --> 00:12.500', 'カードとは', '', 'card-safety', '00:12.500 --> 00:30.000 align:start', '安全について', ''].join('\n');

  it('reads identifiers, times, text and the line of each timing', () => {
    const { cues, problems } = parseVtt(chapters);
    expect(problems).toEqual([]);
    expect(cues).toEqual([
      { id: 'card-what', start: 0, end: 12_500, text: 'カードとは', line: 6 },
      { id: 'card-safety', start: 12_500, end: 30_000, text: '安全について', line: 10 },
    ]);
  });
  it('accepts cues without identifiers and multi-line payloads, and CRLF line ends', () => {
    const { cues } = parseVtt('WEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\n一行目\r\n二行目\r\n');
    expect(cues).toEqual([{ id: undefined, start: 1000, end: 2000, text: '一行目\n二行目', line: 3 }]);
  });
  it('refuses a file without the WEBVTT signature', () => {
    expect(parseVtt('1\n00:00:01,000 --> 00:00:02,000\nSubRip\n').problems[0]).toMatchObject({ line: 1 });
  });
  it('names the line of a timing it cannot read, and of a cue that ends before it starts', () => {
    const { problems } = parseVtt('WEBVTT\n\n00:00:01,000 --> 00:00:02,000\nカンマ\n\n00:05.000 --> 00:04.000\n逆\n');
    expect(problems.map((problem) => problem.line)).toEqual([3, 6]);
  });
  it('reports an empty file', () => {
    expect(parseVtt('WEBVTT\n').problems).toEqual([{ line: 1, message: 'キューが 1 つもありません' }]);
  });
});

describe('cueText', () => {
  it('drops voice and class tags and ruby readings, decodes references (WebVTT cue text)', () => {
    expect(cueText('<v 手話通訳>カードの<c.em>安全</c></v> &amp; <ruby>個人<rt>こじん</rt></ruby>')).toBe('カードの安全 & 個人');
  });
});

describe('writeVtt', () => {
  it('writes the signature, then identifier, timing and one escaped line per cue, a blank line between cues', () => {
    expect(writeVtt([{ id: 'a', start: 0, end: 1500, text: '一 \n 二' }, { start: 1500, end: 2000, text: '<b> & -->' }])).toBe(
      'WEBVTT\n\na\n00:00:00.000 --> 00:00:01.500\n一 二\n\n00:00:01.500 --> 00:00:02.000\n&lt;b&gt; &amp; --&gt;\n',
    );
  });
  it('refuses a cue that ends before it starts', () => expect(() => writeVtt([{ start: 2, end: 1, text: '逆' }])).toThrow('逆'));
  it('is read back by parseVtt as written', () => {
    const text = '個人番号 <カード>';
    const { cues, problems } = parseVtt(writeVtt([{ id: 'x', start: 100, end: 900, text }]));
    expect(problems).toEqual([]);
    expect(cues.map((cue) => ({ id: cue.id, start: cue.start, end: cue.end, text: cueText(cue.text) }))).toEqual([{ id: 'x', start: 100, end: 900, text }]);
    expect(escapeCueText(text)).toBe('個人番号 &lt;カード&gt;');
  });
});
