import { remembered } from '../../collections.js';
import { formedFromKnownWords, NEWS_WORDS } from '../../lang/english-word-formation.js';
import type { Rule } from '../rule.js';

/** Hyphenated compounds whole: "Son-hui" is part of a name, "long-standing" two words. */
const WORD = /[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]/g;

const ENGLISH = /^en(?:[-_]|$)/i;

interface Misspelling {
  word: string;
  /** Where the word starts in the token. */
  offset: number;
}

const NONE: readonly Misspelling[] = [];

/** The parts of a token ("long-standing": two words) the word list does not know, without possessive endings. */
function misspellingsOf(token: string, acceptable: (word: string) => boolean): readonly Misspelling[] {
  let found: Misspelling[] | undefined;
  let offset = 0;
  for (const part of token.split('-')) {
    const word = part.replace(/['’]s?$/, '').replace(/’/g, "'");
    if (!acceptable(word)) (found ??= []).push({ word, offset });
    offset += part.length + 1;
  }
  return found ?? NONE;
}

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
    const checkers = new Map<string, (token: string) => readonly Misspelling[]>();
    const misspellingsIn = (language: string) => {
      let misspellings = checkers.get(language);
      if (!misspellings) {
        const listed = (word: string) => spell(word, language);
        const acceptable = (word: string) => word.length < 3 || known.has(word) || accept.has(word) || NEWS_WORDS.has(word) || listed(word) || formedFromKnownWords(word, listed);
        checkers.set(language, (misspellings = remembered((token) => misspellingsOf(token, acceptable))));
      }
      return misspellings;
    };
    for (const unit of context.units) {
      if (!unit.hasTarget || !ENGLISH.test(unit.trgLang)) continue;
      const misspellings = misspellingsIn(unit.trgLang);
      const reported = new Set<string>();
      for (const match of unit.target.matchAll(WORD)) {
        if (/[A-Z]/.test(match[0])) continue;
        for (const { word, offset } of misspellings(match[0])) {
          if (reported.has(word)) continue;
          reported.add(word);
          context.report({ unit, messageId: 'misspelled', data: { word }, found: word, offset: match.index! + offset });
        }
      }
    }
  },
};
