import { describe, expect, it } from 'vitest';
import { guidePageOrder } from './index.ts';

describe('guidePageOrder', () => {
  it('puts the top page first and each page after its parent, siblings by order', () => {
    const pages = guidePageOrder([
      { id: 'index', title: 'トップ', order: 0 },
      { id: 'b', title: 'B', order: 20 },
      { id: 'a', title: 'A', order: 10 },
      { id: 'a/second', title: 'A2', order: 20 },
      { id: 'a/first', title: 'A1', order: 10 },
      { id: 'glossary', title: '用語集', order: 95 },
    ]);
    expect(pages.map((page) => page.path)).toEqual(['/', '/a/', '/a/first/', '/a/second/', '/b/', '/glossary/']);
    expect(pages[0]).toEqual({ id: 'index', path: '/', title: 'トップ' });
  });

  it('orders siblings of equal order by id', () => {
    expect(guidePageOrder([{ id: 'y', title: 'Y', order: 1 }, { id: 'x', title: 'X', order: 1 }]).map((page) => page.id)).toEqual(['x', 'y']);
  });
});
