/**
 * The video entry schema (src/schemas/media.ts) refuses what would make a video inaccessible or
 * unpublishable, naming the field. The whole build is tested in media-build-errors.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { mediaEntrySchema } from '../../src/schemas/media.ts';

const good = {
  id: 'card-jsl',
  title: 'マイナンバーカードの説明（手話）',
  kind: 'sign-language',
  page: 'card',
  sources: ['card.webm', 'card.mp4'],
  poster: 'poster.jpg',
  captions: 'captions.vtt',
  transcript: 'transcript.txt',
  chapters: 'chapters.vtt',
  duration: '1:35',
  signer: '手話通訳士',
  recorded: '2026-11-01',
};

function issues(data: unknown): { field: string; message: string }[] {
  const result = mediaEntrySchema.safeParse(data);
  expect(result.success, 'the schema should refuse this entry').toBe(false);
  return result.error!.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }));
}

describe('media entries', () => {
  it('accepts a complete entry, with or without chapters, and an unquoted YAML date', () => {
    expect(mediaEntrySchema.safeParse(good).success).toBe(true);
    const { chapters: _chapters, ...noChapters } = good;
    expect(mediaEntrySchema.safeParse({ ...noChapters, recorded: new Date('2026-11-01') }).success).toBe(true);
  });
  it('refuses an entry without captions, saying they are required', () => {
    const { captions: _captions, ...entry } = good;
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types its asymmetric matchers (expect.stringContaining) as any
    expect(issues(entry)).toEqual([{ field: 'captions', message: expect.stringContaining('字幕がありません') }]);
  });
  it('refuses an entry without a transcript, saying it is required', () => {
    const { transcript: _transcript, ...entry } = good;
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types its asymmetric matchers (expect.stringContaining) as any
    expect(issues(entry)).toEqual([{ field: 'transcript', message: expect.stringContaining('書き起こしがありません') }]);
  });
  it('refuses kinds other than sign-language for now', () => {
    expect(issues({ ...good, kind: 'explainer' })[0]!.field).toBe('kind');
  });
  it('refuses a video format browsers cannot be told, and a path instead of a file name', () => {
    expect(issues({ ...good, sources: ['card.avi'] })[0]!.field).toBe('sources.0');
    expect(issues({ ...good, poster: '../secret/poster.jpg' })[0]!.field).toBe('poster');
  });
  it('refuses captions that are not WebVTT (SubRip .srt)', () => {
    expect(issues({ ...good, captions: 'captions.srt' })[0]!.field).toBe('captions');
  });
  it('refuses a sign-language track on a sign-language video', () => {
    expect(issues({ ...good, signLanguageTrack: 'other' })[0]!.field).toBe('signLanguageTrack');
  });
  it('refuses a duration that is not m:ss or h:mm:ss', () => {
    expect(issues({ ...good, duration: '95秒' })[0]!.field).toBe('duration');
  });
});
