/**
 * How a text is cut for matching: Chinese by character, English by word (punctuation apart).
 * `units` feed the edit distance; grams (pairs of neighbouring units) feed the index.
 */
import { HAN_CHARACTER } from '../lang/script.js';

/**
 * A Chinese character alone; a run of other letters and digits ("2019" in 2019年 stops at 年); a
 * punctuation mark. Runs are cut every 64 characters: bounded repetition keeps the regular
 * expression's backtracking finite on a ten-million-letter "word", where `+` exhausts the stack.
 */
const UNIT = new RegExp(`${HAN_CHARACTER}|(?:(?!${HAN_CHARACTER})[\\p{L}\\p{N}]){1,64}(?:['’](?:(?!${HAN_CHARACTER})\\p{L}){1,64}){0,8}|[^\\s\\p{L}\\p{N}]`, 'gu');
const WORDLIKE = /[\p{L}\p{N}]/u;

export function matchUnits(text: string): string[] {
  return text.match(UNIT) ?? [];
}

/** Lower case, full-width forms folded: the form grams are compared in. */
export function foldForIndex(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * The distinct neighbouring pairs of letter and number units (a single unit stands for itself),
 * each as a 32-bit hash, never 0, in ascending order. Hashes rather than strings keep the index
 * in flat integer arrays; two grams sharing a hash only make a candidate look better than it is,
 * and candidates are scored exactly.
 */
export function gramHashes(text: string): Int32Array {
  const units = matchUnits(foldForIndex(text)).filter((unit) => WORDLIKE.test(unit));
  if (units.length === 1) return Int32Array.of(nonZero(finish(hashString(units[0], SINGLE_SEED))));
  const hashes = new Int32Array(Math.max(0, units.length - 1));
  let previous = units.length > 0 ? hashString(units[0], PAIR_SEED) : 0;
  for (let i = 1; i < units.length; i++) {
    const current = hashString(units[i], PAIR_SEED);
    hashes[i - 1] = nonZero(finish(Math.imul(previous, 0x01000193) ^ Math.imul(current, 0x5bd1e995) ^ (current >>> 13)));
    previous = current;
  }
  hashes.sort();
  let distinct = 0;
  for (let i = 0; i < hashes.length; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[distinct++] = hashes[i];
  return hashes.subarray(0, distinct);
}

const SINGLE_SEED = 0x811c9dc5;
const PAIR_SEED = 0x01234567;

/** FNV-1a over UTF-16 code units. */
function hashString(text: string, seed: number): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

/** Murmur3's finalizer: spreads the bits so that the low ones can address a table. */
function finish(hash: number): number {
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}

function nonZero(hash: number): number {
  return hash === 0 ? 1 : hash | 0;
}
