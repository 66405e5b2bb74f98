import { pushTo } from '../../collections.js';
import { compileTermbase, isSentenceStart } from '../../terms/matcher.js';
import type { Phrase } from '../../terms/proper-phrases.js';
import { analyzeRenderings, glossedByAnother, minoritySpellings, partOf } from '../../terms/renderings.js';
import { romanize } from '../../terms/romanized-names.js';
import { areAliases, nearSpelling, sameRendering, soundsAlike } from '../../terms/variants.js';
import type { CheckedUnit, Rule, RuleContext } from '../rule.js';

/**
 * The same Chinese name or term rendered differently across units and files, learned from the
 * aligned units themselves (see terms/renderings): 朝鲜 is "DPRK" in four units and "North Korea" in
 * a headline. The minority rendering is reported with the majority as expected, and so are a
 * person's name written in another case and a person the other units name but this one does not.
 */
export const rule: Rule = {
  meta: {
    id: 'term-drift',
    type: 'consistency',
    defaultSeverity: 'warning',
    description: 'The same Chinese name or term is rendered in different ways across units and files.',
    needsTermbase: false,
    messageIds: ['drift', 'dropped'],
  },
  check(context) {
    if (!context.dictionary) return;
    const { dictionary } = context;
    const units = context.units.filter((unit) => unit.hasTarget && unit.source !== '' && unit.target.trim() !== '');
    const analysis = analyzeRenderings(units, dictionary);
    const { phrases, sourceWords, occurrences, clusters, usual } = analysis;
    const covered = context.termbase ? termbaseForms(context) : new Set<string>();
    const termbaseWord = context.termbase ? compileTermbase(context.termbase).coversSource : () => false;
    const report = (unit: CheckedUnit, word: string, phrase: Phrase, expected: string, count: number) => {
      if (covered.has(phrase.text.toLowerCase())) return;
      context.report({ unit, messageId: 'drift', data: { source: word, found: phrase.text, expected, count }, source: word, expected, found: phrase.text, offset: phrase.start });
    };
    for (const [word, expected] of usual) {
      const [majority, ...others] = clusters.get(word)!;
      for (const cluster of others) for (const { unit, phrase } of cluster) report(units[unit], word, phrase, expected, majority.length);
      for (const { unit, phrase, spelling } of minoritySpellings(majority)) report(units[unit], word, phrase, spelling, majority.length);
    }
    // A unit with the source word but without its usual rendering: an unexplained name that sounds like it is drift (Peking for Beijing).
    let lowerCaseWords: Set<string> | undefined;
    // "Let" opening a sentence is the word "let" if the units write it in lower case elsewhere.
    const isCommonWord = (phrase: Phrase, target: string) =>
      !phrase.text.includes(' ') && isSentenceStart(target, phrase.start) && (lowerCaseWords ??= wordsInLowerCase(units)).has(phrase.text.toLowerCase());
    let lowerCaseUses: Map<string, number[]> | undefined;
    // A word some unit writes in lower case without the name in its source is an ordinary word.
    const writtenInLowerCaseElsewhere = (lower: string, word: string) => (lowerCaseUses ??= lowerCaseUnits(units)).get(lower)?.some((at) => !sourceWords[at].has(word)) === true;
    units.forEach((unit, index) => {
      let unexplained: Phrase[] | undefined;
      for (const word of sourceWords[index]) {
        const expected = usual.get(word);
        if (!expected || termbaseWord(word)) continue;
        const count = occurrences.get(word)!.length;
        const person = analysis.isPerson(word);
        const recased = person ? otherCase(unit.target, [expected, ...(analysis.renderings.get(word) ?? [])], (lower) => writtenInLowerCaseElsewhere(lower, word)) : undefined;
        if (recased) {
          report(unit, word, recased, expected, count);
          continue;
        }
        if (phrases[index].some((phrase) => sameRendering(phrase.text, expected) || partOf(phrase.text, expected))) continue;
        unexplained ??= phrases[index].filter((phrase) => !analysis.attribute(phrase.text, index) && !glossedByAnother(dictionary, phrase.text, unit.source, word));
        const alike = unexplained.flatMap((phrase) => {
          const part = alikePart(phrase, expected, romanize(word));
          return part && !isCommonWord(part, unit.target) ? [part] : [];
        });
        if (alike.length === 1) report(unit, word, alike[0], expected, count);
        else if (alike.length === 0 && person && count >= 2) {
          // A person the other units name, named here by a description or not at all ("the US president").
          context.report({ unit, messageId: 'dropped', data: { source: word, expected, count }, source: word, expected, offset: Math.max(0, unit.source.indexOf(word)), side: 'source' });
        }
      }
    });
  },
};

