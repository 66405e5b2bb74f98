import type { EntryList, TmEntry } from '../model/entries.js';
import { type DiffPart, EXACT_SCORE, IN_CONTEXT_SCORE, matchDiff } from './match.js';
import type { TmIndex } from './ngram-index.js';
import { BELOW, QueryScorer } from './query-scorer.js';

export interface LookupOptions {
  minScore: number;
  limit: number;
  /** At most how many index candidates are scored exactly. */
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

/** The index is asked for at least this many candidates, however few matches are wanted: its ranking is only a guess until they are scored. */
const MIN_CANDIDATES = 50;
/** …or this many for each match wanted, when that is more. */
const CANDIDATES_PER_MATCH = 10;

/**
 * Fuzzy matches of one query, best first; equal scores prefer the newest entry. A candidate whose
 * bound cannot reach the `limit` best found so far is not scored.
 */
export function lookup(entries: EntryList, index: TmIndex, query: string, options: LookupOptions): TmMatch[] {
  const trimmed = query.trim();
  const scorer = new QueryScorer(trimmed);
  const best = new BestScores(options.limit, options.minScore);
  const scored: Array<{ score: number; entry: TmEntry; number: number }> = [];
  for (const { entry: number, bound } of index.candidates(trimmed, options.minScore, options.candidates ?? Math.max(MIN_CANDIDATES, options.limit * CANDIDATES_PER_MATCH))) {
    // An exact match may still become an in-context one.
    if ((bound >= EXACT_SCORE && options.context ? IN_CONTEXT_SCORE : bound) < best.floor) continue;
    const entry = entries.at(number)!;
    let score = scorer.score(entry.source, best.floor >= IN_CONTEXT_SCORE ? EXACT_SCORE : best.floor);
    if (score === BELOW) continue;
    if (score === EXACT_SCORE && options.context && inContext(entry, options.context)) score = IN_CONTEXT_SCORE;
    scored.push({ score, entry, number });
    best.add(dedupeKey(entry), score);
  }
  scored.sort((a, b) => b.score - a.score || (b.entry.changed ?? '').localeCompare(a.entry.changed ?? '') || a.number - b.number);
  // Diffs are computed for the shown matches only: a common query can score hundreds of candidates.
  return dedupe(scored)
    .slice(0, options.limit)
    .map(({ score, entry }) => ({ score, source: entry.source, target: entry.target, origin: entry.origin, diff: matchDiff(trimmed, entry.source) }));
}

/** The `limit` best scores of distinct matches so far: a candidate must reach the lowest of them to be shown. */
class BestScores {
  private readonly scores = new Map<string, number>();
  floor: number;

  constructor(
    private readonly limit: number,
    private readonly minScore: number,
  ) {
    this.floor = minScore;
  }

  add(key: string, score: number): void {
    if (score < this.floor) return;
    this.scores.set(key, Math.max(score, this.scores.get(key) ?? score));
    if (this.scores.size < this.limit) return;
    const ranked = [...this.scores].sort((a, b) => b[1] - a[1]);
    for (const [dropped] of ranked.slice(this.limit)) this.scores.delete(dropped);
    this.floor = Math.max(this.minScore, ranked[this.limit - 1][1]);
  }
}

function inContext(entry: TmEntry, context: { previous?: string; next?: string }): boolean {
  const same = (a: string | undefined, b: string | undefined) => (a ?? '').trim() === (b ?? '').trim();
  return same(entry.previous, context.previous) && same(entry.next, context.next) && (context.previous !== undefined || context.next !== undefined);
}

function dedupeKey(entry: TmEntry): string {
  return `${entry.source}\u0000${entry.target}`;
}

/** The same source and target from several files is one match. */
function dedupe<T extends { entry: TmEntry }>(matches: T[]): T[] {
  const seen = new Set<string>();
  return matches.filter(({ entry }) => {
    const key = dedupeKey(entry);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Exhaustive lookup, for measuring the index's recall. */
export function bruteForceLookup(entries: EntryList, query: string, minScore: number): Array<{ score: number; entry: number }> {
  const scorer = new QueryScorer(query.trim());
  const matches: Array<{ score: number; entry: number }> = [];
  for (let entry = 0; entry < entries.length; entry++) {
    const score = scorer.score(entries.at(entry)!.source, minScore);
    if (score !== BELOW) matches.push({ score, entry });
  }
  return matches.sort((a, b) => b.score - a.score || a.entry - b.entry);
}
