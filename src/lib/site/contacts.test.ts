import { describe, expect, it } from 'vitest';
import { telHref } from './contacts.ts';

// Expected values from RFC 3966 (the tel URI): visual separators may be dropped, and # is
// percent-encoded as %23 because it starts a fragment in a URI.
describe('telHref', () => {
  it.each([
    ['a free line with hyphens', '0120-95-0178', 'tel:0120950178'],
    ['an IP-phone line', '050-3818-1250', 'tel:05038181250'],
    ['a short number', '188', 'tel:188'],
    ['a # number', '#9110', 'tel:%239110'],
  ])('%s', (_label, number, href) => {
    expect(telHref(number)).toBe(href);
  });
  it('names a number it cannot dial', () => {
    expect(() => telHref('0120 95 0178')).toThrow('0120 95 0178');
  });
});
