/**
 * Bad input: a file that will not parse, a wrong option value, a swapped language pair.
 * The CLI prints it as one line (`file:line:column: reason`) and exits 2.
 */
export class InputError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly reason: string;

  constructor(reason: string, where: { file?: string; line?: number; column?: number } = {}) {
    const shown = safeForTerminal(reason);
    super(formatWhere(where) + shown);
    this.name = 'InputError';
    this.reason = shown;
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
  }

  /** The same error, now knowing which file it came from. */
  inFile(file: string): InputError {
    return this.file ? this : new InputError(this.reason, { file, line: this.line, column: this.column });
  }
}

function formatWhere({ file, line, column }: { file?: string; line?: number; column?: number }): string {
  if (!file && line === undefined) return '';
  let where = file ?? '';
  if (line !== undefined) where += `${file ? ':' : 'line '}${line}`;
  if (line !== undefined && column !== undefined) where += `:${column}`;
  return `${where}: `;
}

/** How much of one value a message quotes. */
const QUOTED_MAX = 80;
/** A message longer than this (values with spaces in it) is cut. */
const MESSAGE_MAX = 400;

/**
 * A message as it may reach a terminal: control and format characters (ESC, form feed, U+2028,
 * bidi overrides…) written as `\u001B`, and any value from a file quoted in at most about 80
 * characters with an ellipsis, so that a hostile file can neither drive the terminal nor flood it.
 */
export function safeForTerminal(message: string): string {
  // Clipped before escaping too, so that the work does not grow with a huge value.
  const clipped = shorten(clipValues(message), MESSAGE_MAX);
  const escaped = clipped.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, (char) => `\\u${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  return shorten(clipValues(escaped), MESSAGE_MAX);
}

/** Each quoted value, and each run of characters without a space, cut to `QUOTED_MAX` (a scan: a 10 MB run defeats regular expressions). */
function clipValues(text: string): string {
  const parts: string[] = [];
  let at = 0;
  while (at < text.length) {
    if (text[at] === '"') {
      const close = text.indexOf('"', at + 1);
      const end = close === -1 ? text.length : close;
      parts.push(`"${shorten(text.slice(at + 1, end), QUOTED_MAX)}${close === -1 ? '' : '"'}`);
      at = end + 1;
      continue;
    }
    let end = at;
    while (end < text.length && text[end] !== '"' && !isSpace(text.charCodeAt(end))) end++;
    if (end === at) {
      parts.push(text[at]);
      at++;
    } else {
      parts.push(shorten(text.slice(at, end), QUOTED_MAX));
      at = end;
    }
  }
  return parts.join('');
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  // Never cut a surrogate pair in half.
  if (/[\uD800-\uDBFF]/.test(text[end - 1])) end--;
  return `${text.slice(0, end)}…`;
}
