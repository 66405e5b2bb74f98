/**
 * What text tmkit accepts and writes, in one place for every reader and writer: the XML 1.0
 * `Char` production, the encoding declarations it understands, and how deep elements may nest.
 * A file that breaks these is refused on reading; a value that breaks them is never written.
 */

/**
 * Offset of the first character outside XML 1.0 `Char` (C0 controls but tab, LF and CR; lone
 * surrogates; U+FFFE, U+FFFF), or -1.
 */
export function firstIllegalChar(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x20 && code < 0xd800) continue;
    if (code < 0x20) {
      if (code !== 0x9 && code !== 0xa && code !== 0xd) return i;
    } else if (code < 0xdc00) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next < 0xe000)) return i;
      i++;
    } else if (code < 0xe000 || code >= 0xfffe) return i;
  }
  return -1;
}

export function isLegalCodePoint(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/** `U+0001`: how a character is named in messages. */
export function codePointName(text: string, offset: number): string {
  return `U+${(text.codePointAt(offset) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Encodings a file may declare: tmkit decodes UTF-8 and UTF-16 (with a byte order mark); ASCII is
 * UTF-8. Anything else would be read as something it is not.
 */
const ACCEPTED_ENCODINGS = new Set(['utf-8', 'utf8', 'utf-16', 'utf-16le', 'utf-16be', 'us-ascii', 'ascii']);

/** Why an encoding declaration is refused, or undefined when it is accepted. */
export function encodingProblem(encoding: string): string | undefined {
  if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(encoding)) return `invalid encoding name "${encoding}"`;
  if (!ACCEPTED_ENCODINGS.has(encoding.toLowerCase())) return `unsupported encoding "${encoding}" (tmkit reads UTF-8 and UTF-16)`;
  return undefined;
}

/**
 * How deep elements (or JSON objects) may nest in any file tmkit reads. Real files stay far below it; the
 * limit keeps every walk over inline content and term content within the call stack.
 */
export const MAX_NESTING_DEPTH = 256;

export const TOO_DEEP = `elements nest more than ${MAX_NESTING_DEPTH} deep`;
