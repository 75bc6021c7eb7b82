/**
 * Lints the reader text that textlint's MDX plugin does not see: the front matter of every page
 * (title, description, the やさしい日本語 summary) and the strings of the YAML data that the
 * layouts print. The rules are those of .textlintrc.cjs (src/lib/prose/profiles.ts says what
 * changes for summaries and glossary terms); which fields are reader text is decided in
 * src/lib/prose/fields.ts.
 *
 *   npm run -s lint:prose:data                                   # every page and data file
 *   npm run -s lint:prose:data -- content/data/glossary.yaml     # some files
 *
 * One line per problem: file:line: field (entry id): message [rule]. Exits with 1 when there is
 * any problem, or any file whose shape is unknown.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatShapeProblems, proseFields, ProseShapeError } from '../src/lib/prose/fields.ts';
import { createProseLinter, formatProblem } from '../src/lib/prose/lint.ts';

const root = fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]$/, '');
// npm runs scripts in the project root; INIT_CWD is where the editor typed the command.
const fromRoot = (path: string): string => relative(root, resolve(process.env['INIT_CWD'] ?? process.cwd(), path)).split(sep).join('/');

/** With no arguments: the site settings, every data file and every page. */
function defaultFiles(): string[] {
  const data = readdirSync(resolve(root, 'content/data'))
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => `content/data/${name}`);
  const pages = readdirSync(resolve(root, 'content/pages'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => `content/pages/${name.split(sep).join('/')}`);
  return ['content/site.yaml', ...data.sort(), ...pages.sort()];
}

const files = process.argv.length > 2 ? process.argv.slice(2).map(fromRoot) : defaultFiles();
const linter = await createProseLinter(resolve(root, '.textlintrc.cjs'), root);

let problems = 0;
for (const file of files) {
  const path = resolve(root, file);
  if (!existsSync(path)) {
    process.stdout.write(`${file}: ファイルがありません\n`);
    problems += 1;
    continue;
  }
  let fields;
  try {
    fields = proseFields(file, readFileSync(path, 'utf8'));
  } catch (error) {
    if (!(error instanceof ProseShapeError)) throw error;
    process.stdout.write(`${formatShapeProblems(error.problems)}\n`);
    problems += error.problems.length;
    continue;
  }
  for (const problem of await linter.lintFields(fields)) {
    process.stdout.write(`${formatProblem(problem)}\n`);
    problems += 1;
  }
}

process.stderr.write(
  problems === 0
    ? `文章の確認: ${files.length} ファイル、問題はありません。\n`
    : `文章の確認: ${files.length} ファイルに ${problems} 件の問題があります。\n`,
);
process.exit(problems === 0 ? 0 : 1);
