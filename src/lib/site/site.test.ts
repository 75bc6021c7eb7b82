import { describe, expect, it } from 'vitest';
import { breadcrumbsFor, isWithin, parentOf, routeOf } from './index.ts';

// Expected routes are the contract in issue 3's table of pages.
describe('routeOf', () => {
  it.each([
    ['index', '/'],
    ['card', '/card/'],
    ['card/security', '/card/security/'],
    ['linkage/documents', '/linkage/documents/'],
  ])('%s → %s', (id, route) => expect(routeOf(id)).toBe(route));
});

describe('parentOf', () => {
  it('climbs one level at a time up to the top page', () => {
    expect(parentOf('portal/self-information')).toBe('portal');
    expect(parentOf('portal')).toBe('index');
    expect(parentOf('index')).toBeUndefined();
  });
});

describe('breadcrumbsFor', () => {
  const titles: Record<string, string> = { index: 'ホーム', card: 'マイナンバーカード' };
  const titleOf = (id: string) => titles[id];
  it('lists every ancestor, top first, without the current page', () => {
    expect(breadcrumbsFor('card/security', titleOf)).toEqual([
      { label: 'ホーム', href: '/' },
      { label: 'マイナンバーカード', href: '/card/' },
    ]);
  });
  it('skips a level that has no page instead of linking to nothing', () => {
    expect(breadcrumbsFor('settings/advanced', titleOf)).toEqual([{ label: 'ホーム', href: '/' }]);
  });
  it('gives the top page no breadcrumbs', () => {
    expect(breadcrumbsFor('index', titleOf)).toEqual([]);
  });
});

describe('isWithin', () => {
  it('marks a section as current for its sub-pages', () => {
    expect(isWithin('/card/', '/card/security/')).toBe(true);
    expect(isWithin('/card/', '/portal/')).toBe(false);
    expect(isWithin('/', '/card/')).toBe(false);
  });
});
