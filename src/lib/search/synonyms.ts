/**
 * Other names for what a page talks about, so that a reader who types 自治体 finds the page
 * that says 地方公共団体. The groups come from the glossary (a term and its aliases); the
 * index holds, as invisible metadata, the names of a group that a page does not use itself.
 */

/** Words that mean the same: a glossary term and its aliases. */
export type SynonymGroup = readonly string[];

/** The names of every group the text uses that the text itself does not contain. */
export function synonymsFor(text: string, groups: readonly SynonymGroup[]): string[] {
  const found = new Set<string>();
  for (const group of groups) {
    if (!group.some((name) => text.includes(name))) continue;
    for (const name of group) if (!text.includes(name)) found.add(name);
  }
  return [...found];
}
