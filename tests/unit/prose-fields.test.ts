/**
 * Which strings of content/ are reader text (src/lib/prose/fields.ts), and that nothing is
 * skipped without an error: an unknown file, an unclassified field or a value of the wrong kind
 * stops the check, naming the file.
 */
import { describe, expect, it } from 'vitest';
import { DATA_SHAPES, PAGE_FRONT_MATTER, proseFields, ProseShapeError } from '../../src/lib/prose/fields.ts';
import { fieldAtLine, joinFields, nearby, oneLine } from '../../src/lib/prose/lint.ts';
import { rulesForProfile, SUMMARY_SENTENCE_MAX } from '../../src/lib/prose/profiles.ts';

function shapeError(file: string, source: string): string {
  try {
    proseFields(file, source);
  } catch (error) {
    expect(error).toBeInstanceOf(ProseShapeError);
    return (error as ProseShapeError).message;
  }
  throw new Error(`${file} was accepted`);
}

describe('proseFields', () => {
  it('takes the reader text of a data file with path, entry id and line; ids, readings and URLs are not prose', () => {
    const source = [
      '# a comment',
      '- id: mynumber',
      '  term: マイナンバー',
      '  reading: まいなんばー',
      '  definition: 日本に住む人の番号です。',
      '  aliases: [個人番号]',
      '  seeAlso: [card]',
      '',
    ].join('\n');
    expect(proseFields('content/data/glossary.yaml', source)).toEqual([
      { file: 'content/data/glossary.yaml', entry: 'mynumber', path: '[0].term', line: 3, text: 'マイナンバー', profile: 'term' },
      { file: 'content/data/glossary.yaml', entry: 'mynumber', path: '[0].definition', line: 5, text: '日本に住む人の番号です。', profile: 'prose' },
      { file: 'content/data/glossary.yaml', entry: 'mynumber', path: '[0].aliases[0]', line: 6, text: '個人番号', profile: 'term' },
    ]);
  });

  it('takes title, description and each summary sentence from a page, with the line in the page', () => {
    const page = ['---', 'title: なくしたとき', 'description: カードをなくしたときのことです。', 'summary:', '  - まず止めます。', '  - いつでも止められます。', 'order: 20', 'related: [card]', '---', '', '## 本文', ''].join('\n');
    expect(proseFields('content/pages/card/lost.mdx', page).map(({ path, line, profile }) => `${line} ${path} ${profile}`)).toEqual([
      '2 title prose',
      '3 description prose',
      '5 summary[0] summary',
      '6 summary[1] summary',
    ]);
  });

  it('gives a folded YAML string as the site gets it, with the space the folding adds', () => {
    const source = ['- id: a', '  title: 内閣府の', '    ページ', '  publisher: 内閣府', '  url: https://www.cao.go.jp/', '  basis: 資料', ''].join('\n');
    expect(proseFields('content/data/links.yaml', source)[0]?.text).toBe('内閣府の ページ');
  });

  it('refuses a file with no known shape, naming it', () => {
    expect(shapeError('content/data/new-list.yaml', '- id: a\n')).toBe(
      'content/data/new-list.yaml: 文章のフィールドが決まっていないファイルです。src/lib/prose/fields.ts の DATA_SHAPES に形を書き足してください',
    );
  });

  it('refuses a field nobody classified, naming file, line and field', () => {
    expect(shapeError('content/data/documents.yaml', '- id: a\n  name: 住民票\n  reading: じゅうみんひょう\n  remark: メモ\n')).toBe(
      'content/data/documents.yaml:4: [0].remark: 読者に見せる文章かどうかが決まっていないフィールドです。src/lib/prose/fields.ts に書き足してください',
    );
  });

  it('refuses values of the wrong kind and a file that is not a list', () => {
    expect(shapeError('content/data/figures.yaml', '- id: a\n  label: 12\n')).toBe('content/data/figures.yaml:2: [0].label: 文字列を書いてください');
    expect(shapeError('content/data/glossary.yaml', '- id: a\n  term: 語\n  aliases: 語\n')).toBe('content/data/glossary.yaml:3: [0].aliases: 文字列のリストを書いてください');
    expect(shapeError('content/data/links.yaml', 'id: a\n')).toBe('content/data/links.yaml: この YAML はエントリーのリスト（- で始まる行）で書いてください');
    expect(shapeError('content/data/links.yaml', '- id: a\n  title: [\n')).toMatch(/^content\/data\/links\.yaml:\d+: YAML として読めません: /);
  });

  it('refuses a page without front matter and a front-matter field nobody classified', () => {
    expect(shapeError('content/pages/a.mdx', '## 見出し\n')).toBe('content/pages/a.mdx:1: ページの最初に front matter（--- で囲んだ YAML）がありません');
    expect(shapeError('content/pages/a.mdx', '---\ntitle: 見本\nsubtitle: 副題\n---\n')).toBe(
      'content/pages/a.mdx:3: subtitle: 読者に見せる文章かどうかが決まっていないフィールドです。src/lib/prose/fields.ts に書き足してください',
    );
  });

  it('classifies every field of every shape on purpose', () => {
    for (const shape of [PAGE_FRONT_MATTER, ...Object.values(DATA_SHAPES)]) {
      for (const [field, rule] of Object.entries(shape)) {
        if (typeof rule === 'object' && 'notProse' in rule) expect(rule.notProse.length, field).toBeGreaterThan(5);
      }
    }
  });
});

