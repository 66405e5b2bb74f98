import { compileTermbase } from '../../terms/matcher.js';
import { unitTermIssues } from '../../terms/unit-terms.js';
import type { Rule } from '../rule.js';

export const rule: Rule = {
  meta: {
    id: 'term-missing',
    type: 'terminology',
    defaultSeverity: 'warning',
    description: 'A termbase name or term is in the source, but none of its approved forms is in the target: it is dropped, misspelled, or written in another case or spacing.',
    needsTermbase: true,
    messageIds: ['missing', 'variant', 'near'],
  },
  check(context) {
    if (!context.termbase) return;
    const compiled = compileTermbase(context.termbase);
    for (const unit of context.units) {
      if (!unit.hasTarget || unit.target.trim() === '') continue;
      for (const issue of unitTermIssues(compiled, unit.source, unit.target, context.dictionary)) {
        const { source, expected, found } = issue;
        if (issue.type === 'missing') context.report({ unit, messageId: 'missing', data: { source, expected }, source, expected, offset: issue.sourceStart, side: 'source' });
        else if (issue.type === 'variant' || issue.type === 'near') context.report({ unit, messageId: issue.type, data: { source, found: found!, expected }, source, expected, found, offset: issue.start });
      }
    }
  },
};
