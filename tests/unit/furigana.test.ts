/**
 * The furigana build step: what the rehype plugin does to a page's tree, and the checks that
 * stop the build (a kanji word nobody can read; a glossary reading the reading layer disputes).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { furigana } from '../../src/integrations/furigana.ts';
import { furiganaHtml } from '../../src/data/furigana.ts';
import { glossaryMismatches, loadReadingLayer } from '../../src/data/reading-layer.ts';
import type { Reader } from '../../src/lib/reading/index.ts';

interface Node {
  type: string;
  tagName?: string;
  value?: string;
  name?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
  data?: Record<string, unknown>;
}

const text = (value: string): Node => ({ type: 'text', value });
const el = (tagName: string, children: Node[]): Node => ({ type: 'element', tagName, properties: {}, children });
const page = { path: '/work/main/content/pages/example.mdx' };

/** The page as HTML-ish text: ruby as base(reading), expressions as {reading}. */
function show(node: Node): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.type === 'mdxTextExpression') {
    const body = (node.data?.['estree'] as { body: Array<{ expression: { value: string } }> }).body;
    return `{${body[0]!.expression.value}}`;
  }
  const inner = (node.children ?? []).map(show).join('');
  if (node.tagName === 'rp') return '';
  if (node.tagName === 'rt') return `(${inner})`;
  if (node.tagName === 'ruby') return inner;
  return node.tagName ? `<${node.tagName}>${inner}</${node.tagName}>` : inner;
}

let reader: Reader;
beforeAll(async () => {
  reader = await loadReadingLayer();
}, 120_000);

describe('the furigana rehype plugin', () => {
  it('puts ruby on kanji in paragraphs, links and table cells, and leaves code alone', async () => {
    const tree: Node = {
      type: 'root',
      children: [
        el('p', [text('届け出は'), el('a', [text('役所')]), text('へ。')]),
        el('pre', [el('code', [text('手続き')])]),
        { type: 'mdxJsxFlowElement', name: 'td', children: [text('住民票')] },
      ],
    };
    await furigana()(tree, page);
    expect(show(tree)).toBe('<p>届(とど)け出(で)は<a><span>役所(やくしょ)</span></a>へ。</p><pre><code>手続き</code></pre>住民(じゅうみん)票(ひょう)');
  });

  it('gives <rt> aria-hidden, so that screen readers read each word once', async () => {
    const tree: Node = { type: 'root', children: [el('p', [text('令和')])] };
    await furigana()(tree, page);
    const ruby = tree.children![0]!.children![0]!;
    const rt = ruby.children!.find((child) => child.tagName === 'rt')!;
    expect(rt.properties).toEqual({ ariaHidden: 'true' });
    expect(ruby.children!.filter((child) => child.tagName === 'rp')).toHaveLength(2);
  });

  it('keeps readings out of the text Astro makes heading ids and the table of contents from', async () => {
    const tree: Node = { type: 'root', children: [el('h2', [text('届け出の方法')])] };
    await furigana()(tree, page);
    expect(show(tree)).toBe('<h2>届({とど})け出({で})の方法({ほうほう})</h2>');
    const collected: string[] = [];
    const collect = (node: Node) => {
      if (node.type === 'text' || node.type === 'mdxTextExpression') collected.push(node.value ?? '');
      node.children?.forEach(collect);
    };
    collect(tree);
    expect(collected.join('')).toBe('届け出の方法');
  });

  it('fails on a kanji word with no reading, naming the page and the word', async () => {
    const tree: Node = { type: 'root', children: [el('p', [text('この龘は読めません。')])] };
    await expect(furigana()(tree, page)).rejects.toThrow(/content\/pages\/example\.mdx: 読みのわからない語があります。content\/lexicon\/words\.tsv に読みを足してください:\n  「龘」（この龘は読めません。）/);
  });
});

describe('furiganaHtml (title and summary in the layout)', () => {
  it('returns escaped HTML with ruby', async () => {
    expect(await furiganaHtml('本人<確認>', 'x')).toBe(
      '<ruby>本人<rp>(</rp><rt aria-hidden="true">ほんにん</rt><rp>)</rp></ruby>&lt;<ruby>確認<rp>(</rp><rt aria-hidden="true">かくにん</rt><rp>)</rp></ruby>&gt;',
    );
  });
  it('fails on a word with no reading, naming file and field', async () => {
    await expect(furiganaHtml('龘のこと', 'content/pages/card.mdx: summary.2')).rejects.toThrow(/^content\/pages\/card\.mdx: summary\.2: 読みのわからない語があります。.*「龘」/);
  });
});

describe('glossary readings against the reading layer', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  it('agree for every term of content/data/glossary.yaml', () => {
    expect(glossaryMismatches(reader)).toEqual([]);
  });

  it('a wrong reading is reported with file, id and both readings', () => {
    const root = mkdtempSync(join(tmpdir(), 'glossary-'));
    roots.push(root);
    mkdirSync(join(root, 'content/data'), { recursive: true });
    writeFileSync(join(root, 'content/data/glossary.yaml'), '- id: fukuhon\n  term: 副本\n  reading: ふくもと\n  definition: テスト用の定義です。\n');
    expect(glossaryMismatches(reader, root)).toEqual([
      'content/data/glossary.yaml: fukuhon.reading: 「副本」の読みは「ふくもと」と書かれていますが、読みの仕組みでは「ふくほん」になります。正しい方に合わせてください（仕組みが違うなら content/lexicon/words.tsv に行を足します）',
    ]);
  });
});

describe('links', () => {
  it('keep their text in one span, so that a flex link still wraps as one line of text', async () => {
    const tree: Node = { type: 'root', children: [el('li', [el('a', [text('障害のある人向けの資料')])])] };
    await furigana()(tree, page);
    const link = tree.children![0]!.children![0]!;
    expect(link.children!.map((child) => child.tagName)).toEqual(['span']);
    expect(show(link)).toBe('<a><span>障害(しょうがい)のある人(ひと)向(む)けの資料(しりょう)</span></a>');
  });
});
