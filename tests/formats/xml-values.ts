import fc from 'fast-check';

const codePointIn = (min: number, max: number) => fc.integer({ min, max }).map((code) => String.fromCodePoint(code));

/**
 * Pieces of text XML 1.0 can carry, from every class of code point: markup characters, TAB,
 * LF, CR and CR LF, "]]>", text that looks like a reference, ASCII, C1 controls, Latin and
 * symbols, CJK, private use, noncharacters and specials up to U+FFFD, the BOM, astral planes.
 * (C0 controls other than TAB/LF/CR, lone surrogates, U+FFFE and U+FFFF are not XML characters.)
 */
const piece = fc.oneof(
  fc.constantFrom('\t', '\n', '\r', '\r\n', ']]>', '&', '<', '>', '"', "'", '&#10;', '&amp;', ' ', '  '),
  codePointIn(0x20, 0x7e),
  codePointIn(0x80, 0x9f),
  codePointIn(0xa0, 0x2fff),
  codePointIn(0x3000, 0x9fff),
  codePointIn(0xa000, 0xd7ff),
  codePointIn(0xe000, 0xf8ff),
  codePointIn(0xf900, 0xfffd),
  codePointIn(0x10000, 0x10ffff),
);

/** Any XML 1.0 text, empty included. */
export const xmlValue = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));

/** Non-empty text without surrounding white space (termbase readers trim terms, notes and cells). */
export const trimmedValue = xmlValue.map((value) => value.trim()).filter((value) => value !== '');

/** The value written as numeric character references only, independent of any writer under test. */
export function characterReferences(value: string): string {
  return [...value].map((char) => `&#x${char.codePointAt(0)!.toString(16)};`).join('');
}
