// The procedure finder on /linkage/documents/ (issue 20): the page loads only the finder's small
// script (counted with the page's JavaScript in the page table); the procedures come from
// finder-data.json once the reader reaches the form. Its size is budgeted here, as the tool's own.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DATA_BUDGET = 8 * 1024;

export async function run({ dist }) {
  const file = join(dist, 'linkage/documents/finder-data.json');
  if (!existsSync(file)) return [{ label: 'procedure finder: no linkage/documents/finder-data.json (build the site first)', value: 1, unit: 'file', budget: 0 }];
  const data = readFileSync(file);
  const procedures = JSON.parse(data.toString('utf8')).procedures.length;
  return [{ label: `procedure finder: data fetched on first use (${procedures} procedures), gzipped`, value: gzipSync(data, { level: 9 }).length, unit: 'B', budget: DATA_BUDGET }];
}
