/**
 * A problem found in a data file. Every check in this module reports problems instead of
 * throwing at the first one, so that one build lists everything a data editor has to fix.
 */
export interface DataProblem {
  /** Path of the file, relative to the project (content/municipalities/acceptance.csv). */
  readonly file: string;
  /** 1-based line in that file, when the file has lines. */
  readonly line?: number;
  /** The column or JSON path the problem is in. */
  readonly field?: string;
  readonly message: string;
}

/** One problem per line: `file:line: field: message`. */
export function formatDataProblems(problems: readonly DataProblem[]): string {
  return problems
    .map((problem) => {
      const place = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
      return `${place}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
    })
    .join('\n');
}

/** Thrown when data files are broken; its message lists every problem. */
export class DataError extends Error {
  readonly problems: readonly DataProblem[];
  constructor(heading: string, problems: readonly DataProblem[]) {
    super(`${heading}\n${formatDataProblems(problems)}`);
    this.name = 'DataError';
    this.problems = problems;
  }
}
