/**
 * Cross-file checks that a single schema cannot make: every id that one content file names in
 * another must exist. Returns every problem at once, each naming the file and field, so a
 * writer can fix them in one pass. Pure: the caller loads the content and throws.
 */

export interface ContentProblem {
  /** Path of the file to fix, relative to the project root. */
  readonly file: string;
  /** Dotted path of the field inside that file (figures[2], procedures.nenkin-menjo.documents[0]). */
  readonly field: string;
  readonly message: string;
}

export interface ContentGraph {
  readonly pages: ReadonlyArray<{
    id: string;
    file: string;
    figures: readonly string[];
    officialLinks: readonly string[];
    related: readonly string[];
  }>;
  readonly figures: ReadonlyArray<{ id: string; source: string }>;
  readonly sourceIds: readonly string[];
  readonly linkIds: readonly string[];
  readonly glossary: ReadonlyArray<{ id: string; seeAlso: readonly string[] }>;
  readonly documentIds: readonly string[];
  readonly procedures: ReadonlyArray<{ id: string; documents: readonly string[] }>;
  /** Contact lines and the sources they cite (optional for graphs built before contacts existed). */
  readonly contacts?: ReadonlyArray<{ id: string; sources: readonly string[] }>;
}

export const DATA_FILES = {
  figures: 'content/data/figures.yaml',
  glossary: 'content/data/glossary.yaml',
  procedures: 'content/data/procedures.yaml',
  contacts: 'content/data/contacts.yaml',
} as const;

export function findContentProblems(graph: ContentGraph): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const figureIds = new Set(graph.figures.map((figure) => figure.id));
  const sourceIds = new Set(graph.sourceIds);
  const linkIds = new Set(graph.linkIds);
  const pageIds = new Set(graph.pages.map((page) => page.id));
  const termIds = new Set(graph.glossary.map((term) => term.id));
  const documentIds = new Set(graph.documentIds);

  const expectIn = (known: Set<string>, what: string, file: string, field: string, ids: readonly string[]) => {
    ids.forEach((id, index) => {
      if (!known.has(id)) problems.push({ file, field: `${field}[${index}]`, message: `${what}「${id}」はありません` });
    });
  };

  for (const page of graph.pages) {
    expectIn(figureIds, 'figures.yaml に数字', page.file, 'figures', page.figures);
    expectIn(linkIds, 'links.yaml にリンク', page.file, 'officialLinks', page.officialLinks);
    expectIn(pageIds, 'ページ', page.file, 'related', page.related);
  }
  for (const figure of graph.figures) {
    expectIn(sourceIds, 'sources.yaml に出典', DATA_FILES.figures, `${figure.id}.source`, [figure.source]);
  }
  for (const term of graph.glossary) {
    expectIn(termIds, '用語', DATA_FILES.glossary, `${term.id}.seeAlso`, term.seeAlso);
  }
  for (const procedure of graph.procedures) {
    expectIn(documentIds, 'documents.yaml に書類', DATA_FILES.procedures, `${procedure.id}.documents`, procedure.documents);
  }
  for (const contact of graph.contacts ?? []) {
    expectIn(sourceIds, 'sources.yaml に出典', DATA_FILES.contacts, `${contact.id}.sources`, contact.sources);
  }
  return problems;
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map((problem) => `${problem.file}: ${problem.field}: ${problem.message}`).join('\n');
}
