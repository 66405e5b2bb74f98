import { MISSING_PLURAL_FORM } from '../../types.js';
import type { Rule } from '../rule.js';

export const rule: Rule = {
  meta: {
    id: 'plural-missing',
    type: 'accuracy',
    defaultSeverity: 'error',
    description: 'An i18next release lacks a plural form of a key that the target language needs, while it has the others.',
    needsTermbase: false,
    messageIds: ['missing'],
  },
  check(context) {
    for (const unit of context.units) {
      const category = unit.unit.metadata[MISSING_PLURAL_FORM];
      if (category === undefined) continue;
      const form = unit.unit.id.slice(unit.unit.id.indexOf(':') + 1);
      context.report({ unit, messageId: 'missing', data: { form, category, language: unit.trgLang }, expected: form });
    }
  },
};
