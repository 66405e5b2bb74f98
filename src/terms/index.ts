export { approvedTerms, TERM_KINDS, TERM_STATUSES, termPairs, termsIn } from './termbase.js';
export { ChineseTermIndex, compileTermbase, EnglishTermIndex, tokenize } from './matcher.js';
export type { CompiledTermbase, EnglishForm, EnglishHit, TermHit } from './matcher.js';
