import { describe, expect, it } from 'vitest';
import { breadcrumbListJsonLd } from './index.ts';

describe('breadcrumbListJsonLd (schema.org BreadcrumbList: ListItem with position from 1, name, item URL)', () => {
  it('lists the ancestors, then the page, with absolute addresses', () => {
    const json = breadcrumbListJsonLd(
      [{ label: 'ホーム', href: '/' }, { label: 'マイナンバーカード', href: '/card/' }],
      { label: 'マイナンバーカードをなくしたとき', href: '/card/lost/' },
      'https://example.jp',
    );
    expect(JSON.parse(json)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'ホーム', item: 'https://example.jp/' },
        { '@type': 'ListItem', position: 2, name: 'マイナンバーカード', item: 'https://example.jp/card/' },
        { '@type': 'ListItem', position: 3, name: 'マイナンバーカードをなくしたとき', item: 'https://example.jp/card/lost/' },
      ],
    });
  });

  it('cannot close the script element it is written into', () => {
    const json = breadcrumbListJsonLd([], { label: '</script><script>alert(1)</script>', href: '/x/' }, 'https://example.jp');
    expect(json).not.toContain('<');
    expect((JSON.parse(json) as { itemListElement: Array<{ name: string }> }).itemListElement[0]?.name).toBe('</script><script>alert(1)</script>');
  });
});
