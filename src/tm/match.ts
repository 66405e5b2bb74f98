import diff from 'fast-diff';
import { withoutEach } from '../collections.js';
import { matchUnits } from './tokens.js';

/** An edit of the query that turns it into the memory's source: [-1 deleted | 0 kept | 1 inserted, text]. */
export type DiffPart = [op: -1 | 0 | 1, text: string];

/**
 * The CAT convention: 100 × (1 − edit distance / longer length), the distance counted in
 * characters for Chinese and in words for English; then 1 point off for each number that differs
 * (numbers are what a translator must not miss), 1 for each inline tag that differs, and a
 * difference in punctuation, case or spacing alone costs 1 point (99, never an exact match).
 */
export function matchScore(query: string, source: string): number {
  if (query === source) return 100;
  const a = matchUnits(query);
  const b = matchUnits(source);
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 0;
  const distance = editDistance(a, b);
  let score = Math.floor(100 * (1 - distance / longer));
  if (distance === 0 || normalizeLoosely(query) === normalizeLoosely(source)) return 99;
  score -= symmetricDifference(numbersOf(query), numbersOf(source));
  score -= symmetricDifference(tagsOf(query), tagsOf(source));
  return Math.max(0, Math.min(99, score));
}

export function normalizeLoosely(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}]/gu, '');
}

/** Numbers with their separators; the repetition is bounded, as unbounded group repetition overflows the stack on hostile text. */
export function numbersOf(text: string): string[] {
  return text.normalize('NFKC').match(/\d+(?:[.,]\d+){0,15}/g) ?? [];
}

export function tagsOf(text: string): string[] {
  return text.match(/<[^>]+>|\{\{[^}]+\}\}|%[sd]/g) ?? [];
}

export function symmetricDifference(a: readonly string[], b: readonly string[]): number {
  return withoutEach(a, b).length + withoutEach(b, a).length;
}

/** Levenshtein distance over token arrays, two rows of memory. */
export function editDistance(a: readonly string[], b: readonly string[]): number {
  if (a.length < b.length) [a, b] = [b, a];
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/** What changes from the query to the memory's source, for display. */
export function matchDiff(query: string, source: string): DiffPart[] {
  return diff(query, source) as DiffPart[];
}
