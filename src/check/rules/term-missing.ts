import { compileTermbase } from '../../terms/matcher.js';
import { approvedTerms } from '../../terms/termbase.js';
import type { Rule } from '../rule.js';

/** A pronoun may stand for a person named in the source: "他" or a name → "he". */
const PRONOUN = /\b(?:he|him|his|she|her|hers|they|them|their)\b/i;

export const rule: Rule = {
  meta: {
    id: 'term-missing',
    type: 'terminology',
    defaultSeverity: 'warning',
    description: 'A termbase name or term is in the source, but none of its approved forms is in the target (or only a variant spelling of one).',
    needsTermbase: true,
    messageIds: ['missing', 'variant'],
  },
  check(context) {
    if (!context.termbase) return;
    const { termbase } = context;
    const compiled = compileTermbase(termbase);
    for (const unit of context.units) {
      if (!unit.hasTarget || unit.target.trim() === '') continue;
      const targetHits = compiled.targetHits(unit.target);
      const sourceHits = compiled.sourceHits(unit.source);
      const present = new Set(targetHits.map((hit) => hit.value.concept));
      const expected = new Set(sourceHits.map((hit) => hit.value));
      for (const hit of targetHits) {
        const { concept, term } = hit.value;
        // Titles are written in lower case in apposition ("general secretary of …"): case is no variant there.
        if (!hit.variant || concept.kind === 'title' || (term.status !== 'preferred' && term.status !== 'admitted')) continue;
        // Where the source does not name the concept, a near form is more likely an ordinary word than the term.
        if (!expected.has(concept)) continue;
        context.report({ unit, messageId: 'variant', data: { found: hit.text, expected: term.text }, source: approvedTerms(concept, termbase.srcLang)[0]?.text, expected: term.text, found: hit.text, offset: hit.start });
      }
      // Organisations and titles are paraphrased freely ("the neighbouring country"); names and fixed terms are not.
      for (const sourceHit of sourceHits) {
        const concept = sourceHit.value;
        if (present.has(concept) || (concept.kind !== 'name' && concept.kind !== 'term')) continue;
        if (concept.kind === 'name' && PRONOUN.test(unit.target)) continue;
        const approved = approvedTerms(concept, termbase.trgLang)[0]?.text ?? '';
        context.report({ unit, messageId: 'missing', data: { source: sourceHit.text, expected: approved }, source: sourceHit.text, expected: approved, offset: sourceHit.start, side: 'source' });
      }
    }
  },
};
