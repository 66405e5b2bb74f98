export { align } from './align.js';
export type { AlignOptions } from './align.js';
export { alignTexts } from './align-texts.js';
export type { AlignTextsOptions, TextAlignment } from './align-texts.js';
export { alignmentToMemory, beadUnit, TARGET_ONLY_NOTE } from './to-memory.js';
export type { AlignmentDocument, BeadText } from './to-memory.js';
export { buildLexicon, loadCedictLexicon, withTerms } from './lexicon.js';
export type { Lexicon } from './lexicon.js';
export { deserializeLexicon, serializeLexicon } from './lexicon-store.js';
