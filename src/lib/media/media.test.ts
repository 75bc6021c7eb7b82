import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chaptersFor, cuesPastEnd, cueText, formatClock, formatSpokenDuration, parseDuration, parseVtt, parseVttTimestamp, transcriptParagraphs } from './index.ts';

/** Rows of a labelled vector file: label, input, expected, source. */
function vectors(name: string): string[][] {
  return readFileSync(new URL(name, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t'));
}
const expectedNumber = (text: string) => (text === '-' ? undefined : Number(text));

describe('parseVttTimestamp', () => {
  it.each(vectors('timestamps.tsv'))('%s', (_label, input, expected) => {
    expect(parseVttTimestamp(input!)).toBe(expectedNumber(expected!));
  });
});

describe('parseDuration', () => {
  it.each(vectors('durations.tsv'))('%s', (_label, input, expected) => {
    expect(parseDuration(input!)).toBe(expectedNumber(expected!));
  });
});

describe('parseVtt', () => {
  // The shape of the chapters example in the WebVTT specification (§2.3 "Chapters"), with
  // identifiers as this site uses them.
  const chapters = ['WEBVTT', '', 'NOTE chapters of the card page', '', 'card-what', '00:00.000 --> 00:12.500', 'カードとは', '', 'card-safety', '00:12.500 --> 00:30.000 align:start', '安全について', ''].join('\n');

  it('reads identifiers, times, text and the line of each timing', () => {
    const { cues, problems } = parseVtt(chapters);
    expect(problems).toEqual([]);
    expect(cues).toEqual([
      { id: 'card-what', start: 0, end: 12.5, text: 'カードとは', line: 6 },
      { id: 'card-safety', start: 12.5, end: 30, text: '安全について', line: 10 },
    ]);
  });
  it('accepts cues without identifiers and multi-line payloads, and CRLF line ends', () => {
    const { cues } = parseVtt('WEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\n一行目\r\n二行目\r\n');
    expect(cues).toEqual([{ id: undefined, start: 1, end: 2, text: '一行目\n二行目', line: 3 }]);
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

describe('chaptersFor', () => {
  const { cues } = parseVtt('WEBVTT\n\nfirst\n00:00.000 --> 00:05.000\n最初\n\nmissing\n00:05.000 --> 00:09.000\nない見出し\n\n00:09.000 --> 00:10.000\n識別子なし\n');
  it('keeps chapters whose identifier is a section id, and names the line of every other', () => {
    const { chapters, problems } = chaptersFor(cues, ['first', 'second'], '/fixture/');
    expect(chapters).toEqual([{ section: 'first', title: '最初', start: 0, end: 5 }]);
    expect(problems.map((problem) => problem.line)).toEqual([8, 11]);
    expect(problems[0]!.message).toContain('「missing」という見出しは /fixture/ にありません');
    expect(problems[0]!.message).toContain('「first」「second」');
  });
  it('finds cues that end more than a second after the video', () => {
    expect(cuesPastEnd(cues, 8).map((cue) => cue.line)).toEqual([11]);
  });
});

describe('transcriptParagraphs', () => {
  it('splits on blank lines and joins the lines of a Japanese paragraph without spaces', () => {
    expect(transcriptParagraphs('\uFEFFマイナンバーは\n12桁です。\n\n\n次の段落です。\n')).toEqual(['マイナンバーは12桁です。', '次の段落です。']);
  });
});

describe('formatClock and formatSpokenDuration', () => {
  it('shows m:ss and h:mm:ss', () => {
    expect([formatClock(5.9), formatClock(62), formatClock(3723)]).toEqual(['0:05', '1:02', '1:02:03']);
  });
  it('says lengths in words', () => {
    expect([formatSpokenDuration(95), formatSpokenDuration(12), formatSpokenDuration(3720)]).toEqual(['1分35秒', '12秒', '1時間2分']);
  });
});
