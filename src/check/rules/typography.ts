import { pushTo } from '../../collections.js';
import type { CheckedUnit, Rule } from '../rule.js';

/**
 * An apostrophe inside or at the end of a word: Workers' / Workers’, Kim's / Kim’s. A match starts
 * only where a word does: trying it from every letter of a long word would cost its length squared.
 */
const APOSTROPHE = /(?<![A-Za-z])[A-Za-z]+(['’])(?:[A-Za-z]+|(?=\s))/g;
const DOUBLE_QUOTE = /["“”]/g;

export const rule: Rule = {
  meta: {
    id: 'typography',
    type: 'style',
    defaultSeverity: 'warning',
    description: 'Straight and typographic apostrophes or quotes mixed in one document, double spaces, a space before punctuation.',
    needsTermbase: false,
    messageIds: ['mixedApostrophes', 'mixedQuotes', 'doubleSpace', 'spaceBeforePunctuation'],
  },
  check(context) {
    const files = new Map<string, CheckedUnit[]>();
    for (const unit of context.units) if (unit.hasTarget) pushTo(files, unit.file, unit);
    for (const units of files.values()) {
      reportMinority(context, units, APOSTROPHE, (match) => (match[1] === "'" ? 'straight' : 'curly'), 'mixedApostrophes', (text, style) =>
        style === 'straight' ? text.replace(/'/g, '’') : text.replace(/’/g, "'"),
      );
      reportMinority(context, units, DOUBLE_QUOTE, (match) => (match[0] === '"' ? 'straight' : 'curly'), 'mixedQuotes', (_text, style) => (style === 'straight' ? '“ ”' : '"'));
    }
    for (const unit of context.units) {
      if (!unit.hasTarget) continue;
      for (const match of unit.target.matchAll(/\S( {2,})\S/g)) context.report({ unit, messageId: 'doubleSpace', found: match[1], expected: ' ', offset: match.index! + 1 });
      for (const match of unit.target.matchAll(/\p{L} +([,.;:!?])(?=\s|$)/gu)) {
        context.report({ unit, messageId: 'spaceBeforePunctuation', data: { mark: match[1] }, found: match[0].slice(1), expected: match[1], offset: match.index! + 1 });
      }
    }
  },
};

/** Reports the occurrences of the less used of two styles, within one file. */
function reportMinority(
  context: Parameters<Rule['check']>[0],
  units: readonly CheckedUnit[],
  pattern: RegExp,
  styleOf: (match: RegExpMatchArray) => 'straight' | 'curly',
  messageId: string,
  fix: (text: string, style: 'straight' | 'curly') => string,
): void {
  const occurrences = units.flatMap((unit) => [...unit.target.matchAll(pattern)].map((match) => ({ unit, match, style: styleOf(match) })));
  const straight = occurrences.filter((occurrence) => occurrence.style === 'straight').length;
  const curly = occurrences.length - straight;
  if (straight === 0 || curly === 0) return;
  const minority = straight <= curly ? 'straight' : 'curly';
  for (const { unit, match } of occurrences.filter((occurrence) => occurrence.style === minority)) {
    context.report({ unit, messageId, data: { found: match[0], expected: fix(match[0], minority) }, found: match[0], expected: fix(match[0], minority), offset: match.index });
  }
}
