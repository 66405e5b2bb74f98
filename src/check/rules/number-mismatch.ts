import { englishForm, extractNumbers, impliedEnglishNumbers, type NumberMention, sameNumber } from '../../lang/numbers.js';
import type { Rule } from '../rule.js';

/** English often gives the weekday for a Chinese date ("4日" → "on Thursday"): not a mismatch. */
const RELATIVE_DAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow|tonight)\b/i;

/** 一 before a measure word is usually the article: 一名官员 → "an official". */
function isArticle(mention: NumberMention): boolean {
  return mention.kind === 'number' && mention.value === 1 && mention.text.startsWith('一');
}

export const rule: Rule = {
  meta: {
    id: 'number-mismatch',
    type: 'accuracy',
    defaultSeverity: 'error',
    description: 'A number, date or percentage of the source is missing or different in the target.',
    needsTermbase: false,
    messageIds: ['different', 'missing'],
  },
  check(context) {
    for (const unit of context.units) {
      if (!unit.hasTarget || unit.target.trim() === '') continue;
      const source = extractNumbers(unit.source, 'zh');
      const target = extractNumbers(unit.target, 'en');
      const unmatchedTarget = [...target];
      const unmatchedSource: NumberMention[] = [];
      for (const mention of source) {
        const index = unmatchedTarget.findIndex((candidate) => sameNumber(mention, candidate));
        if (index >= 0) unmatchedTarget.splice(index, 1);
        else unmatchedSource.push(mention);
      }
      const implied = unmatchedSource.length > 0 ? impliedEnglishNumbers(unit.target) : [];
      for (const mention of unmatchedSource) {
        const impliedIndex = implied.findIndex((candidate) => sameNumber(mention, candidate));
        if (impliedIndex >= 0) {
          implied.splice(impliedIndex, 1);
          continue;
        }
        // A date that became another date is one finding, the date written in the target.
        const counterpart = mention.kind === 'date' ? unmatchedTarget.find((candidate) => candidate.kind === 'date') : undefined;
        if (counterpart) {
          unmatchedTarget.splice(unmatchedTarget.indexOf(counterpart), 1);
          const expected = englishForm(mention, counterpart.text);
          context.report({ unit, messageId: 'different', data: { found: counterpart.text, expected, source: mention.text }, source: mention.text, expected, found: counterpart.text, offset: counterpart.start });
        } else if (!(mention.kind === 'date' && RELATIVE_DAY.test(unit.target)) && !isArticle(mention)) {
          context.report({ unit, messageId: 'missing', data: { source: mention.text }, source: mention.text, expected: englishForm(mention), offset: mention.start, side: 'source' });
        }
      }
    }
  },
};
