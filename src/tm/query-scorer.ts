import { BEST_FUZZY_SCORE, EXACT_SCORE, normalizeLoosely, numbersOf, symmetricDifference, tagsOf } from './match.js';
import { matchUnits } from './tokens.js';

/** What `score` returns for a source that cannot reach the score asked for. */
export const BELOW = -1;

/** Units a scorer's rows start with room for: a long sentence; they grow for longer ones. */
const FIRST_ROW_LENGTH = 64;

/**
 * `matchScore` of one query against many sources, cheaper: the query is cut and normalized once,
 * units are compared as integers, and the edit distance stops as soon as it exceeds what the
 * score asked for allows (Ukkonen's band), so hopeless candidates cost a few rows at most.
 */
export class QueryScorer {
  private readonly unitIds = new Map<string, number>();
  private readonly queryUnits: Int32Array;
  private readonly looseQuery: string;
  private readonly queryNumbers: string[];
  private readonly queryTags: string[];
  private sourceUnits = new Int32Array(FIRST_ROW_LENGTH);
  private previousRow = new Int32Array(FIRST_ROW_LENGTH);
  private currentRow = new Int32Array(FIRST_ROW_LENGTH);

  constructor(readonly query: string) {
    const units = matchUnits(query);
    this.queryUnits = Int32Array.from(units, (unit) => {
      let id = this.unitIds.get(unit);
      if (id === undefined) this.unitIds.set(unit, (id = this.unitIds.size));
      return id;
    });
    this.looseQuery = normalizeLoosely(query);
    this.queryNumbers = numbersOf(query);
    this.queryTags = tagsOf(query);
  }

  /** How many units the query has (the length scores are relative to). */
  get length(): number {
    return this.queryUnits.length;
  }

  /** Exactly `matchScore(query, source)` when that is at least `atLeast`, else `BELOW`. */
  score(source: string, atLeast = 0): number {
    if (source === this.query) return reached(EXACT_SCORE, atLeast);
    const units = matchUnits(source);
    const longer = Math.max(units.length, this.queryUnits.length);
    if (longer === 0) return reached(0, atLeast);
    if (normalizeLoosely(source) === this.looseQuery) return reached(BEST_FUZZY_SCORE, atLeast);
    const maxDistance = maxDistanceFor(atLeast, longer);
    if (maxDistance < 0 || Math.abs(units.length - this.queryUnits.length) > maxDistance) return BELOW;
    if (this.sourceUnits.length < units.length) this.sourceUnits = new Int32Array(units.length * 2);
    // A unit the query does not have can never be kept, whatever it is: one id for them all.
    for (let i = 0; i < units.length; i++) this.sourceUnits[i] = this.unitIds.get(units[i]) ?? -1;
    const distance = this.boundedDistance(units.length, maxDistance);
    if (distance > maxDistance) return BELOW;
    const score = Math.floor(EXACT_SCORE * (1 - distance / longer)) - symmetricDifference(this.queryNumbers, numbersOf(source)) - symmetricDifference(this.queryTags, tagsOf(source));
    return reached(Math.max(0, Math.min(BEST_FUZZY_SCORE, score)), atLeast);
  }

  /** Levenshtein distance between the query and the first `length` source units, or `max + 1` once it exceeds `max`. */
  private boundedDistance(length: number, max: number): number {
    const query = this.queryUnits;
    const source = this.sourceUnits;
    const over = max + 1;
    if (this.previousRow.length <= length + 1) {
      this.previousRow = new Int32Array(length * 2 + 2);
      this.currentRow = new Int32Array(length * 2 + 2);
    }
    let previous = this.previousRow;
    let current = this.currentRow;
    for (let j = 0; j <= length; j++) previous[j] = j <= max ? j : over;
    if (length + 1 < previous.length) previous[length + 1] = over;
    for (let i = 1; i <= query.length; i++) {
      // Only cells within `max` of the diagonal can stay within `max`.
      const from = Math.max(1, i - max);
      const to = Math.min(length, i + max);
      current[from - 1] = from === 1 ? Math.min(i, over) : over;
      let rowBest = current[from - 1];
      const unit = query[i - 1];
      for (let j = from; j <= to; j++) {
        const kept = previous[j - 1] + (unit === source[j - 1] ? 0 : 1);
        const deleted = previous[j] + 1;
        const inserted = current[j - 1] + 1;
        const cell = kept < deleted ? (kept < inserted ? kept : inserted) : deleted < inserted ? deleted : inserted;
        current[j] = cell > over ? over : cell;
        if (cell < rowBest) rowBest = cell;
      }
      if (to < length) current[to + 1] = over;
      if (rowBest > max) return over;
      [previous, current] = [current, previous];
    }
    this.previousRow = previous;
    this.currentRow = current;
    return Math.min(previous[length], over);
  }
}

function reached(score: number, atLeast: number): number {
  return score >= atLeast ? score : BELOW;
}

/** The most edits a pair whose longer side has `longer` units can have and still score `atLeast` before penalties; −1 if none can. */
export function maxDistanceFor(atLeast: number, longer: number): number {
  if (atLeast <= 0) return longer;
  let distance = Math.min(longer, Math.ceil((longer * (EXACT_SCORE - atLeast)) / EXACT_SCORE) + 1);
  // The same floating-point expression as matchScore, so the bound never disagrees with it.
  while (distance >= 0 && Math.floor(EXACT_SCORE * (1 - distance / longer)) < atLeast) distance--;
  return distance;
}
