/**
 * The narrated books (issue 12 parts 2–4): the EPUB's media overlays and the DAISY 2.02 book.
 *
 * They are made from the audio guide (public/audio/, its manifest and per-sentence timings).
 * So that they are tested whether or not this build has the audio, each check runs on a book
 * made here from the built pages and a fixture: silent MP3 frames and a timing for every block
 * of text that src/lib/page-text finds (the source the audio guide's sentences come from). When
 * the build has the audio guide, the real DAISY book in dist/ gets the same structural checks.
 *
 * Expected structure comes from the specifications: EPUB 3.3 media overlays (text src to a
 * fragment that exists, audio in the package, clipBegin < clipEnd, media:duration per overlay
 * and in total), DAISY 2.02 (ncc.html with the required metadata, first h1 class="title", every
 * NCC heading linking to a SMIL <par>, every <text> to an existing fragment, every <audio> to
 * an existing file with npt clip times inside the file).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { blockText, extractPageText } from '../../src/lib/page-text/index.ts';
import { guidePages } from '../../src/data/content-files.ts';
import { buildEpub } from '../../src/lib/epub/index.ts';
import { buildDaisy } from '../../src/lib/daisy/index.ts';
import { unzip as readZip } from '../../src/lib/zip/index.ts';
import { EPUBCHECK_CLEAN, epubCheck } from './epubcheck.ts';

const SITE_DIR = process.env['SITE_DIR'] ?? 'dist';
const DAISY = join(SITE_DIR, 'downloads/daisy/minna-no-mynumber-guide-daisy202.zip');
const HAS_AUDIO = existsSync(join(SITE_DIR, 'audio/manifest.json'));

/** Silent MPEG-1 Layer III frames (128 kb/s, 44.1 kHz, mono): 417 bytes and 1152 samples each (ISO/IEC 11172-3). */
function silentMp3(milliseconds: number): Uint8Array {
  const frames = Math.ceil(milliseconds / ((1152 / 44100) * 1000));
  const frame = Buffer.alloc(417);
  frame.set([0xff, 0xfb, 0x90, 0xc4]);
  return new Uint8Array(Buffer.concat(Array.from({ length: frames }, () => frame)));
}

/** A narration for a built page: one sentence per block of page text, 2 s each. */
function fixtureNarration(path: string) {
  const text = extractPageText(readFileSync(join(SITE_DIR, path, 'index.html'), 'utf8'), path);
  const sentences = text.blocks.map((block, index) => ({
    start: index * 2000 + 100,
    end: index * 2000 + 1900,
    text: blockText(block),
    anchors:
      block.kind === 'table' ? [block.caption, ...block.rows.flatMap((row) => row.cells.map((cell) => cell.text))].filter(Boolean)
      : block.kind === 'definition' ? [block.term, block.text]
      : [block.text],
  }));
  const durationMs = sentences.length * 2000;
  return { audioName: `${path.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'top'}.mp3`, audio: silentMp3(durationMs), durationMs, sentences };
}

/** The entries of a ZIP archive as Buffers, read by src/lib/zip (whose tests read back what its writer wrote). */
const unzip = (bytes: Uint8Array): Map<string, Buffer> => new Map([...readZip(bytes)].map(([path, data]) => [path, Buffer.from(data)]));

