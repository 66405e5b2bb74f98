/**
 * A termbase proposed from aligned memories: the names, places, organisations and offices the
 * units render, each with its English renderings and how many units use them. The majority
 * rendering is preferred; a short form of it ("Trump") is admitted; another spelling of it ("Kim
 * Jong-un", "Donald trump") and a rendering of a minority of the units are deprecated candidates,
 * with a note saying how often each was seen, for an editor to review.
 */
import { singular } from '../lang/english-plurals.js';
import type { Concept, Term, Termbase } from '../model/types.js';
import type { Dictionary } from './dictionary.js';
import { analyzeRenderings, mostCommon, type Occurrence, type TextPair } from './renderings.js';
import { learnOffices, titleCase } from './titles.js';
import { areAliases, isShortForm, nearSpelling, sameSpelling, soundsAlike } from './variants.js';

export interface ExtractOptions {
  srcLang?: string;
  trgLang?: string;
  /** Fewest units a rendering must be the usual one in (default 2). */
  minUnits?: number;
}

export function extractTermbase(pairs: readonly TextPair[], dictionary: Dictionary, options: ExtractOptions = {}): Termbase {
  const srcLang = options.srcLang ?? 'zh';
  const trgLang = options.trgLang ?? 'en';
  const minUnits = options.minUnits ?? 2;
  const analysis = analyzeRenderings(pairs, dictionary);
  const concepts: Concept[] = [];
  for (const word of [...analysis.usual.keys()].sort()) {
    const [majority, ...others] = analysis.clusters.get(word)!;
    const units = (cluster: readonly Occurrence[]) => new Set(cluster.map((occurrence) => occurrence.unit)).size;
    if (units(majority) < minUnits) continue;
    const total = new Set([majority, ...others].flat().map((occurrence) => occurrence.unit)).size;
    const terms = renderingsOf(majority, total, trgLang);
    for (const cluster of others) {
      const text = mostCommon(cluster.map((occurrence) => occurrence.phrase.text));
      // Names that merely stand in the same units ("Democrats" beside 共和党人) are not renderings of the word.
      if (!related(text, terms[0].text) || terms.some((term) => grammatical(term.text) === grammatical(text))) continue;
      terms.push({ text, lang: trgLang, status: 'deprecated', note: seen(units(cluster), total, 'another rendering') });
    }
    const person = analysis.isPerson(word);
    // A place or body is paraphrased and made an adjective freely ("the country", "Chinese"): proposed only where its spellings vary.
    if (!person && !terms.some((term) => term.status === 'deprecated')) continue;
    concepts.push({ id: `x${concepts.length + 1}`, kind: person ? 'name' : 'org', terms: [{ text: word, lang: srcLang, status: 'preferred' }, ...terms], note: `proposed from ${total} units` });
  }
  const offices = learnOffices(pairs, dictionary);
  for (const [word, office] of [...offices.usual].sort(([a], [b]) => a.localeCompare(b))) {
    const support = offices.support.get(word)!;
    if (support.usual < minUnits) continue;
    concepts.push({
      id: `x${concepts.length + 1}`,
      kind: 'title',
      terms: [{ text: word, lang: srcLang, status: 'preferred' }, { text: titleCase(office), lang: trgLang, status: 'preferred', note: seen(support.usual, support.units, 'the usual title') }],
      note: `proposed from ${support.units} units`,
    });
  }
  return { srcLang, trgLang, concepts };
}

const grammatical = (text: string) => text.split(/\s+/).map(singular).join(' ');

/** Another spelling, romanization or well-known name of the same thing: "Kim Jong-un", "Donald trump", "Peking". */
function related(text: string, preferred: string): boolean {
  const words = (phrase: string) => phrase.split(/\s+/);
  const [a, b] = [words(text), words(preferred)];
  return sameSpelling(text, preferred) || soundsAlike(text, preferred) || areAliases(text, preferred) || (a.length === b.length && a.every((word, k) => nearSpelling(word, b[k])));
}

function seen(count: number, total: number, what: string): string {
  return `${what}: ${count} of ${total} units`;
}

/**
 * The renderings of the majority cluster: the most common full form preferred, its short forms
 * admitted, other full forms admitted where several units use them, other spellings deprecated.
 */
function renderingsOf(cluster: readonly Occurrence[], total: number, lang: string): Term[] {
  const units = new Map<string, Set<number>>();
  for (const { unit, phrase } of cluster) units.set(phrase.text, (units.get(phrase.text) ?? new Set()).add(unit));
  const texts = [...units.keys()].filter((text) => text !== text.toUpperCase() || text.length <= 4);
  const shortForms = new Set(texts.filter((text) => texts.some((other) => other !== text && isShortForm(text, other))));
  const full = texts.filter((text) => !shortForms.has(text)).sort((a, b) => units.get(b)!.size - units.get(a)!.size || b.length - a.length);
  const preferred = full[0] ?? texts[0];
  const terms: Term[] = [{ text: preferred, lang, status: 'preferred', note: seen(units.get(preferred)!.size, total, 'the usual rendering') }];
  for (const text of texts) {
    // A plural is grammar, not another rendering ("Republican" beside "Republicans").
    if (text === preferred || grammatical(text) === grammatical(preferred)) continue;
    const count = units.get(text)!.size;
    if (shortForms.has(text) && isShortForm(text, preferred)) terms.push({ text, lang, status: 'admitted', short: true, note: seen(count, total, 'a short form') });
    else if (related(text, preferred)) terms.push({ text, lang, status: 'deprecated', note: seen(count, total, 'another spelling') });
    else if (count >= 2) terms.push({ text, lang, status: 'admitted', note: seen(count, total, 'another form') });
  }
  return terms;
}
