import { withoutEach } from '../../collections.js';
import { walkCodes } from '../../model/inline.js';
import type { Inline } from '../../model/types.js';
import type { Rule } from '../rule.js';

/** i18next interpolation and nesting, printf and ICU-style placeholders. */
const PLACEHOLDER = /\{\{-?\s*[\w.,\s]+\}\}|\$t\([^)]*\)|%(?:\d+\$)?[sdif@]|\{\d+\}/g;

function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[0].replace(/\s+/g, ''));
}

/** Inline codes by kind and id: `<ph id="1"/>` in the source needs its counterpart in the target. */
function codes(content: readonly Inline[]): string[] {
  return [...walkCodes(content)].filter((code) => code.kind !== '!--' && code.kind !== 'mrk').map((code) => `<${code.kind}${code.id !== undefined ? ` id="${code.id}"` : ''}>`);
}

export const rule: Rule = {
  meta: {
    id: 'placeholder-mismatch',
    type: 'accuracy',
    defaultSeverity: 'error',
    description: 'Placeholders ({{name}}, $t(key), %s) or inline codes of the source are missing from the target, or added.',
    needsTermbase: false,
    messageIds: ['missing', 'extra'],
  },
  check(context) {
    for (const unit of context.units) {
      if (!unit.hasTarget || unit.target.trim() === '') continue;
      const segments = unit.unit.segments.filter((segment) => !segment.ignorable && segment.target !== undefined);
      const source = [...placeholders(unit.source), ...segments.flatMap((segment) => codes(segment.source))];
      const target = [...placeholders(unit.target), ...segments.flatMap((segment) => codes(segment.target ?? []))];
      for (const item of withoutEach(source, target)) context.report({ unit, messageId: 'missing', data: { placeholder: item }, expected: item, source: item });
      for (const item of withoutEach(target, source)) {
        context.report({ unit, messageId: 'extra', data: { placeholder: item }, found: item, offset: Math.max(0, unit.target.indexOf(item)) });
      }
    }
  },
};
