export { segment } from './segment.js';
export type { SegmentOptions } from './segment.js';
export { applySrx, exportSrx, parseSrx } from './srx.js';
export type { SrxRule, SrxRules } from './srx.js';
