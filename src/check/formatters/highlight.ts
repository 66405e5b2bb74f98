import diff from 'fast-diff';

const RED = '\u001b[31m';
const GREEN = '\u001b[32m';
const RESET = '\u001b[0m';

/**
 * The difference between what was expected and what was found, character by character:
 * `Kim Jong[-u→ U]n`; in colour, removed text red and added text green.
 */
export function highlightDifference(expected: string, found: string, color: boolean): string {
  const parts = diff(found, expected);
  if (!color) {
    return parts
      .map(([op, text], index) => {
        if (op === 0) return text;
        if (op === -1) return parts[index + 1]?.[0] === 1 ? `[${text}→` : `[${text}→]`;
        return parts[index - 1]?.[0] === -1 ? `${text}]` : `[→${text}]`;
      })
      .join('');
  }
  return parts.map(([op, text]) => (op === 0 ? text : op === -1 ? `${RED}${text}${RESET}` : `${GREEN}${text}${RESET}`)).join('');
}
