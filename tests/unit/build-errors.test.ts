/**
 * Bad content must stop the real build with the file, the field and a plain message. Each case
 * takes its own copy of the site (tests/unit/support/fixture-site.ts), breaks one thing, runs
 * `astro build` there and reads what it printed. (The schemas alone are tested in
 * schemas.test.ts; this proves the messages reach the person running the build.)
 * build-fixture.test.ts shows that the same site, unbroken, builds past every one of these checks.
 */
import { describe, expect, it } from 'vitest';
import { copySite, failingBuild, type SiteCopy } from './support/fixture-site.ts';

function buildWith(breakIt: (site: SiteCopy) => void): Promise<string> {
  const site = copySite('bad-content');
  breakIt(site);
  return failingBuild(site);
}

describe('a broken content file fails the build, naming file and field', { timeout: 180_000 }, () => {
  it('a figure without its date', async () => {
    const output = await buildWith((site) => site.edit('content/data/figures.yaml', (text) => text.replace(/\n  asOf: 2021-05-11\n/, '\n')));
    expect(output).toContain('content/data/figures.yaml');
    expect(output).toContain('asOf');
  });

  it('a glossary link to a term that does not exist', async () => {
    const output = await buildWith((site) =>
      site.edit('content/pages/mynumber.mdx', (text) => `${text}\n\n[ない用語](/glossary/#term-no-such-term)\n`),
    );
    expect(output).toContain('content/pages/mynumber.mdx');
    expect(output).toMatch(/href: 用語集に「no-such-term」はありません/);
  });

  it('a procedure row without any document', async () => {
    const output = await buildWith((site) =>
      site.edit('content/data/procedures.yaml', (text) => text.replace('documents: [juminhyo, kazei-shomeisho]', 'documents: []')),
    );
    expect(output).toContain('content/data/procedures.yaml');
    expect(output).toContain('documents');
    expect(output).toContain('省略できる書類を 1 つ以上 書いてください');
  });

  it('a page that names a figure which does not exist', async () => {
    const output = await buildWith((site) => site.edit('content/pages/mynumber.mdx', (text) => text.replace('nav: true', 'nav: true\nfigures: [no-such-figure]')));
    expect(output).toContain('content/pages/mynumber.mdx: figures[0]: figures.yaml に数字「no-such-figure」はありません');
  });

  it('a page without its plain-Japanese summary', async () => {
    const output = await buildWith((site) => site.edit('content/pages/mynumber.mdx', (text) => text.replace(/summary:\n(  - .*\n)+/, '')));
    expect(output).toContain('mynumber');
    expect(output).toContain('summary');
  });
});

// The Content-Security-Policy is one fixed literal (script-src and style-src 'self'), so code in
// content would simply not run; the build stops instead, naming the file and line of each.
describe('inline code in content fails the build, naming the file', { timeout: 180_000 }, () => {
  it('an inline script, a style attribute, an event handler and a javascript: URL in an MDX page', async () => {
    const output = await buildWith((site) =>
      site.append(
        'content/pages/mynumber.mdx',
        ['', '<script>alert(1)</script>', '', '<p style="color:red">赤い文字です。</p>', '', '<button onclick="go()">押してください</button>', '', '[危ないリンク](javascript:alert(1))', ''].join('\n'),
      ),
    );
    expect(output).toContain("content/pages/mynumber.mdx: inline code, which the site's Content-Security-Policy (script-src and style-src 'self') never runs:");
    expect(output).toMatch(/content\/pages\/mynumber\.mdx:\d+: <script>: a <script> element: content cannot run code/);
    expect(output).toMatch(/content\/pages\/mynumber\.mdx:\d+: <p>: style="color:red" is an inline style/);
    expect(output).toMatch(/content\/pages\/mynumber\.mdx:\d+: <button>: onclick="go\(\)" is an inline event handler/);
    expect(output).toMatch(/content\/pages\/mynumber\.mdx:\d+: <a>: href holds a javascript: URL/);
  });
});

describe('a link to a look-alike of a government host fails the build, naming file and entry', { timeout: 180_000 }, () => {
  it('www.digital-go.jp in links.yaml', async () => {
    const output = await buildWith((site) =>
      site.append(
        'content/data/links.yaml',
        ['- id: digital-look', '  title: デジタル庁に似せたページ', '  publisher: デジタル庁', '  url: https://www.digital-go.jp/', '  basis: 壊れた例のテスト', ''].join('\n'),
      ),
    );
    expect(output).toMatch(/content\/data\/links\.yaml: \[\d+\]\.url \(entry "digital-look"\): www\.digital-go\.jp is not under go\.jp or lg\.jp and is not a named exception in content\/data\/outbound-hosts\.yaml/);
  });
});

// The same snapshot, unbroken, with the address the build is made for taken away or wrong: the
// build stops before it renders anything, with the sentence that says what to set.
// build-fixture.test.ts builds it with the local address (SITE_URL on 127.0.0.1, LOCAL_PREVIEW=1).
describe('a build without the address it is made for fails, saying what to set', { timeout: 180_000 }, () => {
  it('no SITE_URL', async () => {
    const output = await failingBuild(copySite('no-site-url'), { SITE_URL: undefined, LOCAL_PREVIEW: undefined });
    expect(output).toContain(
      "SITE_URL is not set: a build to publish needs the site's public https address, for example SITE_URL=https://example.jp npm run build (npm start builds for this machine with SITE_URL=http://127.0.0.1:4321 LOCAL_PREVIEW=1).",
    );
    expect(output).not.toMatch(/page\(s\) built/);
  });

  it('the local address the build used to fall back to, without LOCAL_PREVIEW=1', async () => {
    const output = await failingBuild(copySite('local-site-url'), { SITE_URL: 'http://localhost:4321', LOCAL_PREVIEW: undefined });
    expect(output).toContain('SITE_URL="http://localhost:4321" is an address on this machine, which nobody else can open');
  });
});
