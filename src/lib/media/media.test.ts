import { describe, expect, it } from 'vitest';
import { parseVtt } from '../webvtt/index.ts';
import { chaptersFor, cuesPastEnd, formatClock, formatSpokenDuration, parseDuration, transcriptParagraphs } from './index.ts';
import { readVectors } from '../test-vectors/index.ts';

const expectedNumber = (text: string) => (text === '-' ? undefined : Number(text));

describe('parseDuration', () => {
  it.each(readVectors(new URL('./durations.tsv', import.meta.url)))('%s', (_label, input, expected) => {
    expect(parseDuration(input)).toBe(expectedNumber(expected));
  });
});

describe('chaptersFor', () => {
  const { cues } = parseVtt('WEBVTT\n\nfirst\n00:00.000 --> 00:05.000\n最初\n\nmissing\n00:05.000 --> 00:09.000\nない見出し\n\n00:09.000 --> 00:10.000\n識別子なし\n');
  it('keeps chapters whose identifier is a section id, and names the line of every other', () => {
    const { chapters, problems } = chaptersFor(cues, ['first', 'second'], '/fixture/');
    expect(chapters).toEqual([{ section: 'first', title: '最初', start: 0, end: 5000 }]);
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
