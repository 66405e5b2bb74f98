import type { TmEntry } from './entries.js';
import { type DiffPart, matchDiff, matchScore } from './match.js';
import type { TmIndex } from './ngram-index.js';

export interface LookupOptions {
  minScore: number;
  limit: number;
  /** How many index candidates are scored exactly. */
  candidates?: number;
  /** The sources before and after the query, for in-context (101) matches. */
  context?: { previous?: string; next?: string };
}

export interface TmMatch {
  score: number;
  source: string;
  target: string;
  origin: string;
  diff: DiffPart[];
}

/** Fuzzy matches of one query, best first; equal scores prefer the newest entry. */
export function lookup(entries: readonly TmEntry[], index: TmIndex, query: string, options: LookupOptions): TmMatch[] {
  const trimmed = query.trim();
  const scored: Array<{ score: number; entry: TmEntry }> = [];
  for (const entryNumber of index.candidates(trimmed, options.minScore, options.candidates ?? Math.max(50, options.limit * 10))) {
    const entry = entries[entryNumber];
    let score = matchScore(trimmed, entry.source);
    if (score === 100 && options.context && inContext(entry, options.context)) score = 101;
    if (score >= options.minScore) scored.push({ score, entry });
  }
  scored.sort((a, b) => b.score - a.score || (b.entry.changed ?? '').localeCompare(a.entry.changed ?? ''));
  // Diffs are computed for the shown matches only: a common query can score hundreds of candidates.
  return dedupe(scored)
    .slice(0, options.limit)
    .map(({ score, entry }) => ({ score, source: entry.source, target: entry.target, origin: entry.origin, diff: matchDiff(trimmed, entry.source) }));
}

function inContext(entry: TmEntry, context: { previous?: string; next?: string }): boolean {
  const same = (a: string | undefined, b: string | undefined) => (a ?? '').trim() === (b ?? '').trim();
  return same(entry.previous, context.previous) && same(entry.next, context.next) && (context.previous !== undefined || context.next !== undefined);
}

/** The same source and target from several files is one match. */
function dedupe<T extends { entry: TmEntry }>(matches: T[]): T[] {
  const seen = new Set<string>();
  return matches.filter(({ entry }) => {
    const key = `${entry.source}\u0000${entry.target}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Exhaustive lookup, for measuring the index's recall. */
export function bruteForceLookup(entries: readonly TmEntry[], query: string, minScore: number): Array<{ score: number; entry: number }> {
  return entries
    .map((entry, index) => ({ score: matchScore(query.trim(), entry.source), entry: index }))
    .filter((match) => match.score >= minScore)
    .sort((a, b) => b.score - a.score);
}
