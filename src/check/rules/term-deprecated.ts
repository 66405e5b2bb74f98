import { termFormRule } from '../term-form-rule.js';

/** A deprecated form in the target: "Kim Jong-un" where the termbase prefers "Kim Jong Un". */
export const rule = termFormRule('term-deprecated', 'deprecated', 'error', 'A deprecated form of a termbase term is used in the target.');
