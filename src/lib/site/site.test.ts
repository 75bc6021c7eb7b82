import { describe, expect, it } from 'vitest';
import { breadcrumbsFor, isWithin, pageFileStem, parentOf, routeOf } from './index.ts';

// One stem for every download of a page (braille, audio, large print, e-book documents): the
// top page's files are all called top (they were top for braille and audio, index for print).
describe('pageFileStem', () => {
  it.each([
    ['/', 'top'],
    ['/card/', 'card'],
    ['/card/security/', 'card-security'],
    ['/disability-id/municipalities/', 'disability-id-municipalities'],
  ])('%s → %s', (path, stem) => expect(pageFileStem(path)).toBe(stem));
  it.each(['/Card/', '/card/../x/', '/カード/', '/card//security/'])('refuses %s, which is no file name', (path) => expect(() => pageFileStem(path)).toThrow(path));
});

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
