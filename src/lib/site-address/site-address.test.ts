import { describe, expect, it } from 'vitest';
import { isLoopbackHost, LOCAL_PREVIEW_ENV, readSiteAddress } from './index.ts';
import { readVectors } from '../test-vectors/index.ts';

const rows = (file: string) =>
  readVectors(new URL(file, import.meta.url), 3) as [string, string, string, string?][];

describe('readSiteAddress (labelled vectors)', () => {
  it.each(rows('./site-address.tsv'))('%s', (_label, siteUrl, localPreview, expected) => {
    const env = {
      ...(siteUrl === '-' ? {} : { SITE_URL: siteUrl }),
      ...(localPreview === '-' ? {} : { LOCAL_PREVIEW: localPreview }),
    };
    const result = readSiteAddress(env);
    if (expected === 'publish' || expected === 'local') {
      expect(result).toEqual({ ok: true, site: siteUrl, publishable: expected === 'publish' });
    } else {
      expect(result.ok, JSON.stringify(result)).toBe(false);
      if (!result.ok) expect(result.problem).toContain(expected!.replace(/^refuse: /, ''));
    }
  });

  it('says what to set when nothing is set, in one sentence', () => {
    const result = readSiteAddress({});
    expect(result).toEqual({
      ok: false,
      site: undefined,
      problem:
        "SITE_URL is not set: a build to publish needs the site's public https address, for example SITE_URL=https://example.jp npm run build (npm start builds for this machine with SITE_URL=http://127.0.0.1:4321 LOCAL_PREVIEW=1).",
    });
  });

  it('keeps a refused address that parses, so that astro check and preview still load the configuration', () => {
    expect(readSiteAddress({ SITE_URL: 'http://guide.example.jp' })).toMatchObject({ ok: false, site: 'http://guide.example.jp' });
    expect(readSiteAddress({ SITE_URL: 'guide.example.jp' })).toMatchObject({ ok: false, site: undefined });
  });

  it('accepts the environment the local builds share', () => {
    expect(readSiteAddress(LOCAL_PREVIEW_ENV)).toEqual({ ok: true, site: 'http://127.0.0.1:4321', publishable: false });
  });

  it('knows the loopback host names', () => {
    expect(['localhost', 'LOCALHOST', 'a.localhost', '127.0.0.1', '127.255.0.9', '[::1]', '0.0.0.0', 'localhost.'].every(isLoopbackHost)).toBe(true);
    expect(['guide.example.jp', 'localhost.example.jp', 'mylocalhost', '128.0.0.1', '10.0.0.1', '[::2]'].some(isLoopbackHost)).toBe(false);
  });
});
