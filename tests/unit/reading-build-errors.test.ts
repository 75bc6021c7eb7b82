/**
 * The reading layer stops the real build, naming file and line or field: a kanji word that
 * nothing can read, a broken lexicon row, a glossary reading that disagrees. Same method as
 * build-errors.test.ts: a copy of the site (tests/unit/support/fixture-site.ts), one thing
 * broken, `astro build`, read the output.
 */
import { describe, expect, it } from 'vitest';
import { copySite, failingBuild, type SiteCopy } from './support/fixture-site.ts';

function buildWith(breakIt: (site: SiteCopy) => void): Promise<string> {
  const site = copySite('reading');
  breakIt(site);
  return failingBuild(site);
}

describe('the reading layer fails the build with file and place', { timeout: 240_000 }, () => {
  it('a kanji word with no reading in a page names the page and the word', async () => {
    const output = await buildWith((site) => site.append('content/pages/mynumber.mdx', '\n\nこの龘は、まだ読めません。\n'));
    expect(output).toContain('content/pages/mynumber.mdx: 読みのわからない語があります');
    expect(output).toContain('「龘」');
  });

  it('a lexicon row whose reading is not kana names the file and line', async () => {
    let line = 0;
    const output = await buildWith((site) => {
      const text = site.read('content/lexicon/words.tsv');
      line = text.split('\n').length;
      site.write('content/lexicon/words.tsv', `${text.replace(/\n$/, '')}\n試験\tshiken\n`);
    });
    expect(output).toContain(`content/lexicon/words.tsv:${line}: reading: 読みは ひらがな・カタカナ だけで書いてください`);
  });

  it('a glossary reading that the reading layer disputes names the file and term', async () => {
    const output = await buildWith((site) => site.edit('content/data/glossary.yaml', (text) => text.replace('reading: ふくほん', 'reading: ふくもと')));
    expect(output).toContain('content/data/glossary.yaml: fukuhon.reading: 「副本」の読みは「ふくもと」と書かれていますが、読みの仕組みでは「ふくほん」になります');
  });
});
