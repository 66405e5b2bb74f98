export * from './types.js';
export { allUnits, inlineText, isGroup, unitHasTarget, unitSourceText, unitTargetText, unitsOfFile } from './memory.js';
export { memoryEntries } from './entries.js';
export type { EntryList, TmEntry } from './entries.js';
export { approvedTerms, inferKind, TERM_KINDS, TERM_STATUSES, termPairs, termsIn } from './termbase.js';
export { findingFingerprint } from './finding.js';
