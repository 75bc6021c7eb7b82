/**
 * Lints the reader-facing strings of a file (fields.ts) with textlint's Node API and points
 * every message back to the file, line and field it came from.
 *
 * The strings of one file and one profile are linted together, one paragraph each, as a plain
 * text document: rules that look across sentences (です・ます against である) then see the whole
 * glossary or the whole summary of a page, as a reader does, while each message still falls in
 * exactly one paragraph and so in one field.
 */
import { createLinter, loadTextlintrc } from 'textlint';
import type { Profile, ProseField } from './fields.ts';
import { rulesForProfile } from './profiles.ts';

type Descriptor = Awaited<ReturnType<typeof loadTextlintrc>>;
type Linter = ReturnType<typeof createLinter>;
type LintMessage = Awaited<ReturnType<Linter['lintText']>>['messages'][number];

/** One thing to fix, where an editor finds it. */
export interface ProseProblem {
  readonly file: string;
  readonly line: number;
  /** The field (summary[1], [3].definition); absent for an MDX body. */
  readonly path?: string;
  readonly entry?: string;
  /** For a string field: the words around the problem, since a field has no columns to point at. */
  readonly near?: string;
  readonly ruleId: string;
  readonly message: string;
}

/** Several fields as one text: each field a paragraph, paragraphs separated by a blank line. */
export interface JoinedFields {
  readonly text: string;
  /** For each field, the 1-based line of the joined text it starts on. */
  readonly starts: readonly number[];
  /** For each field, the index in the joined text of its first character. */
  readonly offsets: readonly number[];
}

export function joinFields(fields: readonly ProseField[]): JoinedFields {
  const starts: number[] = [];
  const offsets: number[] = [];
  const parts: string[] = [];
  let line = 1;
  let offset = 0;
  for (const field of fields) {
    starts.push(line);
    offsets.push(offset);
    // A blank line inside a string makes two paragraphs; both still fall between this
    // field's start and the next one's, so their messages map back to this field.
    const text = field.text.replace(/\r\n?/g, '\n');
    parts.push(text);
    line += text.split('\n').length + 1;
    offset += text.length + 2;
  }
  return { text: parts.join('\n\n'), starts, offsets };
}

/** The field a line of the joined text belongs to, and the line within that field (0-based). */
export function fieldAtLine(joined: JoinedFields, line: number): { index: number; offset: number } {
  let index = 0;
  for (let i = 0; i < joined.starts.length; i += 1) {
    if ((joined.starts[i] ?? Infinity) <= line) index = i;
  }
  return { index, offset: line - (joined.starts[index] ?? 1) };
}

/** A message as one line: textlint rules write several, with lists and advice. */
export function oneLine(message: string): string {
  return message
    .split('\n')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .join(' / ');
}

export interface ProseLinter {
  /** Lint the reader-facing strings of one file (all of one file's fields). */
  lintFields(fields: readonly ProseField[]): Promise<ProseProblem[]>;
  /** Lint files that textlint reads itself (MDX pages, Markdown), by path. */
  lintFiles(files: readonly string[]): Promise<ProseProblem[]>;
}

/**
 * A linter with the rules of `configFilePath` (.textlintrc.cjs). `root` is the project root:
 * problems name files relative to it.
 */
export async function createProseLinter(configFilePath: string, root: string): Promise<ProseLinter> {
  const base: Descriptor = await loadTextlintrc({ configFilePath });
  const linters = new Map<Profile, Linter>();
  const linterFor = (profile: Profile): Linter => {
    let linter = linters.get(profile);
    if (!linter) {
      const rules = rulesForProfile(base.rule.toKernelRulesFormat(), profile);
      linter = createLinter({ descriptor: base.shallowMerge({ rules }), cwd: root });
      linters.set(profile, linter);
    }
    return linter;
  };
  const relative = (file: string): string => (file.startsWith(`${root}/`) ? file.slice(root.length + 1) : file);

  return {
    async lintFields(fields) {
      const problems: ProseProblem[] = [];
      for (const profile of ['prose', 'summary', 'term'] as const) {
        const group = fields.filter((field) => field.profile === profile);
        const first = group[0];
        if (!first) continue;
        const joined = joinFields(group);
        const result = await linterFor(profile).lintText(joined.text, `${first.file}.${profile}.txt`);
        for (const message of result.messages) {
          const { index, offset } = fieldAtLine(joined, message.line);
          const field = group[index] ?? first;
          const at = message.range[0] - (joined.offsets[index] ?? 0);
          problems.push(toProblem(field, offset, message, nearby(field.text.replace(/\r\n?/g, '\n'), at)));
        }
      }
      return problems.sort((a, b) => a.line - b.line);
    },
    async lintFiles(files) {
      const results = await linterFor('prose').lintFiles([...files]);
      return results.flatMap((result) =>
        result.messages.map((message) => ({
          file: relative(result.filePath),
          line: message.line,
          ruleId: message.ruleId,
          message: oneLine(message.message),
        })),
      );
    },
  };
}

/** A few characters either side of a position, on one line. */
export function nearby(text: string, at: number, width = 8): string {
  const start = Math.max(0, at - width);
  const end = Math.min(text.length, at + width);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s*\n\s*/g, ' ')}${end < text.length ? '…' : ''}`;
}

function toProblem(field: ProseField, offset: number, message: LintMessage, near: string): ProseProblem {
  return {
    file: field.file,
    // A plain YAML scalar folds its lines into one, so the offset is exact only for block
    // scalars (|); either way the line is that of the field or inside it.
    line: field.line + offset,
    path: field.path,
    ...(field.entry === undefined ? {} : { entry: field.entry }),
    near,
    ruleId: message.ruleId,
    // sentence-length starts with "Line N", a line of the joined text that means nothing in
    // the file; the problem's own line replaces it.
    message: oneLine(message.message).replace(/^Line \d+ /, ''),
  };
}

/** file:line: path (entry): message 「near」 [rule] */
export function formatProblem(problem: ProseProblem): string {
  const where = problem.path ? ` ${problem.path}${problem.entry ? ` (${problem.entry})` : ''}:` : '';
  const near = problem.near ? ` 「${problem.near}」` : '';
  return `${problem.file}:${problem.line}:${where} ${problem.message}${near} [${problem.ruleId}]`;
}
