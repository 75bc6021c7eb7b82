import { describe, expect, it } from 'vitest';
import { buildDaisy } from './index.ts';

const page = (path: string, main: string) => ({ path, html: `<!doctype html><html lang="ja"><body><main>${main}</main></body></html>` });
const settings = { siteName: 'ガイド', siteUrl: 'https://guide.example.jp', date: '2026-01-01' };
const sentence = (start: number, text: string) => ({ start, end: start + 800, text, anchors: [text] });

describe('buildDaisy', () => {
  const pages = [page('/', '<h1>トップ</h1><p>はじめの文です。</p><figure><svg><desc>図の説明です。</desc></svg></figure>'), page('/card/', '<h1>カード</h1><h2 id="b">使い方</h2>')];
  const narration = new Map([['/', { audioName: 'top.mp3', audio: new Uint8Array([1, 2, 3]), durationMs: 4000, sentences: [sentence(0, 'トップ'), sentence(1000, 'はじめの文です。'), sentence(2000, '図の説明です。')] }]]);
  const book = buildDaisy(pages, { ...settings, narration });
  const text = (path: string) => String(book.files.find((file) => file.path === path)?.data);

  it('links the title and every heading of the NCC to a SMIL par', () => {
    const ncc = text('ncc.html');
    expect(ncc).toContain('<h1 class="title" id="ncc-0"><a href="top.smil#top-par1">ガイド</a></h1>');
    expect(ncc).toContain('<h1 id="ncc-1"><a href="top.smil#top-par1">トップ</a></h1>');
    expect(ncc).toContain('<h2 id="ncc-3"><a href="card.smil#card-par2">使い方</a></h2>');
    expect(ncc).toContain('<meta name="ncc:tocItems" content="4"/>');
    expect(ncc).toContain('<meta name="ncc:multimediaType" content="audioFullText"/>');
  });

  it('pairs each sentence with its clip (npt times, DAISY 2.02 §SMIL) and keeps pages without audio navigable', () => {
    expect(text('top.smil')).toContain('<par endsync="last" id="top-par2"><text src="top.html#s2" id="top-txt2"/><audio src="top.mp3" clip-begin="npt=1.000s" clip-end="npt=1.800s" id="top-aud2"/></par>');
    expect(text('card.smil')).toContain('<par endsync="last" id="card-par2"><text src="card.html#b" id="card-txt2"/></par>');
  });

  it('writes drawings as their description (XHTML 1.0 has no SVG)', () => {
    expect(text('top.html')).toMatch(/<p class="diagram-description"( id="s3")?>(<span id="s3">)?図の説明です。/);
    expect(text('top.html')).not.toContain('<svg');
  });
});
