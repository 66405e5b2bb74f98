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
    super(formatWhere(where) + reason);
    this.name = 'InputError';
    this.reason = reason;
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
