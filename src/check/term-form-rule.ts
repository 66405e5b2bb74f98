import { compileTermbase } from '../terms/matcher.js';
import { unitTermIssues } from '../terms/unit-terms.js';
import type { Severity } from '../model/types.js';
import type { Rule } from './rule.js';

/**
 * Rules that report a target form of a given status for a concept the source names, with the
 * concept's preferred form as expected; a form another concept of the source approves is not reported.
 */
export function termFormRule(id: string, status: 'deprecated' | 'forbidden', defaultSeverity: Severity, description: string): Rule {
  return {
    meta: { id, type: 'terminology', defaultSeverity, description, needsTermbase: true, messageIds: ['used'] },
    check(context) {
      if (!context.termbase) return;
      const compiled = compileTermbase(context.termbase);
      for (const unit of context.units) {
        if (!unit.hasTarget) continue;
        for (const issue of unitTermIssues(compiled, unit, context.dictionary)) {
          if (issue.type !== status) continue;
          context.report({ unit, messageId: 'used', data: { found: issue.found!, expected: issue.expected }, source: issue.source, expected: issue.expected, found: issue.found, offset: issue.start });
        }
      }
    },
  };
}
