import { inconsistencies } from '../inconsistency.js';
import type { Rule } from '../rule.js';

export const rule: Rule = {
  meta: {
    id: 'target-inconsistency',
    type: 'consistency',
    defaultSeverity: 'warning',
    description: 'The same source text is translated in different ways.',
    needsTermbase: false,
    messageIds: ['differs'],
  },
  check(context) {
    for (const { unit, found, expected, offset } of inconsistencies(context.units, 'source', 'target')) {
      context.report({ unit, messageId: 'differs', data: { found, expected }, source: unit.source, expected, found, offset });
    }
  },
};
