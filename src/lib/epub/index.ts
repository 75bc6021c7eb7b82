/**
 * The EPUB 3 of the whole guide: one XHTML content document per guide page (the page's <main>
 * as XHTML, furigana kept as <ruby>), a navigation document, and the package document with the
 * accessibility metadata of EPUB Accessibility 1.1 (schema.org accessMode, accessModeSufficient,
 * accessibilityFeature, accessibilityHazard, accessibilitySummary; dcterms:conformsTo).
 *
 * What the package must contain follows EPUB 3.3 (container, mimetype first and stored,
 * dc:identifier/title/language, dcterms:modified, manifest, spine, exactly one toc nav).
 * The result is checked by epubcheck and Ace by DAISY in tests/e2e/epub.spec.ts.
 */
import { createHash } from 'node:crypto';
import { exportMain, serialize } from '../export-html/index.ts';
import { safeId, siteLinkRewriter, type BuiltPage } from '../print/index.ts';
import { pageFileStem } from '../site/index.ts';
import { zip, type ZipEntry } from '../zip/index.ts';
import { clock, markSentences, seconds, type Clip, type NarratedSentence } from '../narration-sync/index.ts';

/** A page's audio guide: the MP3 and its sentence timings (public/audio/, src/lib/speech). */
export interface PageNarration {
  /** The file name inside the book's audio folder, e.g. card.mp3. */
  readonly audioName: string;
  readonly audio: Uint8Array;
  readonly durationMs: number;
  readonly sentences: readonly NarratedSentence[];
}

export interface EpubSettings {
  readonly siteName: string;
  /** The site's public origin; links to pages that are not in the book point there. */
  readonly siteUrl: string;
  /** dcterms:modified, e.g. 2026-11-26T23:00:00Z (seconds, UTC, as the spec requires). */
  readonly modified: string;
  /** The audio guide per page path; pages with audio get a media overlay (SMIL). */
  readonly narration?: ReadonlyMap<string, PageNarration>;
}

export interface EpubChapter {
  readonly path: string;
  /** The content document's file name inside EPUB/, e.g. card-security.xhtml. */
  readonly file: string;
  readonly title: string;
  /** The page's sections (its h2), for the navigation document. */
  readonly sections: readonly { readonly id: string; readonly text: string }[];
  /** The sentence clips of its media overlay (empty without audio). */
  readonly clips: readonly Clip[];
}

