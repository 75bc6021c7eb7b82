/**
 * Japanese sentence splitting for narration: a sentence ends at 。！？ (or ! ?), together with
 * any closing brackets that follow (「…です。」 stays whole). Text without a full stop is one
 * sentence. A stop inside brackets (「…。」と書きます) does not end the sentence around it.
 * Whitespace is collapsed, because the page text is already normalised and a line
 * break inside a sentence is only layout.
 */
const TERMINATOR = /[。！？!?]+[」』）)】〕"]*/g;

export function splitSentences(text: string): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return [];
  const sentences: string[] = [];
  let from = 0;
  for (const match of clean.matchAll(TERMINATOR)) {
    const end = match.index + match[0].length;
    // A stop inside brackets does not end the sentence around them
    // (「申請は、窓口で。郵送でも。」と書いてあります).
    if (openBrackets(clean.slice(from, match.index)) > 0) continue;
    const piece = clean.slice(from, end);
    sentences.push(piece.trim());
    from = end;
  }
  const rest = clean.slice(from).trim();
  if (rest) sentences.push(rest);
  return sentences.filter((sentence) => sentence.length > 0);
}

function openBrackets(text: string): number {
  let depth = 0;
  for (const char of text) {
    if ('「『（(【〔'.includes(char)) depth += 1;
    else if ('」』）)】〕'.includes(char) && depth > 0) depth -= 1;
  }
  return depth;
}
