/**
 * A video that lacks captions or a transcript, or whose chapter names a section its page does
 * not have, stops the real build with the file and the field (or line). Each case takes its own
 * copy of the site (tests/unit/support/fixture-site.ts), adds one entry in content/media/ with its
 * files in public/media/, runs `astro build` there and reads what it printed.
 */
import { describe, expect, it } from 'vitest';
import { copySite, failingBuild, type SiteCopy } from './support/fixture-site.ts';

const CAPTIONS = 'WEBVTT\n\n00:00.000 --> 00:04.000\nカードの説明です。\n';
// The card page has a section マイナンバーカードとは (content/pages/card.mdx); not this one.
const CHAPTERS = 'WEBVTT\n\nマイナンバーカードとは\n00:00.000 --> 00:02.000\nカードとは\n\nno-such-section\n00:02.000 --> 00:04.000\nない見出し\n';

/** An entry for /card/ with its files; `omit` leaves fields out of the YAML. */
function addEntry(site: SiteCopy, id: string, omit: string[] = [], chapters?: string): void {
  const folder = `public/media/${id}`;
  site.write(`${folder}/clip.webm`, Buffer.alloc(16));
  site.write(`${folder}/poster.jpg`, Buffer.alloc(16));
  site.write(`${folder}/captions.vtt`, CAPTIONS);
  site.write(`${folder}/transcript.txt`, 'カードの説明です。\n');
  if (chapters) site.write(`${folder}/chapters.vtt`, chapters);
  const fields: Record<string, string> = {
    id,
    title: 'カードの説明（テスト）',
    kind: 'sign-language',
    page: 'card',
    sources: '\n  - clip.webm',
    poster: 'poster.jpg',
    captions: 'captions.vtt',
    transcript: 'transcript.txt',
    ...(chapters ? { chapters: 'chapters.vtt' } : {}),
    duration: '0:04',
    signer: 'テスト',
    recorded: '2026-11-26',
  };
  const yaml = Object.entries(fields)
    .filter(([name]) => !omit.includes(name))
    .map(([name, value]) => `${name}:${value.startsWith('\n') ? '' : ' '}${value}`)
    .join('\n');
  site.write(`content/media/${id}.yaml`, `${yaml}\n`);
}

function buildWith(change: (site: SiteCopy) => void): Promise<string> {
  const site = copySite('media');
  change(site);
  return failingBuild(site);
}

describe('a broken video entry fails the build, naming file and field', { timeout: 180_000 }, () => {
  it('a video without captions and one without a transcript (both reported at once)', async () => {
    const output = await buildWith((site) => {
      addEntry(site, 'no-captions', ['captions']);
      addEntry(site, 'no-transcript', ['transcript']);
    });
    expect(output).toContain('content/media/no-captions.yaml: captions: 字幕がありません');
    expect(output).toContain('content/media/no-transcript.yaml: transcript: 書き起こしがありません');
  });

  it('a chapter that names a section its page does not have', async () => {
    const output = await buildWith((site) => addEntry(site, 'bad-chapter', [], CHAPTERS));
    // The bad cue's timing is on line 8 of the chapters file.
    expect(output).toContain('public/media/bad-chapter/chapters.vtt:8: chapters（content/media/bad-chapter.yaml）');
    expect(output).toContain('「no-such-section」という見出しは /card/ にありません');
  });
});
