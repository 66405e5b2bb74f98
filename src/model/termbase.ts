import { sameLanguage } from '../lang/language-tag.js';
import type { Concept, Term, Termbase, TermKind, TermStatus } from './types.js';

export const TERM_STATUSES: readonly TermStatus[] = ['preferred', 'admitted', 'deprecated', 'forbidden'];
export const TERM_KINDS: readonly TermKind[] = ['name', 'title', 'org', 'term'];

export function termsIn(concept: Concept, lang: string): Term[] {
  return concept.terms.filter((term) => sameLanguage(term.lang, lang));
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

/** Words of English names of offices and of organisations. */
const TITLE_WORD = /\b(?:president|premier|minister|chairman|chairwoman|secretary|chancellor|governor|mayor|speaker|ambassador|senator|councill?or|director|commissioner|king|queen|emperor)s?\b/i;
const ORG_WORD = /\b(?:party|committee|council|congress|commission|ministry|department|bureau|organi[sz]ation|agency|office|assembly|association|union|bank|court|army|republic|league|federation|university|institute|company|group|corporation)\b/i;

/** The kind of a concept from its English forms, the preferred first: an office, an organisation, a name, or a term. */
export function inferKind(forms: readonly string[]): TermKind {
  const preferred = forms[0] ?? '';
  if (forms.some((form) => TITLE_WORD.test(form))) return 'title';
  if (forms.some((form) => ORG_WORD.test(form)) || /^\p{Lu}{2,}$/u.test(preferred)) return 'org';
  const words = preferred.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((word) => /^\p{Lu}/u.test(word)) ? 'name' : 'term';
}
