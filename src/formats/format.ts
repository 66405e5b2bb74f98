import type { Memory, Termbase } from '../model/types.js';

export interface ParseOptions {
  /** Used in error messages and in `origin` of the units read. */
  fileName?: string;
}

/**
 * One bilingual file format. `parse` throws `InputError` (with line and column) on any
 * violation; `serialize(parse(x))` loses nothing, and is byte-identical for files tmkit wrote.
 */
export interface MemoryFormat {
  id: string;
  /** File name endings, lower case, without the dot: `xlf`, `xliff`, `tmx`. */
  extensions: string[];
  /** Whether the text looks like this format (used when the extension is ambiguous). */
  sniff(text: string): boolean;
  parse(text: string, options?: ParseOptions): Memory;
  serialize(memory: Memory): string;
}

/** A termbase format: TBX, CSV glossaries. */
export interface TermbaseFormat {
  id: string;
  extensions: string[];
  sniff(text: string): boolean;
  parse(text: string, options?: ParseOptions): Termbase;
  serialize(termbase: Termbase): string;
}
