/**
 * The DAISY 2.02 book of the guide (text and audio, for hardware DAISY players): the
 * navigation control centre (ncc.html), one SMIL 1.0 file and one XHTML text document per
 * guide page, and the audio guide's MP3 files, all in one folder, zipped.
 *
 * Structure as the DAISY 2.02 Specification (DAISY Consortium, 2001) defines it: the NCC is an
 * XHTML document whose headings (h1–h6, the first h1 with class="title") each link to a <par>
 * of a SMIL file, and whose <meta> elements carry the required dc: and ncc: metadata; each
 * <par> pairs a <text src="file.html#id"> with an <audio src clip-begin="npt=…s" clip-end>.
 * A page without audio gets text-only <par>s for its headings, so that it can still be navigated.
 */
import { exportMain, fragment, serialize } from '../export-html/index.ts';
import { clock, markSentences, type Clip, type NarratedSentence } from '../narration-sync/index.ts';
import { safeId, siteLinkRewriter, type BuiltPage } from '../print/index.ts';
import { pageFileStem } from '../site/index.ts';
import { bookIdentifier } from '../epub/index.ts';
import { zip, type ZipEntry } from '../zip/index.ts';
import { attr, isElement, type HtmlElement as Element, type HtmlNode as Node } from '../html/index.ts';

export interface DaisyNarration {
  readonly audioName: string;
  readonly audio: Uint8Array;
  readonly durationMs: number;
  readonly sentences: readonly NarratedSentence[];
}

export interface DaisySettings {
  readonly siteName: string;
  readonly siteUrl: string;
  /** dc:date, yyyy-mm-dd. */
  readonly date: string;
  readonly narration: ReadonlyMap<string, DaisyNarration>;
}

