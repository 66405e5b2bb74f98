export type { CheckedUnit, Report, Rule, RuleContext, RuleMeta, RuleType } from './rule.js';
export type { CheckReport, CheckSummary, FileFailure, Formatter, FormatterOptions } from './report.js';
