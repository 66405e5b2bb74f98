import { compileTermbase } from '../terms/matcher.js';
import { approvedTerms } from '../terms/termbase.js';
import type { Severity, TermStatus } from '../types.js';
import type { Rule } from './rule.js';

/** Rules that report target forms of a given status, with the concept's preferred form as expected. */
export function termFormRule(id: string, status: TermStatus, defaultSeverity: Severity, description: string): Rule {
  return {
    meta: { id, type: 'terminology', defaultSeverity, description, needsTermbase: true, messageIds: ['used'] },
    check(context) {
      if (!context.termbase) return;
      const compiled = compileTermbase(context.termbase);
      for (const unit of context.units) {
        if (!unit.hasTarget) continue;
        for (const hit of compiled.targetHits(unit.target)) {
          if (hit.value.term.status !== status) continue;
          const { concept } = hit.value;
          const expected = approvedTerms(concept, context.termbase.trgLang).find((term) => term.status === 'preferred') ?? approvedTerms(concept, context.termbase.trgLang)[0];
          const source = approvedTerms(concept, context.termbase.srcLang)[0]?.text;
          context.report({
            unit,
            messageId: 'used',
            data: { found: hit.text, expected: expected?.text ?? '' },
            source,
            expected: expected?.text,
            found: hit.text,
            offset: hit.start,
          });
        }
      }
    },
  };
}
