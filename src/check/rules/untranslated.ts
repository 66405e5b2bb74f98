import { hasHan } from '../../lang/script.js';
import type { Rule } from '../rule.js';

export const rule: Rule = {
  meta: {
    id: 'untranslated',
    type: 'accuracy',
    defaultSeverity: 'warning',
    description: 'A unit has source text but no translation, or its target is a copy of the source.',
    needsTermbase: false,
    messageIds: ['noTarget', 'copied'],
  },
  check(context) {
    for (const unit of context.units) {
      if (unit.source.trim() === '') continue;
      if (!unit.hasTarget) context.report({ unit, messageId: 'noTarget', data: { source: excerpt(unit.source) }, source: unit.source, side: 'source' });
      else if (hasHan(unit.source) && unit.target.trim() === unit.source.trim()) context.report({ unit, messageId: 'copied', found: unit.target });
    }
  },
};

function excerpt(text: string): string {
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}