const idsIn = (xml: string) => new Set([...xml.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
const secondsOf = (value: string) => Number(/^(?:npt=)?([\d.]+)s$/.exec(value)?.[1] ?? NaN);
/** Duration of the silent fixture MP3 (frame count × 1152 / 44100). */
const mp3Seconds = (audio: Buffer) => (audio.length / 417) * (1152 / 44100);

const pages = guidePages().slice(0, 3);
const built = pages.map(({ path }) => ({ path, html: readFileSync(join(SITE_DIR, path, 'index.html'), 'utf8') }));
const narration = new Map(pages.map(({ path }) => [path, fixtureNarration(path)]));
const settings = { siteName: 'テスト', siteUrl: 'https://guide.example.jp', modified: '2026-01-01T00:00:00Z', date: '2026-01-01', narration };

test.describe('EPUB media overlays (fixture audio)', () => {
  const book = buildEpub(built, settings);
  const files = unzip(book.bytes);

  test('every narrated sentence is a <par> whose text fragment and audio exist, in order, with durations', () => {
    const opf = files.get('EPUB/package.opf')!.toString();
    let total = 0;
    for (const [index, page] of pages.entries()) {
      const item = new RegExp(`<item id="c${index + 1}" href="([^"]+)"[^>]* media-overlay="(mo${index + 1})"/>`).exec(opf);
      expect(item, `${page.path}: the content document names its overlay`).not.toBeNull();
      const smilHref = new RegExp(`<item id="mo${index + 1}" href="([^"]+)" media-type="application/smil\\+xml"/>`).exec(opf)![1]!;
      const smil = files.get(`EPUB/${smilHref}`)!.toString();
      const xhtml = files.get(`EPUB/${item![1]}`)!.toString();
      const ids = idsIn(xhtml);
      const pars = [...smil.matchAll(/<par id="[^"]+"><text src="\.\.\/([^"#]+)#([^"]+)"\/><audio src="\.\.\/([^"]+)" clipBegin="([^"]+)" clipEnd="([^"]+)"\/><\/par>/g)];
      expect(pars.length, page.path).toBe(narration.get(page.path)!.sentences.length);
      let previous = -1;
      for (const [, file, fragment, audio, begin, end] of pars) {
        expect(file).toBe(item![1]);
        expect(ids.has(fragment!), `${page.path}: #${fragment} is not in ${file}`).toBe(true);
        expect(files.has(`EPUB/${audio}`), `${audio} is not in the book`).toBe(true);
        expect(opf).toContain(`href="${audio}" media-type="audio/mpeg"`);
        expect(secondsOf(begin!)).toBeLessThan(secondsOf(end!));
        expect(secondsOf(begin!)).toBeGreaterThan(previous);
        previous = secondsOf(begin!);
      }
      const duration = new RegExp(`<meta property="media:duration" refines="#mo${index + 1}">0:(\\d\\d):(\\d\\d\\.\\d+)</meta>`).exec(opf)!;
      total += Number(duration[1]) * 60 + Number(duration[2]);
    }
    const overall = /<meta property="media:duration">0:(\d\d):(\d\d\.\d+)<\/meta>/.exec(opf)!;
    expect(Math.abs(Number(overall[1]) * 60 + Number(overall[2]) - total)).toBeLessThan(1);
    expect(opf).toContain('<meta property="media:active-class">-epub-media-overlay-active</meta>');
    expect(opf).toContain('<meta property="schema:accessibilityFeature">synchronizedAudioText</meta>');
    // Reading systems highlight with the active class: the stylesheet must give it a look.
    expect(files.get('EPUB/style.css')!.toString()).toMatch(/\.-epub-media-overlay-active\s*\{[^}]*background/);
  });

  test('a sentence is highlighted as itself: its words alone, in page order', () => {
    const [page] = pages;
    const xhtml = files.get('EPUB/top.xhtml')!.toString();
    const sentences = narration.get(page!.path)!.sentences.filter((sentence) => sentence.anchors.length === 1);
    const words = (markup: string) => markup.replace(/<rt[^>]*>[\s\S]*?<\/rt>|<rp>[\s\S]*?<\/rp>/g, '').replace(/<span class="visually-hidden">[\s\S]*?<\/span>/g, '').replace(/<[^>]+>/g, '');
    // Spans that hold exactly one sentence: most sentences must be marked this precisely.
    let exact = 0;
    for (const match of xhtml.matchAll(/<span id="s\d+">([\s\S]*?)<\/span>(?![^<]*<\/rt>)/g)) {
      if (sentences.some((sentence) => words(match[1]!).replace(/\s+/g, '') === sentence.anchors[0]!.replace(/\s+/g, ''))) exact += 1;
    }
    expect(exact).toBeGreaterThan(sentences.length / 2);
  });

  test('EPUBCheck accepts the book with overlays (no error, no warning)', () => {
    const folder = mkdtempSync(join(tmpdir(), 'epub-mo-'));
    const file = join(folder, 'book.epub');
    writeFileSync(file, book.bytes);
    const { report } = epubCheck(file);
    expect(report).toContain(EPUBCHECK_CLEAN);
  });

  test('a sentence that is not in the page stops the build, naming the page and the sentence', () => {
    const stale = new Map([[pages[0]!.path, { ...fixtureNarration(pages[0]!.path), sentences: [{ start: 0, end: 1000, text: 'このページにない文です。', anchors: ['このページにない文です。'] }] }]]);
    expect(() => buildEpub(built, { ...settings, narration: stale })).toThrow(`${pages[0]!.path}: the narrated sentence 「このページにない文です。」 is not in the page`);
  });
});

/** The structural checks of a DAISY 2.02 book (the fixture book and, with audio, the real one). */
function checkDaisy(files: Map<string, Buffer>, where: string) {
  const ncc = files.get('ncc.html')?.toString();
  expect(ncc, `${where}: ncc.html`).toBeDefined();
  for (const name of ['dc:creator', 'dc:date', 'dc:format', 'dc:identifier', 'dc:language', 'dc:publisher', 'dc:title', 'ncc:charset', 'ncc:depth', 'ncc:files', 'ncc:footnotes', 'ncc:generator', 'ncc:kByteSize', 'ncc:maxPageNormal', 'ncc:multimediaType', 'ncc:narrator', 'ncc:pageFront', 'ncc:pageNormal', 'ncc:pageSpecial', 'ncc:prodNotes', 'ncc:setInfo', 'ncc:sidebars', 'ncc:tocItems', 'ncc:totalTime']) {
    expect(ncc, `${where}: <meta name="${name}">`).toMatch(new RegExp(`<meta name="${name}" content="[^"]+"`));
  }
  expect(ncc).toContain('<meta name="dc:format" content="Daisy 2.02"/>');
  expect(ncc).toMatch(/<html [^>]*lang="ja"/);
  const headings = [...ncc!.matchAll(/<h([1-6])([^>]*)><a href="([^"#]+)#([^"]+)">([^<]+)<\/a><\/h\1>/g)];
  expect(headings[0]![2], `${where}: the first heading is the title`).toContain('class="title"');
  expect(ncc).toContain(`<meta name="ncc:tocItems" content="${headings.length}"/>`);
  expect(ncc).toContain(`<meta name="ncc:files" content="${files.size}"/>`);
  for (const [, , , smilFile, par] of headings) {
    const smil = files.get(smilFile!)?.toString();
    expect(smil, `${where}: ${smilFile}`).toBeDefined();
    expect(idsIn(smil!).has(par!), `${where}: ${smilFile}#${par}`).toBe(true);
  }
  let elapsed = 0;
  for (const [name, body] of files) {
    if (!name.endsWith('.smil')) continue;
    const smil = body.toString();
    expect(smil, name).toContain('<meta name="dc:format" content="Daisy 2.02"/>');
    for (const [, file, fragment] of smil.matchAll(/<text src="([^"#]+)#([^"]+)"/g)) {
      expect(idsIn(files.get(file!)?.toString() ?? '').has(fragment!), `${where}: ${name}: ${file}#${fragment}`).toBe(true);
    }
    const inThisSmil = /<meta name="ncc:timeInThisSmil" content="(\d+):(\d\d):([\d.]+)"/.exec(smil)!;
    const seconds = Number(inThisSmil[1]) * 3600 + Number(inThisSmil[2]) * 60 + Number(inThisSmil[3]);
    elapsed += seconds;
    for (const [, audio, begin, end] of smil.matchAll(/<audio src="([^"]+)" clip-begin="([^"]+)" clip-end="([^"]+)"/g)) {
      expect(files.has(audio!), `${where}: ${name}: ${audio}`).toBe(true);
      expect(secondsOf(begin!)).toBeLessThan(secondsOf(end!));
      expect(secondsOf(end!)).toBeLessThanOrEqual(seconds + 0.001);
    }
  }
  const total = /<meta name="ncc:totalTime" content="(\d+):(\d\d):(\d\d)"/.exec(ncc!)!;
  expect(Math.abs(Number(total[1]) * 3600 + Number(total[2]) * 60 + Number(total[3]) - elapsed)).toBeLessThan(1.5);
}

test.describe('DAISY 2.02', () => {
  test('the book made from fixture audio has the NCC, SMIL and text structure, and every clip points into its audio and text', () => {
    const book = buildDaisy(built, settings);
    const files = unzip(book.bytes);
    checkDaisy(files, 'fixture');
    for (const [path, page] of narration) {
      const audio = files.get(page.audioName)!;
      const smil = files.get(`${path.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'top'}.smil`)!.toString();
      const ends = [...smil.matchAll(/clip-end="npt=([\d.]+)s"/g)].map((match) => Number(match[1]));
      expect(Math.max(...ends)).toBeLessThanOrEqual(mp3Seconds(audio));
      expect(ends.length, path).toBe(page.sentences.length);
    }
  });

  test('the DAISY book in the build has the same structure', () => {
    test.skip(!HAS_AUDIO, 'this build has no audio guide (public/audio/manifest.json), so no DAISY book');
    expect(existsSync(DAISY), `${DAISY} was not made although the build has the audio guide`).toBe(true);
    checkDaisy(unzip(readFileSync(DAISY)), DAISY);
  });
});
