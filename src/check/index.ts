export type { CheckedUnit, Report, Rule, RuleContext, RuleMeta, RuleType } from './rule.js';
