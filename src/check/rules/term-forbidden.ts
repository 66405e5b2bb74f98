import { termFormRule } from '../term-form-rule.js';

/** A forbidden form in the target: a rendering the termbase rules out entirely. */
export const rule = termFormRule('term-forbidden', 'forbidden', 'error', 'A forbidden form of a termbase term is used in the target.');
