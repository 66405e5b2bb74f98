export type { MemoryFormat, ParseOptions, TermbaseFormat } from './format.js';
