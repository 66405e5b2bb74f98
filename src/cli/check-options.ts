import type { FormatId } from '../check/formatters/index.js';

/** What `tmkit check` is asked to do, shared by the main thread and the second one. */
export interface RunCheckOptions {
  files: readonly string[];
  terms: readonly string[];
  config?: string;
  format: FormatId;
  out?: string;
  maxWarnings?: number;
  baseline?: string;
  fixBaseline: boolean;
  /** Errors only, as ESLint's --quiet: warnings are neither reported nor counted. */
  quiet?: boolean;
}
