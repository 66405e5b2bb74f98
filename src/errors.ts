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
  const escaped = message.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, (char) => `\\u${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  const clipped = escaped.replace(/"[^"]{81,}"|[^\s"]{81,}/g, (value) => {
    const quoted = value.startsWith('"');
    return `${quoted ? '"' : ''}${shorten(quoted ? value.slice(1, -1) : value, QUOTED_MAX)}${quoted ? '"' : ''}`;
  });
  return shorten(clipped, MESSAGE_MAX);
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  // Never cut a surrogate pair in half.
  if (/[\uD800-\uDBFF]/.test(text[end - 1])) end--;
  return `${text.slice(0, end)}…`;
}
