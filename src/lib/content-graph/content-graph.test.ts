import { describe, expect, it } from 'vitest';
import { findContentProblems, formatProblems, type ContentGraph } from './index.ts';

const valid: ContentGraph = {
  pages: [
    { id: 'index', file: 'content/pages/index.mdx', figures: [], officialLinks: [], related: ['card'] },
    { id: 'card', file: 'content/pages/card.mdx', figures: ['card-issued'], officialLinks: ['cao'], related: [] },
  ],
  figures: [{ id: 'card-issued', source: 'deck' }],
  sourceIds: ['deck'],
  linkIds: ['cao'],
  glossary: [{ id: 'fukuhon', seeAlso: [] }],
  documentIds: ['juminhyo'],
  procedures: [{ id: 'jido-teate', documents: ['juminhyo'] }],
};

describe('findContentProblems', () => {
  it('accepts a graph whose every id exists', () => {
    expect(findContentProblems(valid)).toEqual([]);
  });

  it('names the page file and field of a missing figure', () => {
    const graph = { ...valid, pages: [{ ...valid.pages[1]!, figures: ['card-issued', 'no-such-figure'] }] };
    expect(formatProblems(findContentProblems(graph))).toBe(
      'content/pages/card.mdx: figures[1]: figures.yaml に数字「no-such-figure」はありません',
    );
  });

  it('names a figure whose source is not in sources.yaml', () => {
    const graph = { ...valid, figures: [{ id: 'card-issued', source: 'blog' }] };
    expect(findContentProblems(graph)).toEqual([
      { file: 'content/data/figures.yaml', field: 'card-issued.source[0]', message: 'sources.yaml に出典「blog」はありません' },
    ]);
  });

  it('names a procedure that lists an unknown document', () => {
    const graph = { ...valid, procedures: [{ id: 'jido-teate', documents: ['juminhyo', 'inkan'] }] };
    expect(findContentProblems(graph)[0]).toMatchObject({
      file: 'content/data/procedures.yaml',
      field: 'jido-teate.documents[1]',
    });
  });

  it('names a contact line that cites an unknown source', () => {
    const graph = { ...valid, contacts: [{ id: 'free-dial', sources: ['deck', 'rumour'] }] };
    expect(findContentProblems(graph)).toEqual([
      { file: 'content/data/contacts.yaml', field: 'free-dial.sources[1]', message: 'sources.yaml に出典「rumour」はありません' },
    ]);
  });

  it('reports every problem at once, not just the first', () => {
    const graph = {
      ...valid,
      pages: [{ ...valid.pages[0]!, related: ['nowhere'], officialLinks: ['gone'] }],
      glossary: [{ id: 'fukuhon', seeAlso: ['missing-term'] }],
    };
    expect(findContentProblems(graph)).toHaveLength(3);
  });
});
