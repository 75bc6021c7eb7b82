import { describe, expect, it } from 'vitest';
import { buildMatcher, splitFirstMentions, termIdFromHref, type Segment } from './index.ts';
import { readVectors } from '../test-vectors/index.ts';

const matcher = buildMatcher([
  { id: 'mynumber', term: 'マイナンバー', aliases: ['個人番号'] },
  { id: 'card', term: 'マイナンバーカード', aliases: [] },
  { id: 'api', term: 'API', aliases: [], expansion: 'アプリケーション・プログラミング・インターフェース' },
]);

const show = (segments: Segment[]) =>
  segments.map((segment) => ('termId' in segment ? `[${segment.termId}:${segment.text}]` : segment.text)).join('|');

const vectors = readVectors(new URL('./vectors.tsv', import.meta.url));

describe('splitFirstMentions (labelled vectors)', () => {
  it.each(vectors)('%s', (_label, text, expected) => {
    expect(show(splitFirstMentions(text, matcher, new Set()))).toBe(expected);
  });
});

describe('splitFirstMentions across text nodes', () => {
  it('remembers terms already linked earlier on the page', () => {
    const seen = new Set<string>();
    splitFirstMentions('マイナンバーの話', matcher, seen);
    expect(show(splitFirstMentions('次もマイナンバー', matcher, seen))).toBe('次もマイナンバー');
  });
});

describe('buildMatcher', () => {
  it('refuses one spelling claimed by two terms, naming both', () => {
    expect(() =>
      buildMatcher([
        { id: 'a', term: '副本', aliases: [] },
        { id: 'b', term: '写し', aliases: ['副本'] },
      ]),
    ).toThrow(/副本.*a.*b/);
  });
});

describe('termIdFromHref', () => {
  it('reads the term id of a glossary link and ignores other links', () => {
    expect(termIdFromHref('/glossary/#term-fukuhon')).toBe('fukuhon');
    expect(termIdFromHref('/card/')).toBeUndefined();
  });
});
