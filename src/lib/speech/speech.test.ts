import { beforeAll, describe, expect, it } from 'vitest';
import { loadReadingLayer } from '../../data/reading-layer.ts';
import type { PageText } from '../page-text/index.ts';
import type { Reader } from '../reading/index.ts';
import {
  auditAudio,
  captionsVtt,
  chaptersVtt,
  ffmetadata,
  layOut,
  NarrationError,
  narrationHash,
  narrationScript,
  opusChapterComments,
  parseManifest,
  parseOpenJTalkTrace,
  speechOf,
  splitSentences,
  timeChapters,
  lengthLabel,
  type AudioManifest,
} from './index.ts';
import { findAnchors, literalAnchors, mapText } from './text-map.ts';
import { readVectors } from '../test-vectors/index.ts';

const table = (name: string) =>
  readVectors(new URL(name, import.meta.url), 3) as [string, string, string][];

let reader: Reader;
beforeAll(async () => {
  reader = await loadReadingLayer();
}, 120_000);
const read = (text: string) => reader.read(text);

describe('sentence splitting (labelled vectors)', () => {
  it.each(table('./sentences.tsv'))('%s', (_label, input, expected) => {
    const sentences = splitSentences(input.replace(/\\n/g, '\n'));
    expect(sentences).toEqual(expected.trim() ? expected.split(' | ') : []);
  });
});

describe('speech kana from the reading layer (labelled vectors)', () => {
  it.each(table('./speech.tsv'))('%s: %s', (_label, input, expected) => {
    expect(speechOf(input, read, '/test/').kana).toBe(expected);
  });

  it('gives the engine the reading layer\'s kana for numbers and abbreviations, the written word for dictionary words', () => {
    const { speech } = speechOf('APIで3,861万枚を連携します。', read, '/test/');
    expect(speech).toContain('エーピーアイ');
    expect(speech).toContain('サンゼンハッピャクロクジューイチマンマイ');
    expect(speech).toContain('連携');
    expect(speech).not.toMatch(/[A-Z0-9]/);
  });

  it('narrates a telephone number digit by digit, as phone numbers are said (issue 18)', () => {
    const script = narrationScript(
      {
        path: '/card/lost/',
        title: 'なくしたとき',
        lang: 'ja',
        blocks: [
          { kind: 'paragraph', text: 'マイナンバー総合フリーダイヤル：0120-95-0178（無料）。' },
          { kind: 'list-item', depth: 1, ordered: false, index: 1, text: '警察の相談の電話：局番なしの#9110' },
        ],
      },
      read,
    );
    const [free, police] = script.sentences.slice(1);
    expect(free!.kana).toContain('ゼロイチニーゼロノキューゴーノゼロイチナナハチ');
    expect(free!.kana).not.toMatch(/ヒャクニジュー|キュージューゴ/);
    // The engine is given the kana, not the digits its own dictionary would read as quantities.
    expect(free!.speech).toContain('ゼロイチニーゼロノキューゴーノゼロイチナナハチ');
    expect(free!.speech).not.toMatch(/[0-9-]/);
    expect(police!.kana).toContain('キョクバンナシノシャープキューイチイチゼロ');
  });

  it('says the colon of a table row as a pause, not as a symbol', () => {
    const { speech, kana } = speechOf('手続き：児童手当の申請。', read, '/test/');
    expect(speech).toBe('手続き、児童手当の申請。');
    expect(kana).not.toContain('：');
  });

  it('fails with the page and the token when a word has no reading', () => {
    const stub = () => [{ surface: '𠮷野', reading: '', pronunciation: '', braille: '', source: 'none' as const, pos: '名詞' }];
    expect(() => speechOf('𠮷野', stub, '/card/')).toThrow(NarrationError);
    expect(() => speechOf('𠮷野', stub, '/card/')).toThrow(/\/card\/: 「𠮷野」には読みがありません/);
  });

  it('fails with the page and the token when a symbol cannot be spoken', () => {
    expect(() => speechOf('申請→交付', read, '/card/lost/')).toThrow(/\/card\/lost\/: 「→」/);
  });
});

const page: PageText = {
  path: '/example/',
  title: '児童手当の手続き',
  lang: 'ja',
  blocks: [
    { kind: 'paragraph', text: 'このページは例です。二つ目の文です。' },
    { kind: 'heading', level: 2, id: 'where', text: '申請するところ' },
    { kind: 'list-item', depth: 1, ordered: false, index: 1, text: '市町村の窓口' },
    {
      kind: 'table',
      caption: '',
      rows: [{ cells: [{ header: '手続き', text: '児童手当の申請' }, { header: '申請先', text: '市町村' }] }],
    },
    { kind: 'definition', term: 'マイナンバー', text: '12桁の番号です。' },
  ],
};

