import type { Rule } from '../rule.js';

export const rule: Rule = {
  meta: {
    id: 'empty-target',
    type: 'accuracy',
    defaultSeverity: 'error',
    description: 'A unit has a target element with no text while its source has text.',
    needsTermbase: false,
    messageIds: ['empty'],
  },
  check(context) {
    for (const unit of context.units) {
      if (unit.hasTarget && unit.target.trim() === '' && unit.source.trim() !== '') context.report({ unit, messageId: 'empty' });
    }
  },
};
