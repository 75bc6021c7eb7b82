/**
 * The files of a finished build, for the build steps that check or complete it: every path
 * relative to the build folder, with forward slashes, in a stable order.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function listBuiltFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return files.sort();
}