describe('narration script', () => {
  it('makes the title and each heading a chapter, and reads every block in order', () => {
    const script = narrationScript(page, read);
    expect(script.chapters.map((chapter) => [chapter.id, chapter.title, chapter.firstSentence])).toEqual([
      ['', '児童手当の手続き', 0],
      ['where', '申請するところ', 3],
    ]);
    expect(script.sentences.map((sentence) => sentence.text)).toEqual([
      '児童手当の手続き',
      'このページは例です。',
      '二つ目の文です。',
      '申請するところ',
      '市町村の窓口',
      // The issue text's example of a table row read with its headers.
      '手続き：児童手当の申請。申請先：市町村。',
      'マイナンバー：12桁の番号です。',
    ]);
    expect(script.sentences[5]!.anchors).toEqual(['児童手当の申請', '市町村']);
    expect(script.sentences[6]!.anchors).toEqual(['マイナンバー', '12桁の番号です。']);
    expect(script.sentences.filter((sentence) => sentence.heading).map((sentence) => sentence.text)).toEqual(['児童手当の手続き', '申請するところ']);
  });

  it('hashes what is said: a changed word changes the hash, the same text does not', () => {
    const same = narrationHash(narrationScript(page, read));
    expect(narrationHash(narrationScript(page, read))).toBe(same);
    const changed = { ...page, blocks: [{ kind: 'paragraph' as const, text: 'このページは例でした。' }, ...page.blocks.slice(1)] };
    expect(narrationHash(narrationScript(changed, read))).not.toBe(same);
  });
});

describe('Open JTalk trace', () => {
  // The shape of `open_jtalk -ot` output (times in 100 ns units; the phoneme between - and +).
  const trace = [
    '[Text analysis result]',
    'カード,名詞,一般,*,*,*,*,カード,カード,カード,1/3,C1,1',
    '',
    '[Output label]',
    '0 2000000 xx^xx-sil+k=a/A:xx',
    '2000000 2800000 xx^sil-k+a=a/A:xx',
    '2800000 4000000 sil^k-a+a=d/A:xx',
    '4000000 9000000 d^o-sil+xx=xx/A:xx',
    '',
    '[Global parameter]',
  ].join('\n');
  it('finds where speech starts and ends, in milliseconds', () => {
    const timing = parseOpenJTalkTrace(trace);
    expect(timing.phonemes.map((phoneme) => phoneme.phoneme)).toEqual(['sil', 'k', 'a', 'sil']);
    expect([timing.speechStart, timing.speechEnd, timing.duration]).toEqual([200, 400, 900]);
  });
  it('refuses a trace without labels', () => {
    expect(() => parseOpenJTalkTrace('[Text analysis result]\n')).toThrow(/-ot/);
  });
});

describe('timeline, WebVTT and chapter markers', () => {
  const rendered = [
    { duration: 1000, speechStart: 100, speechEnd: 900, heading: true },
    { duration: 2000, speechStart: 150, speechEnd: 1850, heading: false },
    { duration: 1500, speechStart: 100, speechEnd: 1400, heading: true },
  ];
  const timeline = layOut(rendered);
  it('places each sentence after the previous one and its gap; cues cover the speech', () => {
    expect(timeline.offsets).toEqual([0, 1700, 4000]);
    expect(timeline.sentences).toEqual([{ start: 100, end: 900 }, { start: 1850, end: 3550 }, { start: 4100, end: 5400 }]);
  });
  it('writes one caption cue per sentence and one chapter cue per heading, id = heading id', () => {
    const captions = captionsVtt(['見出し', '文です。', '次 の見出し'], timeline.sentences);
    expect(captions).toBe('WEBVTT\n\ns1\n00:00:00.100 --> 00:00:00.900\n見出し\n\ns2\n00:00:01.850 --> 00:00:03.550\n文です。\n\ns3\n00:00:04.100 --> 00:00:05.400\n次 の見出し\n');
    const chapters = timeChapters(
      [{ id: '', level: 1, title: 'タイトル', firstSentence: 0 }, { id: 'next', level: 2, title: '次<の>見出し', firstSentence: 2 }],
      timeline.offsets,
      timeline.duration,
    );
    expect(chaptersVtt(chapters)).toBe('WEBVTT\n\ntop\n00:00:00.000 --> 00:00:04.000\nタイトル\n\nnext\n00:00:04.000 --> 00:00:06.200\n次&lt;の&gt;見出し\n');
    // Xiph chapter extension: CHAPTERnnn=HH:MM:SS.mmm; the 500+ ms case ffmpeg gets wrong.
    expect(opusChapterComments([{ id: 'a', level: 2, title: '二', start: 2585, end: 3000 }])).toEqual(['CHAPTER001=00:00:02.585', 'CHAPTER001NAME=二']);
    expect(ffmetadata('題=1', chapters)).toBe(';FFMETADATA1\ntitle=題\\=1\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=0\nEND=4000\ntitle=タイトル\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=4000\nEND=6200\ntitle=次<の>見出し\n');
  });
});

