import { describe, expect, it } from 'vitest';
import { bseHeader, shiftJisField, toBrailleAscii, toBrf, toBse, toUnicodeText } from './formats.ts';

// The published North American braille ASCII table, indexed by dot mask (character i ↔ U+2800+i):
// the string used by aphtech/brf2ebrl (src/brf2ebrl/common/detectors.py), as quoted in NOTES.md §3.1.
const PUBLISHED = " A1B'K2L@CIF/MSP\"E3H9O6R^DJG>NTQ,*5<-U8V.%[$+X!&;:4\\0Z7(_?W]#Y)=";

describe('braille ASCII', () => {
  it('maps every one of the 64 cells as the published table does', () => {
    for (let mask = 0; mask < 64; mask += 1) expect(toBrailleAscii(String.fromCodePoint(0x2800 + mask))).toBe(PUBLISHED[mask]);
  });
  it.each([
    ['⠼⠁⠃⠫⠕', '#AB$O', 'NOTES §3.1: 12ケタ'],
    ['⠞⠒⠈⠪⠒', 'T3@[3', 'NOTES §3.1: トーキョー'],
  ])('%s → %s (%s)', (cells, ascii) => expect(toBrailleAscii(cells)).toBe(ascii));
  it('refuses eight-dot cells', () => expect(() => toBrailleAscii('⣿')).toThrow('U+28FF'));
});

describe('files', () => {
  const pages = [['⠁⠀⠃', '⠉'], ['⠋']];
  it('BRF: CR LF after every line, form feed between pages', () => expect(toBrf(pages)).toBe('A B\r\nC\r\n\fF\r\n'));
  it('Unicode text: the same lines with U+2800 blanks', () => expect(toUnicodeText(pages)).toBe('⠁⠀⠃\r\n⠉\r\n\f⠋\r\n'));
  it('BSE: 512-byte header, then the BRF body', () => {
    const bytes = toBse(pages, { title: 'マイナンバー', date: '2026/11/26' }, { cellsPerLine: 32, linesPerPage: 22 });
    const header = bytes.slice(0, 512);
    const ascii = (from: number, to: number) => String.fromCharCode(...header.slice(from, to));
    expect(ascii(0, 10)).toBe('2026/11/26');
    expect(ascii(504, 512)).toBe('00023222');
    expect(new TextDecoder('shift_jis').decode(header.slice(10, 60)).trimEnd()).toBe('マイナンバー');
    expect(new TextDecoder().decode(bytes.slice(512))).toBe('A B\r\nC\r\n\fF\r\n');
  });
  it('BSE: a title longer than its field is cut at a character boundary', () => {
    const field = shiftJisField('あ'.repeat(30), 50);
    expect(field.length).toBe(50);
    expect(new TextDecoder('shift_jis').decode(Uint8Array.from(field)).trimEnd()).toBe('あ'.repeat(25));
  });
  it('BSE: refuses a bad date', () => expect(() => bseHeader({ title: 'x', date: '2026-11-26' }, 1, { cellsPerLine: 32, linesPerPage: 22 })).toThrow('YYYY/MM/DD'));
});