describe('joining fields and finding them again', () => {
  const field = (text: string) => ({ file: 'f.yaml', path: 'p', line: 1, text, profile: 'prose' as const });

  it('puts each field in its own paragraph and maps a line back to its field', () => {
    const joined = joinFields([field('一行です。'), field('一行目です。\n二行目です。'), field('最後です。')]);
    expect(joined.text).toBe('一行です。\n\n一行目です。\n二行目です。\n\n最後です。');
    expect(joined.starts).toEqual([1, 3, 6]);
    expect(joined.offsets.map((offset) => joined.text.slice(offset, offset + 2))).toEqual(['一行', '一行', '最後']);
    expect(fieldAtLine(joined, 1)).toEqual({ index: 0, offset: 0 });
    expect(fieldAtLine(joined, 4)).toEqual({ index: 1, offset: 1 });
    expect(fieldAtLine(joined, 6)).toEqual({ index: 2, offset: 0 });
  });

  it('quotes the words around a problem on one line', () => {
    expect(nearby('国の件数です。\n次の行です。', 3)).toBe('国の件数です。 次の行…');
    expect(nearby('あいうえおかきくけこさしすせそたちつてと', 10)).toBe('…うえおかきくけこさしすせそたちつ…');
  });

  it('writes a message of several lines on one line', () => {
    expect(oneLine('一文に二回以上利用されている助詞 "に" がみつかりました。\n\n- "に"\n- "に"\n')).toBe('一文に二回以上利用されている助詞 "に" がみつかりました。 / - "に" / - "に"');
  });
});

describe('rulesForProfile', () => {
  const rules = [
    { ruleId: 'sentence-length', options: { max: 60, countBy: 'codepoints' } },
    { ruleId: 'prh', options: { rulePaths: ['content/terms/prh.yml'] } },
  ];

  it('keeps body rules, lowers the sentence length for summaries and drops the word choices for glossary terms', () => {
    expect(rulesForProfile(rules, 'prose')).toEqual(rules);
    expect(rulesForProfile(rules, 'summary')[0]).toEqual({ ruleId: 'sentence-length', options: { max: SUMMARY_SENTENCE_MAX, countBy: 'codepoints' } });
    expect(rulesForProfile(rules, 'term').map((rule) => rule.ruleId)).toEqual(['sentence-length']);
  });

  it('fails when the rule a profile changes is not configured', () => {
    expect(() => rulesForProfile([rules[1]!], 'summary')).toThrow(/sentence-length/);
    expect(() => rulesForProfile([rules[0]!], 'term')).toThrow(/prh/);
  });
});