export interface Epub {
  readonly bytes: Uint8Array;
  readonly chapters: readonly EpubChapter[];
  /** Every file in the archive with its content (for tests that look inside). */
  readonly files: readonly ZipEntry[];
}

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string): string => escapeText(text).replace(/"/g, '&quot;');

/** A stable identifier for the book: a name-based UUID of the site's address. */
export function bookIdentifier(siteUrl: string): string {
  const hex = createHash('sha1').update(`epub:${siteUrl}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const STYLESHEET = `/* The e-book's own small stylesheet; reading apps let the reader change type and colours. */
body { line-height: 1.75; }
h1, h2, h3, h4 { line-height: 1.5; }
table { border-collapse: collapse; }
th, td { border: 1px solid; padding: 0.2em 0.4em; vertical-align: top; }
figure { margin: 1em 0; }
svg { max-width: 100%; height: auto; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.-epub-media-overlay-active { background-color: #ffff66; color: #000; }
`;

function contentDocument(title: string, body: string, chapterId: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="ja" xml:lang="ja">
<head><meta charset="UTF-8"/><title>${escapeText(title)}</title><link rel="stylesheet" type="text/css" href="style.css"/></head>
<body><section id="chapter" epub:type="chapter" role="doc-chapter" aria-labelledby="${escapeAttribute(chapterId)}">${body}</section></body>
</html>
`;
}

/** A media overlay (EPUB 3.3 §Media overlays): one <par> per narrated sentence, in reading order. */
function overlay(textFile: string, audioHref: string, clips: readonly Clip[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<smil xmlns="http://www.w3.org/ns/SMIL" xmlns:epub="http://www.idpf.org/2007/ops" version="3.0">
<body>
<seq id="seq1" epub:textref="../${escapeAttribute(textFile)}#chapter">
${clips
    .map(
      (clip, index) =>
        `<par id="par${index + 1}"><text src="../${escapeAttribute(`${textFile}#${clip.id}`)}"/><audio src="${escapeAttribute(audioHref)}" clipBegin="${seconds(clip.start)}" clipEnd="${seconds(clip.end)}"/></par>`,
    )
    .join('\n')}
</seq>
</body>
</smil>
`;
}

/** Builds the EPUB from the built guide pages, in reading order. */
export function buildEpub(pages: readonly BuiltPage[], settings: EpubSettings): Epub {
  if (pages.length === 0) throw new Error('buildEpub: no guide pages were given');
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(settings.modified)) {
    throw new Error(`buildEpub: modified must be a UTC time to the second (CCYY-MM-DDThh:mm:ssZ), not ${settings.modified}`);
  }
  const fileOf = new Map(pages.map((page) => [page.path, `${pageFileStem(page.path)}.xhtml`]));
  // The ids each document keeps (a link into a part that was left out, such as a navigation
  // block, would point nowhere: it becomes a link to the page on the site instead).
  const idsOf = new Map(
    pages.map((page) => {
      const ids = new Set<string>();
      exportMain(page.html, page.path, { keepRuby: true, keepLinkHints: true, rewriteId: (id) => (ids.add(safeId(id)), safeId(id)), rewriteHref: () => undefined });
      return [fileOf.get(page.path)!, ids] as const;
    }),
  );
  const chapters: EpubChapter[] = [];
  const documents: ZipEntry[] = [];
  const hasSvg = new Set<string>();
  for (const page of pages) {
    const file = fileOf.get(page.path)!;
    const exported = exportMain(page.html, page.path, {
      keepRuby: true,
      keepLinkHints: true,
      rewriteId: safeId,
      // A page of the book, or a place the book has, opens in the book; anything else on the site.
      rewriteHref: siteLinkRewriter(settings.siteUrl, page.path, (path, fragment) => {
        const target = fileOf.get(path);
        if (!target || (fragment && !idsOf.get(target)?.has(safeId(fragment)))) return null;
        return `${target === file ? '' : target}${fragment ? `#${safeId(fragment)}` : ''}` || undefined;
      }),
    });
    const narration = settings.narration?.get(page.path);
    const clips = narration ? markSentences(exported.root, narration.sentences, page.path) : [];
    // SVG attributes the SVG schema of EPUB does not know (focusable is an old IE attribute).
    const body = serialize(exported.nodes, 'xhtml').replace(/ focusable="false"/g, '');
    if (body.includes('<svg')) hasSvg.add(file);
    const h1 = exported.headings.find((heading) => heading.level === 1)!;
    chapters.push({
      path: page.path,
      file,
      title: exported.title,
      sections: exported.headings.filter((heading) => heading.level === 2).map((heading) => ({ id: heading.id, text: heading.text })),
      clips,
    });
    if (narration) {
      documents.push({ path: `EPUB/smil/${pageFileStem(page.path)}.smil`, data: overlay(file, `../audio/${narration.audioName}`, clips) });
      documents.push({ path: `EPUB/audio/${narration.audioName}`, data: narration.audio, store: true });
    }
    documents.push({ path: `EPUB/${file}`, data: contentDocument(`${exported.title}｜${settings.siteName}`, body, h1.id) });
  }

  const nav = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="ja" xml:lang="ja">
<head><meta charset="UTF-8"/><title>目次｜${escapeText(settings.siteName)}</title><link rel="stylesheet" type="text/css" href="style.css"/></head>
<body>
<nav epub:type="toc" role="doc-toc" id="toc" aria-labelledby="toc-heading"><h1 id="toc-heading">目次</h1>
<ol>${chapters
    .map(
      (chapter) =>
        `<li><a href="${escapeAttribute(chapter.file)}">${escapeText(chapter.title)}</a>${
          chapter.sections.length > 0
            ? `<ol>${chapter.sections.map((section) => `<li><a href="${escapeAttribute(`${chapter.file}#${section.id}`)}">${escapeText(section.text)}</a></li>`).join('')}</ol>`
            : ''
        }</li>`,
    )
    .join('\n')}</ol></nav>
<nav epub:type="landmarks" aria-labelledby="landmarks-heading" hidden=""><h2 id="landmarks-heading">ランドマーク</h2>
<ol><li><a epub:type="toc" href="nav.xhtml#toc">目次</a></li><li><a epub:type="bodymatter" href="${escapeAttribute(chapters[0]!.file)}">本文</a></li></ol></nav>
</body>
</html>
`;

  const identifier = bookIdentifier(settings.siteUrl);
  const narrated = chapters.map((chapter, index) => ({ chapter, index, narration: settings.narration?.get(chapter.path) })).filter((entry) => entry.narration);
  const totalMs = narrated.reduce((sum, entry) => sum + entry.narration!.durationMs, 0);
  const features = [...(narrated.length > 0 ? ['synchronizedAudioText'] : []), 'structuralNavigation', 'tableOfContents', 'readingOrder', 'alternativeText', 'longDescription', 'rubyAnnotations', 'displayTransformability', 'unlocked'];
  const summary =
    'この本は、ウェブサイトと同じ内容の文章だけで読めます。見出しと目次から移動でき、表には見出しがあり、図にはすべて文章での説明があります。' +
    '漢字にはふりがな（ルビ）があります。文字の大きさや色は、読むアプリで変えられます。点滅や音などの危険はありません。' +
    (narrated.length > 0 ? `${narrated.length}ページには音声の読み上げがあり、読んでいる文が強調されます。` : '');
  const opf = `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="ja" prefix="a11y: http://www.idpf.org/epub/vocab/package/a11y/#">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="book-id">${identifier}</dc:identifier>
<dc:title>${escapeText(settings.siteName)}</dc:title>
<dc:language>ja</dc:language>
<dc:creator>${escapeText(settings.siteName)}</dc:creator>
<dc:publisher>${escapeText(settings.siteName)}</dc:publisher>
<dc:source>${escapeText(settings.siteUrl)}/</dc:source>
<meta property="dcterms:modified">${settings.modified}</meta>
<meta property="schema:accessMode">textual</meta>
<meta property="schema:accessMode">visual</meta>${narrated.length > 0 ? '\n<meta property="schema:accessMode">auditory</meta>' : ''}
<meta property="schema:accessModeSufficient">textual</meta>
${features.map((feature) => `<meta property="schema:accessibilityFeature">${feature}</meta>`).join('\n')}
<meta property="schema:accessibilityHazard">none</meta>
<meta property="schema:accessibilitySummary">${escapeText(summary)}</meta>
<meta property="dcterms:conformsTo">EPUB Accessibility 1.1 - WCAG 2.2 Level AA</meta>
<meta property="a11y:certifiedBy">${escapeText(settings.siteName)}</meta>${narrated.length > 0 ? `
<meta property="media:active-class">-epub-media-overlay-active</meta>
${narrated.map((entry) => `<meta property="media:duration" refines="#mo${entry.index + 1}">${clock(entry.narration!.durationMs)}</meta>`).join('\n')}
<meta property="media:duration">${clock(totalMs)}</meta>` : ''}
</metadata>
<manifest>
<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
<item id="style" href="style.css" media-type="text/css"/>
${chapters.map((chapter, index) => `<item id="c${index + 1}" href="${escapeAttribute(chapter.file)}" media-type="application/xhtml+xml"${hasSvg.has(chapter.file) ? ' properties="svg"' : ''}${settings.narration?.has(chapter.path) ? ` media-overlay="mo${index + 1}"` : ''}/>`).join('\n')}
${narrated.map((entry) => `<item id="mo${entry.index + 1}" href="smil/${pageFileStem(entry.chapter.path)}.smil" media-type="application/smil+xml"/>\n<item id="au${entry.index + 1}" href="audio/${escapeAttribute(entry.narration!.audioName)}" media-type="audio/mpeg"/>`).join('\n')}
</manifest>
<spine>
<itemref idref="nav" linear="no"/>
${chapters.map((_, index) => `<itemref idref="c${index + 1}"/>`).join('\n')}
</spine>
</package>
`;
  const container = `<?xml version="1.0" encoding="UTF-8"?>
<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container" version="1.0">
<rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
`;
  const files: ZipEntry[] = [
    { path: 'mimetype', data: 'application/epub+zip', store: true },
    { path: 'META-INF/container.xml', data: container },
    { path: 'EPUB/package.opf', data: opf },
    { path: 'EPUB/nav.xhtml', data: nav },
    { path: 'EPUB/style.css', data: STYLESHEET },
    ...documents,
  ];
  return { bytes: zip(files), chapters, files };
}
