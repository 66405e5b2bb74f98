import diff from 'fast-diff';

const RED = '\u001b[31m';
const STRIKE = '\u001b[9m';
const GREEN = '\u001b[32m';
const RESET = '\u001b[0m';

/**
 * How the found form must change to become the expected one, character by character.
 * Plain: `Kim Jong[-u→ U]n` (found `Kim Jong-un`, expected `Kim Jong Un`); in colour the
 * removed text is red and struck through, the added text green. Forms that differ in more than two
 * places, or share less than half of the shorter one, read better whole: `[Premier→Foreign Minister]`.
 */
export function highlightDifference(found: string, expected: string, color: boolean): string {
  let parts = diff(found, expected);
  const changes = parts.filter(([op], index) => op !== diff.EQUAL && (index === 0 || parts[index - 1][0] === diff.EQUAL)).length;
  const common = parts.reduce((length, [op, text]) => (op === diff.EQUAL ? length + text.length : length), 0);
  if (changes > 2 || common * 2 < Math.min(found.length, expected.length)) {
    parts = [
      [diff.DELETE, found],
      [diff.INSERT, expected],
    ];
  }
  if (color) return parts.map(([op, text]) => (op === diff.EQUAL ? text : op === diff.DELETE ? `${RED}${STRIKE}${text}${RESET}` : `${GREEN}${text}${RESET}`)).join('');
  return parts
    .map(([op, text], index) => {
      if (op === diff.EQUAL) return text;
      if (op === diff.DELETE) return parts[index + 1]?.[0] === diff.INSERT ? `[${text}→` : `[${text}→]`;
      return parts[index - 1]?.[0] === diff.DELETE ? `${text}]` : `[→${text}]`;
    })
    .join('');
}
