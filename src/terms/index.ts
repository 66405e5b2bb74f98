export { approvedTerms, TERM_KINDS, TERM_STATUSES, termPairs, termsIn } from './termbase.js';