/**
 * The part of a phrase that may be the usual rendering misspelled or romanized otherwise: the
 * whole phrase ("Peking" for "Beijing", "Canton" for "Guangzhou") or, in a longer one, a run of its
 * words ("Truump" in "President Truump", "Obam" in "Obam-era").
 */
function alikePart(phrase: Phrase, expected: string, pinyin: string): Phrase | undefined {
  if (soundsAlike(phrase.text, expected) || areAliases(phrase.text, expected) || soundsAlike(phrase.text, pinyin)) return phrase;
  const names = expected.split(/[\s-]+/).filter((name) => name.length >= 4 && /^\p{Lu}/u.test(name));
  for (const match of phrase.text.matchAll(/[^\s-]+/g)) {
    const word = match[0].replace(/['’]s$/, '');
    if (names.some((name) => name !== word && nearSpelling(word, name))) return { text: word, start: phrase.start + match.index! };
  }
  return undefined;
}

/** The units that write each word in lower case. */
function lowerCaseUnits(units: readonly CheckedUnit[]): Map<string, number[]> {
  const uses = new Map<string, number[]>();
  units.forEach((unit, index) => {
    for (const word of new Set(Array.from(unit.target.matchAll(/\b[a-z][a-z'’-]*/g), (match) => match[0]))) pushTo(uses, word, index);
  });
  return uses;
}

/** Every word the targets write in lower case. */
function wordsInLowerCase(units: readonly CheckedUnit[]): Set<string> {
  const words = new Set<string>();
  for (const unit of units) for (const [word] of unit.target.matchAll(/\b[a-z][a-z'’-]*/g)) words.add(word);
  return words;
}

/**
 * The usual rendering's words written in another case ("Donald trump", "the trump administration"), where the unit does not also write the name the usual way; `common`
 * tells words that are ordinary English in lower case ("may" is not Theresa May).
 */
function otherCase(target: string, renderings: readonly string[], common: (word: string) => boolean): Phrase | undefined {
  const words = new Set(renderings.flatMap((rendering) => rendering.split(/[\s-]+/)).filter((word) => word.length > 1 && /^\p{Lu}/u.test(word)));
  const lower = new Set([...words].map((word) => word.toLowerCase()));
  const tokens = [...target.matchAll(/[\p{L}][\p{L}’']*/gu)].map((match) => ({ text: match[0].replace(/['’]s$/, ''), start: match.index! }));
  const recased = (token: { text: string }) => {
    // All capitals are a dateline's or a headline's ("BEIJING, Sep 5"), not a name's case changed.
    const key = token.text.toLowerCase();
    return lower.has(key) && !words.has(token.text) && token.text !== token.text.toUpperCase() && !(token.text === key && common(key));
  };
  const at = tokens.findIndex(recased);
  if (at < 0) return undefined;
  const joined = (k: number) => /^\s+$/.test(target.slice(tokens[k].start + tokens[k].text.length, tokens[k + 1].start));
  let from = at;
  let to = at;
  while (from > 0 && lower.has(tokens[from - 1].text.toLowerCase()) && joined(from - 1)) from--;
  while (to + 1 < tokens.length && lower.has(tokens[to + 1].text.toLowerCase()) && joined(to)) to++;
  if (tokens.some((token, k) => (k < from || k > to) && words.has(token.text))) return undefined;
  const end = tokens[to].start + tokens[to].text.length;
  return { text: target.slice(tokens[from].start, end), start: tokens[from].start };
}

/** Target forms the termbase already rules on: those are term-deprecated's and term-missing's to report. */
function termbaseForms(context: RuleContext): Set<string> {
  return new Set(context.termbase!.concepts.flatMap((concept) => concept.terms.map((term) => term.text.toLowerCase())));
}
