import { describe, expect, it } from 'vitest';
import { blockText, extractPageText, normaliseText } from './index.ts';

// Expected blocks are written from the HTML by hand: what a reader sees, in order, without
// what the module's contract says to leave out.
const page = (main: string) => `<!doctype html><html lang="ja"><head><title>t</title></head><body>
<header><nav><a href="/">トップ</a></nav></header><main id="main">${main}</main><footer><p>フッター</p></footer></body></html>`;

describe('extractPageText', () => {
  it('keeps headings with their ids, paragraphs and the h1 as title; drops ruby readings', () => {
    const text = extractPageText(page(`<h1><ruby>個人<rp>(</rp><rt>こじん</rt><rp>)</rp></ruby>番号</h1>
      <h2 id="about">この<ruby>ページ<rt>ぺーじ</rt></ruby>について</h2><p>一つめの文です。
      二つめの文です。</p>`), '/x/');
    expect(text).toEqual({
      path: '/x/',
      title: '個人番号',
      lang: 'ja',
      blocks: [
        { kind: 'heading', level: 1, id: undefined, text: '個人番号' },
        { kind: 'heading', level: 2, id: 'about', text: 'このページについて' },
        { kind: 'paragraph', text: '一つめの文です。二つめの文です。' },
      ],
    });
  });

  it('leaves out navigation, forms, buttons, hidden parts, live regions and data-export-skip', () => {
    const { blocks } = extractPageText(page(`<h1>題</h1><nav><ol><li><a href="#a">目次</a></li></ol></nav>
      <form><label>名前</label><input><button>探す</button></form><p hidden>隠れた文</p>
      <p role="status">3件</p><p aria-hidden="true">飾り</p><p data-export-skip>索引にもどる</p><p>本文</p>`), '/x/');
    expect(blocks.map(blockText)).toEqual(['題', '本文']);
  });

  it('drops screen-reader hints inside links but keeps visually hidden text elsewhere', () => {
    const { blocks } = extractPageText(page(`<h1>題</h1><p><a href="/g/#t">住民票<span class="visually-hidden">（用語の説明）</span></a>を出します。<span class="visually-hidden">注：</span>大事です。</p>`), '/x/');
    expect(blocks[1]).toEqual({ kind: 'paragraph', text: '住民票を出します。注：大事です。' });
  });

  it('reads lists item by item with depth, order and start number, nested lists after their item', () => {
    const { blocks } = extractPageText(page(`<h1>題</h1><ol start="3"><li>申請します。<ul><li>窓口</li><li>郵送</li></ul></li><li><p>受け取ります。</p></li></ol>`), '/x/');
    expect(blocks.slice(1)).toEqual([
      { kind: 'list-item', depth: 1, ordered: true, index: 3, text: '申請します。' },
      { kind: 'list-item', depth: 2, ordered: false, index: 1, text: '窓口' },
      { kind: 'list-item', depth: 2, ordered: false, index: 2, text: '郵送' },
      { kind: 'list-item', depth: 1, ordered: true, index: 4, text: '受け取ります。' },
    ]);
  });

  it('reads a table row by row with the column headers, including a row header cell', () => {
    const { blocks } = extractPageText(page(`<h1>題</h1><table><caption>手続きの一覧</caption>
      <thead><tr><th scope="col">手続き</th><th scope="col">申請先</th></tr></thead>
      <tbody><tr><th scope="row">児童手当の申請</th><td>市町村</td></tr><tr><th scope="row">年金の請求</th><td>日本年金機構</td></tr></tbody></table>`), '/x/');
    expect(blocks[1]).toEqual({
      kind: 'table',
      caption: '手続きの一覧',
      rows: [
        { cells: [{ header: '手続き', text: '児童手当の申請' }, { header: '申請先', text: '市町村' }] },
        { cells: [{ header: '手続き', text: '年金の請求' }, { header: '申請先', text: '日本年金機構' }] },
      ],
    });
    expect(blockText(blocks[1]!)).toBe('手続きの一覧 手続き：児童手当の申請 申請先：市町村 手続き：年金の請求 申請先：日本年金機構');
  });

  it('joins the items of a list inside a cell with 、', () => {
    const { blocks } = extractPageText(page(`<h1>題</h1><table><thead><tr><th>手続き</th><th>省略できる書類</th></tr></thead>
      <tbody><tr><td>児童手当</td><td><ul><li>住民票</li><li>課税証明書</li></ul></td></tr></tbody></table>`), '/x/');
    expect(blocks[1]).toEqual({ kind: 'table', caption: '', rows: [{ cells: [{ header: '手続き', text: '児童手当' }, { header: '省略できる書類', text: '住民票、課税証明書' }] }] });
  });

  it('takes column headers from a first row of th when there is no thead', () => {
    const { blocks } = extractPageText(page(`<h1>題</h1><table><tr><th>項目</th><th>数</th></tr><tr><td>カード</td><td>3枚</td></tr></table>`), '/x/');
    expect(blocks[1]).toEqual({ kind: 'table', caption: '', rows: [{ cells: [{ header: '項目', text: 'カード' }, { header: '数', text: '3枚' }] }] });
  });

  it('reads a diagram by its caption, its SVG description (not its drawn labels) and its text version', () => {
    const { blocks } = extractPageText(page(`<h1>題</h1><figure><figcaption><strong>図：しくみ</strong></figcaption>
      <svg role="img"><title>しくみ</title><desc>国と市町村が情報をやりとりします。</desc><text>国</text><text>市町村</text></svg>
      <div><p><strong>図の内容を文章で</strong></p><ol><li>国が照会します。</li></ol></div></figure>`), '/x/');
    expect(blocks.slice(1).map(blockText)).toEqual(['図：しくみ', '国と市町村が情報をやりとりします。', '図の内容を文章で', '国が照会します。']);
  });

  it('reads a definition list, wrapped in divs or not, joining the blocks of each definition', () => {
    const { blocks } = extractPageText(page(`<h1>題</h1><dl><div><dt><dfn>API</dfn></dt><dd><p><span>略さない言い方：</span>アプリケーション・プログラミング・インターフェース</p><p>仕組みです。</p>
      <p>関連することば：</p><ul><li><a href="#a">自己情報</a></li><li><a href="#b">マイナポータル</a></li></ul></dd></div><dt>ICチップ</dt><dd>部品です。</dd></dl>`), '/x/');
    expect(blocks.slice(1)).toEqual([
      { kind: 'definition', term: 'API', text: '略さない言い方：アプリケーション・プログラミング・インターフェース。仕組みです。関連することば：自己情報、マイナポータル' },
      { kind: 'definition', term: 'ICチップ', text: '部品です。' },
    ]);
  });

  it('keeps text that sits in no block as a paragraph, so nothing is lost', () => {
    const { blocks } = extractPageText(page(`<h1>題</h1><div>箱の中の文<p>段落</p>後ろの文</div>`), '/x/');
    expect(blocks.slice(1).map(blockText)).toEqual(['箱の中の文', '段落', '後ろの文']);
  });

  it('names the page when there is no main or no h1', () => {
    expect(() => extractPageText('<html><body><p>x</p></body></html>', '/broken/')).toThrow('/broken/: the page has no <main>');
    expect(() => extractPageText(page('<p>x</p>'), '/broken/')).toThrow('/broken/: the page has no <h1>');
  });
});

describe('normaliseText', () => {
  it.each([
    ['source line breaks between Japanese characters vanish', '一つめ。\n  二つめ', '一つめ。二つめ'],
    ['spaces between Latin words stay, collapsed', 'World   Health\nOrganization', 'World Health Organization'],
    ['a space between Japanese and Latin stays', '番号 API', '番号 API'],
    ['ends are trimmed', '  文  ', '文'],
  ])('%s', (_label, input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });
});