describe('manifest and freshness', () => {
  const script = () => narrationScript(page, read);
  const files = {
    opus: { url: '/audio/example.opus', bytes: 10 },
    mp3: { url: '/audio/example.mp3', bytes: 20 },
    captions: { url: '/audio/example.vtt', bytes: 3 },
    chapters: { url: '/audio/example.chapters.vtt', bytes: 4 },
    timing: { url: '/audio/example.json', bytes: 5 },
  };
  const manifest = (hash: string): AudioManifest => ({
    format: 1,
    voiceCredits: {},
    pages: { '/example/': { narrationHash: hash, engine: 'test', durationMs: 1, sentences: 7, chapters: [], files } },
  });
  const sizes = new Map(Object.values(files).map((file) => [file.url, file.bytes]));
  it('finds nothing wrong with fresh audio', () => {
    expect(auditAudio([script()], manifest(narrationHash(script())), (url) => sizes.get(url))).toEqual([]);
  });
  it('names the page and the command when the text changed and the audio did not', () => {
    const problems = auditAudio([script()], manifest('0'.repeat(64)), (url) => sizes.get(url));
    expect(problems.map((problem) => problem.message)).toEqual([
      '/example/: ページの文章が変わりましたが、音声が作り直されていません。npm run media:audio で作り直してください。',
    ]);
  });
  it('names a page with no audio and a missing file', () => {
    const empty: AudioManifest = { format: 1, voiceCredits: {}, pages: {} };
    expect(auditAudio([script()], empty, () => 1)[0]!.message).toMatch(/^\/example\/: 音声がありません.*npm run media:audio/);
    const problems = auditAudio([script()], manifest(narrationHash(script())), (url) => (url.endsWith('.mp3') ? undefined : sizes.get(url)));
    expect(problems.map((problem) => problem.message)).toEqual([expect.stringMatching(/^\/example\/: mp3 のファイル \/audio\/example.mp3 がありません/)]);
  });
  it('refuses a manifest with a broken field, naming it', () => {
    expect(() => parseManifest('{"format":1,"pages":{"/x/":{"narrationHash":"abc"}}}')).toThrow(/pages\["\/x\/"\]\.narrationHash/);
  });
});

describe('finding a sentence in the page text (highlighting)', () => {
  // Text nodes as a page has them: a sentence split by a link and a ruby base, source line breaks.
  const segments = ['\n  マイナンバーカードは、', '市区町村', 'の\n  窓口で受け取ります。', '次の文です。'];
  const map = mapText(segments);
  it('normalises like the page-text extractor: no space between Japanese characters', () => {
    expect(map.text).toBe('マイナンバーカードは、市区町村の窓口で受け取ります。次の文です。');
  });
  it('maps a sentence back to the text nodes it covers', () => {
    const found = findAnchors(map, ['マイナンバーカードは、市区町村の窓口で受け取ります。'], 0)!;
    const text = found.spans.map(([segment, start, end]) => segments[segment]!.slice(start, end)).join('');
    expect(text.replace(/\s+/g, '')).toBe('マイナンバーカードは、市区町村の窓口で受け取ります。');
    expect(found.spans.map((span) => span[0])).toEqual([0, 1, 2, 2]);
    expect(findAnchors(map, ['次の文です。'], found.next)!.spans).toEqual([[3, 0, 6]]);
  });
  it('reports an anchor that is not in the page', () => {
    expect(findAnchors(map, ['ない文'], 0)).toBeUndefined();
  });
});

describe('length labels', () => {
  it.each([
    [45_000, '45秒'],
    [233_000, '3分53秒'],
    [60_000, '1分0秒'],
  ])('%d ms → %s', (ms, expected) => expect(lengthLabel(ms)).toBe(expected));
});

describe('anchors as the page shows them', () => {
  it('splits an anchor whose 「、」 the extractor added between list items', () => {
    // The glossary's 関連することば: a label, then a list of links (no 、 on the page).
    const map = mapText(['関連することば：', 'マイナンバーカード', '電子証明書']);
    expect(literalAnchors(map, ['関連することば：マイナンバーカード、電子証明書'])).toEqual(['関連することば：マイナンバーカード', '電子証明書']);
    expect(findAnchors(map, literalAnchors(map, ['関連することば：マイナンバーカード、電子証明書']), 0)).toBeDefined();
  });
  it('keeps an anchor that is in the page as it is', () => {
    const map = mapText(['申請は、窓口でします。']);
    expect(literalAnchors(map, ['申請は、窓口でします。'])).toEqual(['申請は、窓口でします。']);
  });
});

describe('anchors: a full stop the extractor added', () => {
  it('drops a 。 the page does not show (a definition paragraph without one)', () => {
    const map = mapText(['ほかの言い方：', '精神障害者手帳']);
    expect(literalAnchors(map, ['ほかの言い方：精神障害者手帳。'])).toEqual(['ほかの言い方：精神障害者手帳']);
  });
});
