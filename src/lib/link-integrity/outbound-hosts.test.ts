import { describe, expect, it } from 'vitest';
import { allowedOutboundHosts, isGovernmentHost, parseHostExceptions, type LinkSource } from './outbound-hosts.ts';
import { readVectors } from '../test-vectors/index.ts';

const vectors = readVectors(new URL('./outbound-hosts.tsv', import.meta.url), 3) as [string, string, string][];

const EXCEPTIONS_FILE = 'content/data/outbound-hosts.yaml';
const exception = { host: 'creativecommons.org', reason: 'the licence of the voice asks for a link to it' };
const link = (url: string, entry = 'x'): LinkSource => ({ file: 'content/data/links.yaml', field: '[0].url', entry, url });
// The exception must be used, or the list reports it; this link uses it in every case.
const licence = link('https://creativecommons.org/licenses/by/4.0/', 'cc');

describe('the outbound host rule (labelled vectors)', () => {
  it.each(vectors)('%s', (_label, url, expected) => {
    const host = new URL(url).hostname;
    const allowed = () => allowedOutboundHosts([link(url), licence], [exception], EXCEPTIONS_FILE);
    expect(isGovernmentHost(host)).toBe(expected === 'government');
    if (expected === 'refused') expect(allowed).toThrow(`content/data/links.yaml: [0].url (entry "x"): ${host} is not under go.jp or lg.jp`);
    else expect(allowed().has(host)).toBe(true);
  });
});

describe('allowedOutboundHosts', () => {
  it('names the file, the field, the entry and the host of a look-alike, and says what to do', () => {
    const links = [link('https://www.digital.go.jp/', 'digital-agency'), { ...link('https://www.digital-go.jp/', 'digital-look'), field: '[4].url' }];
    expect(() => allowedOutboundHosts(links, [], EXCEPTIONS_FILE)).toThrow(
      'content/data/links.yaml: [4].url (entry "digital-look"): www.digital-go.jp is not under go.jp or lg.jp and is not a named exception in content/data/outbound-hosts.yaml; check that it is the real address',
    );
  });

  it('reports an exception that no link uses', () => {
    expect(() => allowedOutboundHosts([link('https://www.cao.go.jp/')], [exception], EXCEPTIONS_FILE)).toThrow(
      'content/data/outbound-hosts.yaml: [0].host: no link uses creativecommons.org; remove the exception',
    );
  });

  it('gives each allowed host once', () => {
    expect(allowedOutboundHosts([link('https://www.cao.go.jp/a'), link('https://www.cao.go.jp/b'), licence], [exception], EXCEPTIONS_FILE)).toEqual(
      new Set(['www.cao.go.jp', 'creativecommons.org']),
    );
  });
});

describe('parseHostExceptions', () => {
  it('reads the committed list', () => {
    expect(parseHostExceptions([exception], EXCEPTIONS_FILE)).toEqual([exception]);
    expect(parseHostExceptions(null, EXCEPTIONS_FILE)).toEqual([]);
  });

  it('names the entry and field of every mistake at once', () => {
    const bad = [
      { host: 'https://example.org/', reason: 'a reason long enough' },
      { host: 'www.cao.go.jp', reason: 'a reason long enough' },
      { host: 'creativecommons.org', reason: '' },
      { host: 'creativecommons.org', reason: 'a reason long enough', note: 'x' },
    ];
    expect(() => parseHostExceptions(bad, EXCEPTIONS_FILE)).toThrow(
      [
        'content/data/outbound-hosts.yaml: [0].host: "https://example.org/" is not a host name; write it as the address shows it, in lower case, without https:// or a path (creativecommons.org)',
        'content/data/outbound-hosts.yaml: [1].host: www.cao.go.jp is under go.jp or lg.jp, which are allowed without an exception; remove the entry',
        'content/data/outbound-hosts.yaml: [2].reason: say in a sentence why the site links to this host (at least 10 characters)',
        'content/data/outbound-hosts.yaml: [3].note: unknown field (only host and reason)',
        'content/data/outbound-hosts.yaml: [3].host: creativecommons.org is listed more than once',
      ].join('\n'),
    );
  });

  it('refuses a file that is not a list', () => {
    expect(() => parseHostExceptions({ host: 'x' }, EXCEPTIONS_FILE)).toThrow('content/data/outbound-hosts.yaml: expected a list of { host, reason }');
  });
});
