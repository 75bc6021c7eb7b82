/**
 * Which strings in content/ are words a reader gets, and where each one is.
 *
 * textlint's own plugins read the MDX bodies, but not the front matter of the pages nor the YAML
 * data, whose strings the layouts print (glossary definitions, figure labels, link texts, the
 * やさしい日本語 summaries). This module takes those strings out of a file, each with its field
 * path and line, so that they can be linted and every problem can point back into the file.
 *
 * Every field of every known file is classified here, on purpose: reader text with a profile,
 * or not prose with the reason. A file with no known shape, a field nobody classified, or a value
 * of the wrong kind is an error naming the file; nothing is left out without saying so.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/**
 * How a string is linted (src/lib/prose/profiles.ts): `prose` with every rule of .textlintrc.cjs,
 * `summary` (the やさしい日本語 summary) with a stricter sentence length, `term` (a word the
 * glossary explains) without the site's word choices, which it must be free to name.
 */
export type Profile = 'prose' | 'summary' | 'term';

/** One reader-facing string. */
export interface ProseField {
  /** The file, relative to the project root, with / separators. */
  readonly file: string;
  /** Where in the file: summary[2], [3].definition. */
  readonly path: string;
  /** The id of the entry it belongs to, when the entry has one: helps to find it. */
  readonly entry?: string;
  /** 1-based line in the file where the string starts. */
  readonly line: number;
  /** The string as the site gets it from the YAML parser. */
  readonly text: string;
  readonly profile: Profile;
}

/** A file, or a part of it, that cannot be read as a known shape. */
export interface ShapeProblem {
  readonly file: string;
  readonly line?: number | undefined;
  readonly path?: string | undefined;
  readonly message: string;
}

export class ProseShapeError extends Error {
  readonly problems: readonly ShapeProblem[];

  constructor(problems: readonly ShapeProblem[]) {
    super(formatShapeProblems(problems));
    this.name = 'ProseShapeError';
    this.problems = problems;
  }
}

