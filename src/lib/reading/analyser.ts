/**
 * Loads kuromoji with its IPADIC dictionary (node_modules/kuromoji/dict, about 1 s). Build time
 * only: the dictionary is 17 MB and never goes to the browser.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import kuromoji from 'kuromoji';
import type { Analyser } from './types.ts';

/**
 * The dictionary folder, found from the project root rather than from this file, because a
 * bundled copy of this module (Astro's prerender chunk) no longer sits next to node_modules.
 */
export function defaultDictionaryPath(root: string = process.cwd()): string {
  const require = createRequire(join(root, 'package.json'));
  return join(dirname(require.resolve('kuromoji/package.json')), 'dict');
}

export function loadAnalyser(dicPath: string = defaultDictionaryPath()): Promise<Analyser> {
  return new Promise((resolve, reject) => {
    kuromoji.builder({ dicPath }).build((error, tokenizer) => {
      if (error) reject(new Error(`kuromoji: 辞書を読み込めません（${dicPath}）: ${String(error)}`));
      else resolve(tokenizer);
    });
  });
}
