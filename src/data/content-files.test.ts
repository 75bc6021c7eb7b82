import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentFiles, diskAccess, type FileAccess } from './content-files.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A project folder with the given files under it. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'content-files-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** The disk, with every read counted by path relative to the root. */
function countingAccess(root: string): { access: FileAccess; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  return {
    reads,
    access: {
      ...diskAccess,
      readText: (path) => {
        const name = path.slice(root.length + 1);
        reads.set(name, (reads.get(name) ?? 0) + 1);
        return diskAccess.readText(path);
      },
    },
  };
}

const SITE = '- id: site\n  siteName: テストのガイド\n';
const GLOSSARY = '- id: fukuhon\n  term: 副本\n  reading: ふくほん\n  definition: テスト用の定義です。\n';
const page = (front: string) => `---\n${front}\n---\n本文\n`;
const FRONT = 'title: トップ\ndescription: テスト用のページです。二十文字を超える説明を書きます。\nsummary: [一つ目の文です。, 二つ目の文です。, 三つ目の文です。]\norder: 0';

describe('contentFiles', () => {
  it('reads each file once, however often and for whatever it is asked', () => {
    const root = project({ 'content/site.yaml': SITE, 'content/data/glossary.yaml': GLOSSARY });
    const { access, reads } = countingAccess(root);
    const content = contentFiles(root, access);
    expect(content.siteName()).toBe('テストのガイド');
    expect(content.siteSettings().siteName).toBe('テストのガイド');
    expect(content.glossary().map((term) => term.id)).toEqual(['fukuhon']);
    content.glossary();
    content.text('content/data/glossary.yaml');
    expect(Object.fromEntries(reads)).toEqual({ 'content/site.yaml': 1, 'content/data/glossary.yaml': 1 });
  });

  it('reads a file again once it has changed (astro dev)', () => {
    const root = project({ 'content/site.yaml': SITE });
    const content = contentFiles(root, diskAccess);
    expect(content.siteName()).toBe('テストのガイド');
    writeFileSync(join(root, 'content/site.yaml'), SITE.replace('テストのガイド', '別の名前のガイド'));
    utimesSync(join(root, 'content/site.yaml'), new Date(), new Date(Date.now() + 5000));
    expect(content.siteName()).toBe('別の名前のガイド');
  });

  it('shares one loader per project root in a process', () => {
    const root = project({ 'content/site.yaml': SITE });
    expect(contentFiles(root)).toBe(contentFiles(root));
  });

  it('names the file and the field of every bad entry', () => {
    const root = project({
      'content/data/glossary.yaml': `${GLOSSARY}- id: Bad_Id\n  term: 悪い\n  reading: warui\n  definition: 短い\n`,
    });
    const content = contentFiles(root, diskAccess);
    expect(() => content.glossary()).toThrow(/content\/data\/glossary\.yaml: \[1\]\.id: id は半角英小文字/);
    expect(() => content.glossary()).toThrow(/content\/data\/glossary\.yaml: \[1\]\.reading: 読みは ひらがな・カタカナ で書いてください/);
    expect(() => content.glossary()).toThrow(/content\/data\/glossary\.yaml: \[1\]\.definition: /);
  });

  it('refuses an id used twice in one file, naming both entries', () => {
    const root = project({ 'content/data/glossary.yaml': `${GLOSSARY}${GLOSSARY}` });
    expect(() => contentFiles(root, diskAccess).glossary()).toThrow('content/data/glossary.yaml: [1].id: id「fukuhon」は [0] にもあります');
  });

  it('names a file that is not YAML', () => {
    const root = project({ 'content/site.yaml': '- id: site\n  siteName: [閉じていない\n' });
    expect(() => contentFiles(root, diskAccess).siteName()).toThrow(/content\/site\.yaml: YAML として読めません/);
  });

  it('checks the conformance results, naming file and field', () => {
    const run = { date: '2026-12-07', commit: '7757b21', axeCore: '4.14.1', tool: 'Playwright' };
    const criterion = { id: '1.1.1', level: 'A', title: '非テキストコンテンツ', status: '適合', basis: ['自動テスト'], passed: 67, failed: 0 };
    const good = project({ 'content/accessibility/results.json': JSON.stringify({ run, urls: ['/'], criteria: [criterion] }) });
    expect(contentFiles(good, diskAccess).accessibilityResults().criteria[0]?.status).toBe('適合');
    const bad = project({ 'content/accessibility/results.json': JSON.stringify({ run, urls: ['/'], criteria: [{ ...criterion, status: '合格' }] }) });
    expect(() => contentFiles(bad, diskAccess).accessibilityResults()).toThrow('content/accessibility/results.json: criteria[0].status');
    const broken = project({ 'content/accessibility/results.json': '{"run":' });
    expect(() => contentFiles(broken, diskAccess).accessibilityResults()).toThrow('content/accessibility/results.json: JSON として読めません');
  });
  it('names a site.yaml without the site entry', () => {
    const root = project({ 'content/site.yaml': '- id: other\n  siteName: 別のサイト\n' });
    expect(() => contentFiles(root, diskAccess).siteName()).toThrow('content/site.yaml: id: サイトの設定（id: site）がありません');
  });

  it('keeps the procedures in the order of the file', () => {
    const procedure = (id: string) => `- id: ${id}\n  name: 手続き${id}\n  law: 法律の名前\n  office: 市区町村\n  documents: [juminhyo]\n  tables: [other]\n`;
    const root = project({ 'content/data/procedures.yaml': ['zeta', 'alpha', 'mid'].map(procedure).join('') });
    expect(contentFiles(root, diskAccess).procedures().map((entry) => entry.id)).toEqual(['zeta', 'alpha', 'mid']);
  });

  it('checks every page front matter with the page schema, naming file and field, and orders the guide pages', () => {
    const good = project({
      'content/pages/index.mdx': page(FRONT),
      'content/pages/b.mdx': page(FRONT.replace('トップ', 'ビー').replace('order: 0', 'order: 20')),
      'content/pages/a.mdx': page(FRONT.replace('トップ', 'エー').replace('order: 0', 'order: 10')),
      'content/pages/a/child.mdx': page(FRONT.replace('トップ', 'エーの子').replace('order: 0', 'order: 1')),
    });
    expect(contentFiles(good, diskAccess).guidePages()).toEqual([
      { id: 'index', path: '/', title: 'トップ' },
      { id: 'a', path: '/a/', title: 'エー' },
      { id: 'a/child', path: '/a/child/', title: 'エーの子' },
      { id: 'b', path: '/b/', title: 'ビー' },
    ]);
    const bad = project({
      'content/pages/x.mdx': page(FRONT.replace('order: 0', '')),
      'content/pages/y/z.mdx': page(FRONT.replace(/summary: .*\n/, '')),
      'content/pages/none.mdx': '本文だけ\n',
    });
    const error = (() => {
      try {
        contentFiles(bad, diskAccess).pages();
      } catch (thrown) {
        return (thrown as Error).message;
      }
      return '';
    })();
    expect(error).toContain('content/pages/x.mdx: order: ');
    expect(error).toContain('content/pages/y/z.mdx: summary: ');
    expect(error).toContain('content/pages/none.mdx: 先頭に front matter');
  });

  it('lists the lexicon and media files in name order, and none when the folder is missing', () => {
    const root = project({ 'content/lexicon/b.tsv': 'term\treading\n', 'content/lexicon/a.tsv': 'term\treading\n', 'content/lexicon/notes.md': '' });
    const content = contentFiles(root, diskAccess);
    expect(content.lexiconFiles().map((file) => file.path)).toEqual(['content/lexicon/a.tsv', 'content/lexicon/b.tsv']);
    expect(content.mediaEntryFiles()).toEqual([]);
  });
});