export function formatShapeProblems(problems: readonly ShapeProblem[]): string {
  return problems
    .map((problem) => `${problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`}: ${problem.path ? `${problem.path}: ` : ''}${problem.message}`)
    .join('\n');
}

/** A field that holds no words for readers, and why. */
interface NotProse {
  readonly notProse: string;
}

/** A field holding a list of strings, each linted with the profile. */
interface ListOf {
  readonly list: Profile;
}

type FieldRule = Profile | NotProse | ListOf;

/** Every field of one kind of record: its key and what it holds. */
type RecordShape = Readonly<Record<string, FieldRule>>;

const ID: NotProse = { notProse: 'an id other files refer to; never shown as words' };
const IDS: NotProse = { notProse: 'ids of other entries; the layouts print those entries, which are checked in their own files' };
const URL: NotProse = { notProse: 'an address' };
const DATE: NotProse = { notProse: 'a date; the layouts print it in both calendars from their own words' };
const FLAG: NotProse = { notProse: 'a true/false setting' };
const KANA_READING: NotProse = {
  notProse: 'a reading in kana for furigana and speech, not a sentence; its schema allows kana only, and the reading layer checks it against the word',
};

/** The front matter of a page (src/schemas/index.ts, pageSchema). */
export const PAGE_FRONT_MATTER: RecordShape = {
  title: 'prose',
  navTitle: 'prose',
  description: 'prose',
  summary: { list: 'summary' },
  order: { notProse: 'a number that orders the navigation' },
  figures: IDS,
  officialLinks: IDS,
  related: { notProse: 'routes of other pages; their titles are checked in their own front matter' },
  nav: FLAG,
  toc: FLAG,
  tool: { notProse: 'the name of a tool component' },
};

/**
 * Each YAML file is a list of records of one shape (src/schemas/index.ts). Keyed by the path from
 * the project root.
 */
export const DATA_SHAPES: Readonly<Record<string, RecordShape>> = {
  'content/data/glossary.yaml': {
    id: ID,
    // The glossary names words, the law's among them (個人番号カード, 地方公共団体), so that readers
    // who meet them elsewhere can look them up: the site's word choices must not apply here.
    term: 'term',
    reading: KANA_READING,
    expansion: 'prose',
    definition: 'prose',
    aliases: { list: 'term' },
    seeAlso: IDS,
  },
  'content/data/figures.yaml': {
    id: ID,
    label: 'prose',
    value: { notProse: 'digits and 万・億・兆 only (its schema says so)' },
    unit: 'prose',
    asOf: DATE,
    period: 'prose',
    source: ID,
    note: 'prose',
  },
  'content/data/procedures.yaml': {
    id: ID,
    name: 'prose',
    law: 'prose',
    office: 'prose',
    documents: IDS,
    tables: { notProse: 'which table of the deck lists the procedure (pension, other)' },
  },
  'content/data/documents.yaml': {
    id: ID,
    name: 'prose',
    reading: KANA_READING,
    variants: {
      notProse: "the deck's other spellings of the document, for the finder's search only; no page prints them (`note` tells readers in its own words)",
    },
    note: 'prose',
  },
  'content/data/outbound-hosts.yaml': {
    host: { notProse: 'a host name' },
    reason: { notProse: 'a note for editors on why links may leave for the host; no page prints it' },
  },
  'content/data/links.yaml': {
    id: ID,
    title: 'prose',
    publisher: 'prose',
    url: URL,
    basis: { notProse: 'a note for editors on where the address was found; no page prints it' },
    contact: FLAG,
  },
  'content/data/sources.yaml': {
    id: ID,
    title: 'prose',
    publisher: 'prose',
    date: DATE,
    url: URL,
  },
  'content/data/contacts.yaml': {
    id: ID,
    name: 'prose',
    kind: { notProse: 'phone or fax, which decides how the number is shown' },
    number: { notProse: 'a telephone number' },
    free: FLAG,
    note: 'prose',
    sources: IDS,
  },
  'content/site.yaml': {
    id: ID,
    siteName: 'prose',
    shortName: 'prose',
    publisherName: 'prose',
    publisherEmail: { notProse: 'an e-mail address' },
    publisherFormUrl: URL,
  },
};

/** Whether a file is a page whose front matter holds reader text. */
export function isPage(file: string): boolean {
  return /^content\/pages\/.+\.mdx$/.test(file);
}

/**
 * The reader-facing strings of one file. `file` is the path from the project root (it chooses
 * the shape); `source` is the file's text. Throws ProseShapeError listing every problem.
 */
export function proseFields(file: string, source: string): ProseField[] {
  if (isPage(file)) return frontMatterFields(file, source);
  const shape = DATA_SHAPES[file];
  if (!shape) {
    throw new ProseShapeError([
      { file, message: '文章のフィールドが決まっていないファイルです。src/lib/prose/fields.ts の DATA_SHAPES に形を書き足してください' },
    ]);
  }
  return dataFields(file, source, shape);
}

function frontMatterFields(file: string, source: string): ProseField[] {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
  if (!match) throw new ProseShapeError([{ file, line: 1, message: 'ページの最初に front matter（--- で囲んだ YAML）がありません' }]);
  // The YAML starts on line 2, after the opening ---.
  const yaml = match[1] ?? '';
  const parsed = parseYaml(file, yaml, 1);
  const problems: ShapeProblem[] = [];
  const fields: ProseField[] = [];
  if (!isMap(parsed.root)) {
    throw new ProseShapeError([{ file, line: 2, message: 'front matter はキーと値の組（マッピング）で書いてください' }]);
  }
  readRecord(parsed, parsed.root, '', PAGE_FRONT_MATTER, fields, problems);
  if (problems.length > 0) throw new ProseShapeError(problems);
  return fields;
}

function dataFields(file: string, source: string, shape: RecordShape): ProseField[] {
  const parsed = parseYaml(file, source, 0);
  const problems: ShapeProblem[] = [];
  const fields: ProseField[] = [];
  if (!isSeq(parsed.root)) {
    throw new ProseShapeError([{ file, message: 'この YAML はエントリーのリスト（- で始まる行）で書いてください' }]);
  }
  parsed.root.items.forEach((item, index) => {
    const path = `[${index}]`;
    if (!isMap(item)) {
      problems.push({ file, line: parsed.lineOf(item), path, message: 'エントリーはキーと値の組（マッピング）で書いてください' });
      return;
    }
    readRecord(parsed, item, path, shape, fields, problems);
  });
  if (problems.length > 0) throw new ProseShapeError(problems);
  return fields;
}

interface ParsedYaml {
  readonly file: string;
  readonly root: unknown;
  lineOf(node: unknown): number | undefined;
}

function parseYaml(file: string, source: string, lineOffset: number): ParsedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    throw new ProseShapeError(
      document.errors.map((error) => ({
        file,
        line: lineCounter.linePos(error.pos[0]).line + lineOffset,
        message: `YAML として読めません: ${error.message.split('\n')[0]}`,
      })),
    );
  }
  return {
    file,
    root: document.contents,
    lineOf(node: unknown): number | undefined {
      const range = (node as Node | null | undefined)?.range;
      return range ? lineCounter.linePos(range[0]).line + lineOffset : undefined;
    },
  };
}

function readRecord(
  parsed: ParsedYaml,
  record: { items: { key: unknown; value: unknown }[] },
  prefix: string,
  shape: RecordShape,
  fields: ProseField[],
  problems: ShapeProblem[],
): void {
  const { file } = parsed;
  const idPair = record.items.find((pair) => isScalar(pair.key) && pair.key.value === 'id');
  const entry = idPair && isScalar(idPair.value) && typeof idPair.value.value === 'string' ? idPair.value.value : undefined;
  for (const pair of record.items) {
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    const keyLine = parsed.lineOf(pair.key);
    if (typeof key !== 'string') {
      problems.push({ file, line: keyLine, path: prefix || undefined, message: 'キーが文字列ではありません' });
      continue;
    }
    const path = prefix ? `${prefix}.${key}` : key;
    const rule = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (rule === undefined) {
      problems.push({
        file,
        line: keyLine,
        path,
        message: '読者に見せる文章かどうかが決まっていないフィールドです。src/lib/prose/fields.ts に書き足してください',
      });
      continue;
    }
    if (typeof rule === 'object' && 'notProse' in rule) continue;
    const base = { file, ...(entry === undefined ? {} : { entry }) };
    if (typeof rule === 'string') {
      const text = stringOf(pair.value);
      if (text === undefined) {
        problems.push({ file, line: parsed.lineOf(pair.value) ?? keyLine, path, message: '文字列を書いてください' });
        continue;
      }
      fields.push({ ...base, path, line: parsed.lineOf(pair.value) ?? keyLine ?? 1, text, profile: rule });
      continue;
    }
    if (!isSeq(pair.value)) {
      problems.push({ file, line: parsed.lineOf(pair.value) ?? keyLine, path, message: '文字列のリストを書いてください' });
      continue;
    }
    pair.value.items.forEach((item, index) => {
      const itemPath = `${path}[${index}]`;
      const text = stringOf(item);
      const line = parsed.lineOf(item) ?? keyLine;
      if (text === undefined) {
        problems.push({ file, line, path: itemPath, message: '文字列を書いてください' });
        return;
      }
      fields.push({ ...base, path: itemPath, line: line ?? 1, text, profile: rule.list });
    });
  }
}

function stringOf(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}
