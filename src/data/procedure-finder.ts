/**
 * The procedure finder's data, computed once per build from content/data/procedures.yaml and
 * documents.yaml: the component renders its table and sections from it, and the endpoint
 * /linkage/documents/finder-data.json gives the same to the script, which fetches it only when
 * the reader starts to use the form (docs/budgets.md, "Page weight").
 */
import { loadSite } from './index.ts';
import { contentFiles } from './content-files.ts';
import { inFileOrder, joinDocuments, officesOf, type FinderDocument, type FinderProcedure } from '../lib/procedures/index.ts';

/** Where the script fetches the data; the endpoint lives at the same path in src/pages. */
export const PROCEDURE_FINDER_DATA_URL = '/linkage/documents/finder-data.json';

export async function procedureFinderData() {
  const site = await loadSite();
  const documents = [...site.documents.values()];
  // Content collections do not keep the order of a YAML file; the table follows the deck's
  // order, which procedures.yaml keeps (table ①, then the rest of table ②).
  const fileOrder = contentFiles().procedures().map((procedure) => procedure.id);
  const asFound: FinderDocument[] = documents.map(({ id, name, reading, variants }) => ({ id, name, reading, ...(variants ? { variants } : {}) }));
  const procedures: FinderProcedure[] = joinDocuments(inFileOrder(site.procedures, fileOrder), asFound);
  return { documents, procedures, offices: officesOf(procedures) };
}

/** What the script needs: the procedures, and the document ids and offices the address may name. */
export async function procedureFinderPayload() {
  const { documents, procedures, offices } = await procedureFinderData();
  return { procedures, documentIds: documents.map((document) => document.id), offices };
}
