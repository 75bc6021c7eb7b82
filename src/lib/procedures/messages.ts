/**
 * What the procedure finder's live region says. A module of its own, so that the script a page
 * loads at once needs only this, and the filtering (index.ts) comes with the data on first use.
 */

/** What the live region says after the list changes. */
export function resultMessage(count: number): string {
  return count === 0 ? '条件に合う手続きは見つかりませんでした' : `${count}件の手続きが見つかりました`;
}
