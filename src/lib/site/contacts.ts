/**
 * The tel: address of a phone number as the guide writes it (0120-95-0178, #9110, 188).
 * RFC 3966: a local number keeps only its digits here (the hyphens are visual separators, and
 * some phones refuse them), and # is not allowed as is in a URI, so it is written %23.
 */
export function telHref(number: string): string {
  if (!/^(?:#?\d+|\d+(?:-\d+)+)$/.test(number)) throw new Error(`電話番号「${number}」は 0120-95-0178、#9110、188 のように書いてください`);
  return `tel:${number.replace(/-/g, '').replace('#', '%23')}`;
}
