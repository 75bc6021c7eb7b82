/**
 * The tel: address of a phone number as the guide writes it (0120-95-0178, #9110, 188).
 * RFC 3966: a local number keeps only its digits here (the hyphens are visual separators, and
 * some phones refuse them), and # is not allowed as is in a URI, so it is written %23.
 */
export function telHref(number: string): string {
  if (!/^(?:#?\d+|\d+(?:-\d+)+)$/.test(number)) throw new Error(`電話番号「${number}」は 0120-95-0178、#9110、188 のように書いてください`);
  return `tel:${number.replace(/-/g, '').replace('#', '%23')}`;
}

/** What a contact line needs for its link: the fields of content/data/contacts.yaml used here. */
export interface ContactLine {
  name: string;
  kind: 'phone' | 'fax';
  number: string;
}

/**
 * The text of a phone line's link, the same wherever the line is linked (WCAG 3.2.4): its name
 * and number, so that the link alone says where it calls (2.4.9). A short number (188, #9110)
 * is written 「局番なしの188」, as such numbers are announced.
 */
export function contactLinkText(contact: ContactLine): string {
  return `${contact.name}：${contact.number.startsWith('0') ? contact.number : `局番なしの${contact.number}`}`;
}

/** A piece of a sentence: plain text, or the link text of a phone line with its tel: address. */
export type SentencePiece = { text: string } | { text: string; href: string };

/**
 * Cuts a sentence (a summary line) at every phone line it names by its link text, so that the
 * page can make each one a link that dials it. A FAX number stays text. Pieces joined give the
 * sentence back unchanged.
 */
export function linkPhoneLines(sentence: string, contacts: Iterable<ContactLine>): SentencePiece[] {
  const phones = [...contacts].filter((contact) => contact.kind === 'phone').map((contact) => ({ text: contactLinkText(contact), href: telHref(contact.number) }));
  const pieces: SentencePiece[] = [];
  let rest = sentence;
  for (;;) {
    let first: { at: number; text: string; href: string } | undefined;
    for (const phone of phones) {
      const at = rest.indexOf(phone.text);
      if (at !== -1 && (!first || at < first.at || (at === first.at && phone.text.length > first.text.length))) first = { at, ...phone };
    }
    if (!first) break;
    if (first.at > 0) pieces.push({ text: rest.slice(0, first.at) });
    pieces.push({ text: first.text, href: first.href });
    rest = rest.slice(first.at + first.text.length);
  }
  if (rest !== '') pieces.push({ text: rest });
  return pieces;
}
