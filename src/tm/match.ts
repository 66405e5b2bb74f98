import diff from 'fast-diff';
import { editDistance, withoutEach } from '../collections.js';
import { matchUnits } from './tokens.js';

/** Identical text: the top of the 0–100 scale every score is on. */
export const EXACT_SCORE = 100;
/** Identical text with identical neighbouring sources: above exact, so that it ranks first (`leverage` records it as 100). */
export const IN_CONTEXT_SCORE = 101;
/** The most a text that is not identical scores: a difference in punctuation, case or spacing alone still needs a look. */
export const BEST_FUZZY_SCORE = 99;

/** An edit of the query that turns it into the memory's source: [-1 deleted | 0 kept | 1 inserted, text]. */
export type DiffPart = [op: -1 | 0 | 1, text: string];

/**
 * The CAT convention: 100 × (1 − edit distance / longer length), the distance counted in
 * characters for Chinese and in words for English; then 1 point off for each number that differs
 * (numbers are what a translator must not miss), 1 for each inline tag that differs, and a
 * difference in punctuation, case or spacing alone costs 1 point (99, never an exact match).
 */
export function matchScore(query: string, source: string): number {
  if (query === source) return EXACT_SCORE;
  const a = matchUnits(query);
  const b = matchUnits(source);
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 0;
  const distance = editDistance(a, b);
  let score = Math.floor(EXACT_SCORE * (1 - distance / longer));
  if (distance === 0 || normalizeLoosely(query) === normalizeLoosely(source)) return BEST_FUZZY_SCORE;
  score -= symmetricDifference(numbersOf(query), numbersOf(source));
  score -= symmetricDifference(tagsOf(query), tagsOf(source));
  return Math.max(0, Math.min(BEST_FUZZY_SCORE, score));
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

/** What changes from the query to the memory's source, for display. */
export function matchDiff(query: string, source: string): DiffPart[] {
  return diff(query, source) as DiffPart[];
}
