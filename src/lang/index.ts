export { extractNumbers, parseChineseNumeral, sameNumber, toHalfWidth } from './numbers.js';
export type { NumberKind, NumberMention } from './numbers.js';
export { hanRatio, hasHan } from './script.js';
