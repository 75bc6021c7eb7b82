import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guidePages } from './index.ts';

function pagesFolder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'guide-pages-'));
  for (const [name, frontmatter] of Object.entries(files)) {
    const path = join(root, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, `---\n${frontmatter}\n---\n本文\n`);
  }
  return root;
}

describe('guidePages', () => {
  it('puts the top page first and each page after its parent, siblings by order', () => {
    const root = pagesFolder({
      'index.mdx': 'title: トップ\norder: 0',
      'b.mdx': 'title: B\norder: 20',
      'a.mdx': 'title: A\norder: 10',
      'a/second.mdx': 'title: A2\norder: 20',
      'a/first.mdx': 'title: A1\norder: 10',
      'glossary.mdx': 'title: 用語集\norder: 95',
    });
    expect(guidePages(root).map((page) => page.path)).toEqual(['/', '/a/', '/a/first/', '/a/second/', '/b/', '/glossary/']);
    expect(guidePages(root)[0]).toEqual({ id: 'index', path: '/', title: 'トップ' });
  });

  it('names the file and field when order or title is missing', () => {
    expect(() => guidePages(pagesFolder({ 'x.mdx': 'title: X' }))).toThrow(/x\.mdx: frontmatter field "order" must be a number/);
    expect(() => guidePages(pagesFolder({ 'x.mdx': 'order: 1' }))).toThrow(/x\.mdx: frontmatter field "title" must be text/);
  });
});
