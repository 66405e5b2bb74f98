import type { Translate } from '../i18n/i18n.js';
import type { Finding } from '../model/types.js';
import type { CheckedUnit, RuleMeta } from './rule.js';

export interface CheckSummary {
  errors: number;
  warnings: number;
  infos: number;
  files: number;
  units: number;
}

/** A file that could not be read among several checked: reported, the others still checked. */
export interface FileFailure {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

/** Everything a report needs; formatters turn it into text and never print. */
export interface CheckReport {
  findings: Finding[];
  summary: CheckSummary;
  failures: FileFailure[];
  /** Metadata of every rule that ran, for SARIF's rule table and help texts. */
  rules: RuleMeta[];
  /** The checked units, for side-by-side views (HTML). */
  units: readonly CheckedUnit[];
}

export interface FormatterOptions {
  t: Translate;
  locale: string;
  color: boolean;
  toolVersion: string;
}

/** A report format: pure, findings in, text out. */
export interface Formatter {
  id: string;
  format(report: CheckReport, options: FormatterOptions): string;
}
