import { describe, expect, it } from 'vitest';
import type { Reader, ReadingToken } from '../reading/index.ts';
import { addPageReadings } from './page.ts';

/** A stand-in reader that knows a few words, so that these tests do not depend on the dictionary. */
const WORDS: Record<string, string> = { 用語集: 'ようごしゅう', 表示: 'ひょうじ', 設定: 'せってい', 本文: 'ほんぶん' };
const reader: Reader = {
  read(text: string): ReadingToken[] {
    const tokens: ReadingToken[] = [];
    for (let at = 0; at < text.length; ) {
      const word = Object.keys(WORDS).find((candidate) => text.startsWith(candidate, at));
      const surface = word ?? text[at]!;
      const known = word !== undefined;
      const isKanji = /\p{Script=Han}/u.test(surface);
      tokens.push({
        surface,
        reading: known ? WORDS[surface]! : isKanji ? '' : surface,
        pronunciation: surface,
        braille: surface,
        source: known ? 'lexicon' : isKanji ? 'none' : 'surface',
        pos: '名詞',
      });
      at += surface.length;
    }
    return tokens;
  },
};

const ruby = (base: string, reading: string) => `<ruby>${base}<rp>(</rp><rt aria-hidden="true">${reading}</rt><rp>)</rp></ruby>`;
const page = (head: string, body: string) => `<!DOCTYPE html><html lang="ja"><head>${head}</head><body>${body}</body></html>`;

describe('addPageReadings', () => {
  it('puts ruby on kanji words in running text, keeping the kana around them', () => {
    const result = addPageReadings(page('', '<p>この本文です。</p>'), reader);
    expect(result.html).toBe(page('', `<p>この${ruby('本文', 'ほんぶん')}です。</p>`));
    expect(result.changed).toBe(1);
    expect(result.unread.size).toBe(0);
  });

  it('keeps the text of a link or button one box: the ruby goes inside one span', () => {
    const result = addPageReadings(page('', '<a href="/glossary/">用語集へ</a><button>表示設定</button>'), reader);
    expect(result.html).toBe(
      page('', `<a href="/glossary/"><span>${ruby('用語集', 'ようごしゅう')}へ</span></a><button><span>${ruby('表示', 'ひょうじ')}${ruby('設定', 'せってい')}</span></button>`),
    );
  });

  it('leaves alone the title, scripts, options, code, existing ruby and anything marked data-furigana-skip', () => {
    const html = page(
      '<title>用語集</title>',
      `<script>const a = "本文";</script><select><option>表示</option></select><code>設定</code>${ruby('本文', 'ほんぶん')}<p data-furigana-skip>用語集</p>`,
    );
    const result = addPageReadings(html, reader);
    expect(result.changed).toBe(0);
    expect(result.html).toBe(html);
  });

  it('lists each kanji word it cannot read, with the text it was in, and still returns the page', () => {
    const result = addPageReadings(page('', '<p>未知の語と本文</p>'), reader);
    expect([...result.unread.keys()]).toEqual(['未', '知', '語']);
    expect(result.unread.get('語')).toBe('未知の語と本文');
  });

  it('reads the words inside a <template>, which a script shows later', () => {
    const result = addPageReadings(page('', '<template data-ui=""><button>表示</button></template>'), reader);
    expect(result.html).toBe(page('', `<template data-ui=""><button><span>${ruby('表示', 'ひょうじ')}</span></button></template>`));
    expect(result.changed).toBe(1);
  });
});
