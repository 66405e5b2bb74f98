import type { Concept, Term, Termbase, TermKind, TermStatus } from '../types.js';

export const TERM_STATUSES: readonly TermStatus[] = ['preferred', 'admitted', 'deprecated', 'forbidden'];
export const TERM_KINDS: readonly TermKind[] = ['name', 'title', 'org', 'term'];

export function termsIn(concept: Concept, lang: string): Term[] {
  const base = lang.toLowerCase().split('-')[0];
  return concept.terms.filter((term) => term.lang.toLowerCase().split('-')[0] === base);
}

/** Forms a translation may use: preferred and admitted. */
export function approvedTerms(concept: Concept, lang: string): Term[] {
  return termsIn(concept, lang).filter((term) => term.status === 'preferred' || term.status === 'admitted');
}

/** (source, preferred target) pairs of every concept, e.g. to anchor an alignment. */
export function termPairs(termbase: Termbase): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const concept of termbase.concepts) {
    const targets = approvedTerms(concept, termbase.trgLang);
    for (const source of approvedTerms(concept, termbase.srcLang)) for (const target of targets) pairs.push([source.text, target.text]);
  }
  return pairs;
}
