import { describe, expect, it } from 'vitest';
import { exportMain, serialize } from '../export-html/index.ts';
import { clock, markSentences, seconds } from './index.ts';

// Sentences and anchors are written as the audio guide's timing files give them: the page's
// words as src/lib/page-text normalises them (no readings, no link hints, no source line breaks).
const document = (main: string) =>
  exportMain(`<!doctype html><html lang="ja"><body><main>${main}</main></body></html>`, '/x/', { keepRuby: true, keepLinkHints: true, rewriteId: (id) => id, rewriteHref: (href) => href });
const at = (start: number, text: string, anchors = [text]) => ({ start, end: start + 900, text, anchors });

describe('markSentences', () => {
  it('wraps each sentence of a paragraph in its own span, readings and link hints included in the span', () => {
    const doc = document('<h1>題</h1><p><ruby>個人<rp>(</rp><rt>こじん</rt><rp>)</rp></ruby>番号です。<a href="/g/">用語<span class="visually-hidden">（用語の説明）</span></a>を使い\n      ます。</p>');
    const clips = markSentences(doc.root, [at(0, '題'), at(1000, '個人番号です。'), at(2000, '用語を使います。')], '/x/');
    expect(clips).toEqual([
      { id: 's1', start: 0, end: 900 },
      { id: 's2', start: 1000, end: 1900 },
      { id: 's3', start: 2000, end: 2900 },
    ]);
    expect(serialize(doc.nodes, 'xhtml')).toBe(
      '<h1 id="section-1"><span id="s1">題</span></h1><p><span id="s2"><ruby>個人<rp>(</rp><rt>こじん</rt><rp>)</rp></ruby>番号です。</span>' +
        '<span id="s3"><a href="/g/">用語<span class="visually-hidden">（用語の説明）</span></a>を使い\n      ます。</span></p>',
    );
  });

  it('gives a table row (cells as anchors) and a drawing (its description) an id instead of a span', () => {
    const doc = document('<h1>題</h1><table><tbody><tr><th>分野</th><td>税</td></tr></tbody></table><figure><svg><title>図</title><desc>流れの図です。</desc></svg></figure>');
    const clips = markSentences(doc.root, [at(0, '題'), at(1000, '分野：税', ['分野', '税']), at(2000, '流れの図です。')], '/x/');
    const out = serialize(doc.nodes, 'xhtml');
    expect(out).toContain(`<tr id="${clips[1]!.id}">`);
    expect(out).toContain(`<svg id="${clips[2]!.id}"`);
  });

  it('stops, naming the page and the sentence, when the audio reads words the page no longer has', () => {
    const doc = document('<h1>題</h1><p>今の文です。</p>');
    expect(() => markSentences(doc.root, [at(0, '題'), at(1000, '前の文です。')], '/x/')).toThrow('/x/: the narrated sentence 「前の文です。」 is not in the page');
  });

  it('finds sentences only after the previous one (a repeated sentence is the next occurrence)', () => {
    const doc = document('<h1>題</h1><p>はい。</p><p>はい。</p>');
    const clips = markSentences(doc.root, [at(0, 'はい。'), at(1000, 'はい。')], '/x/');
    expect(serialize(doc.nodes, 'xhtml')).toBe(`<h1 id="section-1">題</h1><p><span id="${clips[0]!.id}">はい。</span></p><p><span id="${clips[1]!.id}">はい。</span></p>`);
  });
});

// SMIL 3.0 clock values (W3C SMIL 3.0 §Timing: Timecount-val "12.345s", Full-clock-val "h:mm:ss.fff").
describe('clock values', () => {
  it('writes timecounts and full clock values', () => {
    expect(seconds(555)).toBe('0.555s');
    expect(seconds(61_005)).toBe('61.005s');
    expect(clock(0)).toBe('0:00:00.000');
    expect(clock(3_723_456)).toBe('1:02:03.456');
  });
});
