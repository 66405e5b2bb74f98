export interface TextPosition {
  line: number;
  column: number;
}

/**
 * Line and column (1-based, the column in UTF-16 units) of `offset` in `text`. When the text
 * itself starts at `start` in a file, the position is in the file: on the text's first line the
 * column continues from `start`.
 */
export function positionAt(text: string, offset: number, start: TextPosition = { line: 1, column: 1 }): TextPosition {
  let lineBreaks = 0;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    lineBreaks++;
    lineStart = at + 1;
  }
  return { line: start.line + lineBreaks, column: lineBreaks === 0 ? start.column + offset : offset - lineStart + 1 };
}
