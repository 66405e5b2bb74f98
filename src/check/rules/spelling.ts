import { remembered } from '../../collections.js';
import type { Rule } from '../rule.js';

/** Hyphenated compounds whole: "Son-hui" is part of a name, "long-standing" two words. */
const WORD = /[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]/g;

/**
 * English misspellings in the target. Capitalised words (names, "Pyongyang"), acronyms and the
 * termbase's words are never flagged: a speller knows common words, not the news.
 */
export const rule: Rule = {
  meta: {
    id: 'spelling',
    type: 'fluency',
    defaultSeverity: 'error',
    description: 'A word of the English target is not in the dictionary.',
    needsTermbase: false,
    messageIds: ['misspelled'],
  },
  check(context) {
    const { spell } = context;
    if (!spell) return;
    const known = new Set(
      (context.termbase?.concepts ?? []).flatMap((concept) => concept.terms.flatMap((term) => term.text.toLowerCase().split(/[^a-z']+/))),
    );
    const accept = Array.isArray(context.options.words) ? new Set((context.options.words as string[]).map((word) => word.toLowerCase())) : new Set<string>();
    // Words repeat across units far more than they vary, and the speller is slow to say no.
    const verdicts = new Map<string, (word: string) => boolean>();
    const acceptableIn = (language: string) => {
      let acceptable = verdicts.get(language);
      if (!acceptable) verdicts.set(language, (acceptable = remembered((word) => word.length < 3 || known.has(word) || accept.has(word) || spell(word, language))));
      return acceptable;
    };
    for (const unit of context.units) {
      if (!unit.hasTarget || unit.trgLang.toLowerCase().split(/[-_]/)[0] !== 'en') continue;
      const acceptable = acceptableIn(unit.trgLang);
      const reported = new Set<string>();
      for (const match of unit.target.matchAll(WORD)) {
        if (/[A-Z]/.test(match[0])) continue;
        let offset = match.index!;
        for (const part of match[0].split('-')) {
          const word = part.replace(/['’]s?$/, '').replace(/’/g, "'");
          const at = offset;
          offset += part.length + 1;
          if (reported.has(word) || acceptable(word)) continue;
          reported.add(word);
          context.report({ unit, messageId: 'misspelled', data: { word }, found: word, offset: at });
        }
      }
    }
  },
};
