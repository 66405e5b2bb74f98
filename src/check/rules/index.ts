import type { Rule } from '../rule.js';
import { rule as emptyTarget } from './empty-target.js';
import { rule as numberMismatch } from './number-mismatch.js';
import { rule as placeholderMismatch } from './placeholder-mismatch.js';
import { rule as pluralMissing } from './plural-missing.js';
import { rule as sourceInconsistency } from './source-inconsistency.js';
import { rule as spelling } from './spelling.js';
import { rule as targetInconsistency } from './target-inconsistency.js';
import { rule as termDeprecated } from './term-deprecated.js';
import { rule as termDrift } from './term-drift.js';
import { rule as termForbidden } from './term-forbidden.js';
import { rule as termMissing } from './term-missing.js';
import { rule as titleMismatch } from './title-mismatch.js';
import { rule as typography } from './typography.js';
import { rule as untranslated } from './untranslated.js';

/** Every rule, by id. Rule ids are part of the command-line contract. */
export const RULES: readonly Rule[] = [
  termMissing,
  termDeprecated,
  termForbidden,
  termDrift,
  titleMismatch,
  targetInconsistency,
  sourceInconsistency,
  numberMismatch,
  placeholderMismatch,
  pluralMissing,
  untranslated,
  emptyTarget,
  spelling,
  typography,
];