export interface DaisyBook {
  readonly bytes: Uint8Array;
  readonly files: readonly ZipEntry[];
  readonly totalMs: number;
  /** Pages with audio. */
  readonly narrated: number;
}

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string): string => escapeText(text).replace(/"/g, '&quot;');
const npt = (milliseconds: number) => `npt=${(milliseconds / 1000).toFixed(3)}s`;

/** XHTML 1.0 has no SVG or ruby: a drawing becomes its description (what the narration reads). */
function replaceDrawings(node: Element): void {
  node.childNodes = node.childNodes.flatMap((child) => {
    if (!isElement(child)) return [child];
    if (child.tagName === 'svg') {
      const desc = child.childNodes.find((part): part is Element => isElement(part) && part.tagName === 'desc');
      const words = desc ? desc.childNodes.map((part) => ('value' in part ? part.value : '')).join('') : '';
      const [replacement] = fragment(`<p class="diagram-description">${escapeText(words)}</p>`);
      (replacement as Element).parentNode = node;
      return words ? [replacement as Element] : [];
    }
    if (child.tagName === 'ruby') {
      // The base text stays; the readings were left out by exportMain (keepRuby: false).
      for (const part of child.childNodes) part.parentNode = node;
      return child.childNodes;
    }
    replaceDrawings(child);
    return [child];
  });
}

function headingsWithClipIds(root: Element, clipIds: ReadonlySet<string>): { level: number; text: string; id: string; clipId: string | undefined }[] {
  const found: { level: number; text: string; id: string; clipId: string | undefined }[] = [];
  const firstClip = (node: Node): string | undefined => {
    if (!isElement(node)) return undefined;
    const id = attr(node, 'id');
    if (id && clipIds.has(id)) return id;
    for (const child of node.childNodes) {
      const inner = firstClip(child);
      if (inner) return inner;
    }
    return undefined;
  };
  const visit = (node: Node) => {
    if (!isElement(node)) return;
    const match = /^h([1-6])$/.exec(node.tagName);
    if (match) {
      const text = node.childNodes.map(function words(child: Node): string {
        return 'value' in child ? child.value : isElement(child) ? child.childNodes.map(words).join('') : '';
      }).join('').replace(/\s+/g, ' ').trim();
      found.push({ level: Number(match[1]), text, id: attr(node, 'id')!, clipId: firstClip(node) });
      return;
    }
    node.childNodes.forEach(visit);
  };
  visit(root);
  return found;
}

export function buildDaisy(pages: readonly BuiltPage[], settings: DaisySettings): DaisyBook {
  if (pages.length === 0) throw new Error('buildDaisy: no guide pages were given');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(settings.date)) throw new Error(`buildDaisy: date must be yyyy-mm-dd, not ${settings.date}`);
  const fileOf = new Map(pages.map((page) => [page.path, `${pageFileStem(page.path)}.html`]));
  const files: ZipEntry[] = [];
  const nccEntries: string[] = [];
  const audioFiles = new Set<string>();
  let elapsed = 0;
  let depth = 1;
  let tocItems = 0;
  let firstPar = '';
  for (const page of pages) {
    const slug = pageFileStem(page.path);
    const textFile = fileOf.get(page.path)!;
    const smilFile = `${slug}.smil`;
    const exported = exportMain(page.html, page.path, {
      keepRuby: false,
      rewriteId: safeId,
      // A whole page of the book opens its text file; a place inside a page opens on the site.
      rewriteHref: siteLinkRewriter(settings.siteUrl, page.path, (path, fragment) => {
        const target = fileOf.get(path);
        return target && !fragment ? target : null;
      }),
    });
    replaceDrawings(exported.root);
    const narration = settings.narration.get(page.path);
    const clips: Clip[] = narration ? markSentences(exported.root, narration.sentences, page.path) : [];
    const clipIds = new Set(clips.map((clip) => clip.id));
    const headings = headingsWithClipIds(exported.root, clipIds);
    const parOf = new Map<string, string>();
    const pars: string[] = [];
    if (narration) {
      audioFiles.add(narration.audioName);
      files.push({ path: narration.audioName, data: narration.audio, store: true });
      clips.forEach((clip, index) => {
        const id = `${slug}-par${index + 1}`;
        if (!parOf.has(clip.id)) parOf.set(clip.id, id);
        pars.push(
          `<par endsync="last" id="${id}"><text src="${escapeAttribute(`${textFile}#${clip.id}`)}" id="${slug}-txt${index + 1}"/>` +
            `<audio src="${escapeAttribute(narration.audioName)}" clip-begin="${npt(clip.start)}" clip-end="${npt(clip.end)}" id="${slug}-aud${index + 1}"/></par>`,
        );
      });
    } else {
      headings.forEach((heading, index) => {
        const id = `${slug}-par${index + 1}`;
        parOf.set(heading.id, id);
        pars.push(`<par endsync="last" id="${id}"><text src="${escapeAttribute(`${textFile}#${heading.id}`)}" id="${slug}-txt${index + 1}"/></par>`);
      });
    }
    const durationMs = narration?.durationMs ?? 0;
    for (const heading of headings) {
      const par = parOf.get(heading.clipId ?? heading.id) ?? parOf.get(heading.id);
      if (!par) throw new Error(`${page.path}: the heading 「${heading.text}」 is not narrated, so the DAISY navigation cannot reach it`);
      if (!firstPar) firstPar = `${smilFile}#${par}`;
      depth = Math.max(depth, heading.level);
      tocItems += 1;
      nccEntries.push(`<h${heading.level} id="ncc-${tocItems}"><a href="${escapeAttribute(`${smilFile}#${par}`)}">${escapeText(heading.text)}</a></h${heading.level}>`);
    }
    files.push({
      path: textFile,
      data: `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="ja" xml:lang="ja">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/><title>${escapeText(exported.title)}</title></head>
<body>${serialize(exported.root.childNodes, 'xhtml')}</body>
</html>
`,
    });
    files.push({
      path: smilFile,
      data: `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE smil PUBLIC "-//W3C//DTD SMIL 1.0//EN" "http://www.w3.org/TR/REC-smil/SMIL10.dtd">
<smil>
<head>
<meta name="dc:format" content="Daisy 2.02"/>
<meta name="dc:title" content="${escapeAttribute(exported.title)}"/>
<meta name="dc:identifier" content="${escapeAttribute(bookIdentifier(settings.siteUrl))}"/>
<meta name="ncc:generator" content="${escapeAttribute(settings.siteName)}"/>
<meta name="ncc:totalElapsedTime" content="${clock(elapsed)}"/>
<meta name="ncc:timeInThisSmil" content="${clock(durationMs)}"/>
<layout><region id="txtView"/></layout>
</head>
<body>
<seq dur="${(durationMs / 1000).toFixed(3)}s">
${pars.join('\n')}
</seq>
</body>
</smil>
`,
    });
    elapsed += durationMs;
  }
  const title = `<h1 class="title" id="ncc-0"><a href="${escapeAttribute(firstPar)}">${escapeText(settings.siteName)}</a></h1>`;
  const fileCount = 1 + pages.length * 2 + audioFiles.size;
  const totalBytes = files.reduce((sum, file) => sum + (typeof file.data === 'string' ? Buffer.byteLength(file.data) : file.data.byteLength), 0);
  const meta = (name: string, content: string, scheme?: string) =>
    `<meta name="${name}" content="${escapeAttribute(content)}"${scheme ? ` scheme="${scheme}"` : ''}/>`;
  const ncc = `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="ja" xml:lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<title>${escapeText(settings.siteName)}</title>
${[
    meta('dc:creator', settings.siteName),
    meta('dc:date', settings.date, 'yyyy-mm-dd'),
    meta('dc:format', 'Daisy 2.02'),
    meta('dc:identifier', bookIdentifier(settings.siteUrl)),
    meta('dc:language', 'ja', 'ISO 639'),
    meta('dc:publisher', settings.siteName),
    meta('dc:source', `${settings.siteUrl}/`),
    meta('dc:title', settings.siteName),
    meta('ncc:charset', 'utf-8'),
    meta('ncc:depth', String(depth)),
    meta('ncc:files', String(fileCount)),
    meta('ncc:footnotes', '0'),
    meta('ncc:generator', settings.siteName),
    meta('ncc:kByteSize', String(Math.round(totalBytes / 1024))),
    meta('ncc:maxPageNormal', '0'),
    meta('ncc:multimediaType', audioFiles.size > 0 ? 'audioFullText' : 'textNCC'),
    meta('ncc:narrator', '音声合成'),
    meta('ncc:pageFront', '0'),
    meta('ncc:pageNormal', '0'),
    meta('ncc:pageSpecial', '0'),
    meta('ncc:prodNotes', '0'),
    meta('ncc:setInfo', '1 of 1'),
    meta('ncc:sidebars', '0'),
    meta('ncc:tocItems', String(tocItems + 1)),
    meta('ncc:totalTime', clock(elapsed).replace(/\.\d+$/, '')),
  ].join('\n')}
</head>
<body>
${title}
${nccEntries.join('\n')}
</body>
</html>
`;
  const all: ZipEntry[] = [{ path: 'ncc.html', data: ncc }, ...files];
  return { bytes: zip(all), files: all, totalMs: elapsed, narrated: audioFiles.size };
}
