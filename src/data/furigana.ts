/**
 * Furigana for text that a layout renders from front matter (the page title and the やさしい日本語
 * summary), as HTML for set:html: the same readings as the rehype plugin puts on the body
 * (src/integrations/furigana.ts), from the reading layer loaded once per process.
 */
import { rubyHtml } from '../lib/ruby/index.ts';
import { unreadWords } from '../lib/reading/index.ts';
import { loadReadingLayer } from './reading-layer.ts';

/** `text` as HTML with ruby; `where` names the file and field for errors. */
export async function furiganaHtml(text: string, where: string): Promise<string> {
  const tokens = (await loadReadingLayer()).read(text);
  const unread = unreadWords(tokens);
  if (unread.length > 0) {
    throw new Error(`${where}: 読みのわからない語があります。content/lexicon/words.tsv に読みを足してください: ${unread.map((token) => `「${token.surface}」`).join('')}（${text}）`);
  }
  return rubyHtml(tokens);
}
