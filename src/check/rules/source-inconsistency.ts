import { inconsistencies } from '../inconsistency.js';
import type { Rule } from '../rule.js';

export const rule: Rule = {
  meta: {
    id: 'source-inconsistency',
    type: 'consistency',
    defaultSeverity: 'warning',
    description: 'Different source texts have the same translation.',
    needsTermbase: false,
    messageIds: ['same'],
  },
  check(context) {
    for (const { unit, found, expected, offset } of inconsistencies(context.units, 'target', 'source')) {
      context.report({ unit, messageId: 'same', data: { found, expected }, source: unit.source, expected, found, offset, side: 'source' });
    }
  },
};
