/** The transcript file: plain UTF-8 text, paragraphs separated by one or more blank lines. */
export function transcriptParagraphs(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/(?:\r?\n)[ \t\u3000]*(?:\r?\n)+/)
    .map((paragraph) => paragraph.replace(/\s*\r?\n\s*/g, '').trim())
    .filter((paragraph) => paragraph !== '');
}
