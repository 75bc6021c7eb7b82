import { beforeAll, describe, expect, it } from 'vitest';
import { loadReadingLayer } from '../../data/reading-layer.ts';
import { alignReading, type Reader, type RubyPart } from '../reading/index.ts';
import { rubyHast, rubyHtml, rubyPartsOf } from './index.ts';
import { readVectors } from '../test-vectors/index.ts';

const vectors = readVectors(new URL('./vectors.tsv', import.meta.url), 3) as [string, string, string][];

const show = (parts: readonly RubyPart[]) => parts.map((part) => (part.reading === undefined ? part.text : `${part.text}(${part.reading})`)).join('');

let reader: Reader;
beforeAll(async () => {
  reader = await loadReadingLayer();
}, 120_000);

describe('ruby parts (labelled vectors)', () => {
  it.each(vectors)('%s: %s', (_label, input, expected) => {
    expect(show(rubyPartsOf(reader.read(input)))).toBe(expected);
  });
});

describe('alignReading', () => {
  it('splits the reading over the kanji around the okurigana', () => {
    expect(show(alignReading('取り込み', 'とりこみ')!)).toBe('取(と)り込(こ)み');
    expect(show(alignReading('話し合い', 'はなしあい')!)).toBe('話(はな)し合(あ)い');
  });
  it('accepts a reading in katakana', () => {
    expect(show(alignReading('届け出', 'トドケデ')!)).toBe('届(とど)け出(で)');
  });
  it('returns undefined when the reading does not fit', () => {
    expect(alignReading('届け出', 'とどいで')).toBeUndefined();
  });
});

describe('markup', () => {
  it('has <rp> around the reading (HTML_CodeSniffer H62) and hides <rt> from screen readers', () => {
    expect(rubyHtml(reader.read('届け出'))).toBe(
      '<ruby>届<rp>(</rp><rt aria-hidden="true">とど</rt><rp>)</rp></ruby>け<ruby>出<rp>(</rp><rt aria-hidden="true">で</rt><rp>)</rp></ruby>',
    );
  });
  it('escapes the text around the ruby', () => {
    expect(rubyHtml(reader.read('<b>&"'))).toBe('&lt;b&gt;&amp;&quot;');
  });
  it('builds the same structure as hast nodes', () => {
    const [ruby] = rubyHast(reader.read('令和'));
    expect(ruby).toEqual({
      type: 'element',
      tagName: 'ruby',
      properties: {},
      children: [
        { type: 'text', value: '令和' },
        { type: 'element', tagName: 'rp', properties: {}, children: [{ type: 'text', value: '(' }] },
        { type: 'element', tagName: 'rt', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: 'れいわ' }] },
        { type: 'element', tagName: 'rp', properties: {}, children: [{ type: 'text', value: ')' }] },
      ],
    });
  });
});
