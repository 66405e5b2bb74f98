import type { Memory, Segment, TranslationCandidate, Unit } from '../model/types.js';
import { bandOf, countInto, emptyAnalysis, LOWEST_BAND_SCORE, type Analysis } from './analysis.js';
import type { EntryList } from '../model/entries.js';
import { allUnits, inlineText } from '../model/memory.js';
import type { TmIndex } from './ngram-index.js';
import { lookup } from './lookup.js';
import { EXACT_SCORE } from './match.js';

export interface LeverageOptions {
  minScore: number;
  /** Replace targets that are already there. */
  overwrite: boolean;
}

export interface LeverageResult {
  memory: Memory;
  analysis: Analysis;
  /** Segments that received a translation. */
  filled: number;
}

/**
 * Pre-translates a bilingual document from the memory: exact matches become translated, fuzzy
 * ones are filled for review with their score (0–100; an in-context match is recorded as 100 and
 * counted in its own band); segments that have a target are left alone unless `overwrite`. Every
 * segment is counted in the match analysis, a source seen earlier in the document as a repetition.
 */
export function leverage(document: Memory, entries: EntryList, index: TmIndex, options: LeverageOptions): LeverageResult {
  const analysis = emptyAnalysis();
  let filled = 0;
  const units = allUnits(document).map(({ unit }) => unit);
  const seen = new Set<string>();
  units.forEach((unit, position) => {
    const context = { previous: neighbourSource(units[position - 1]), next: neighbourSource(units[position + 1]) };
    for (const segment of unit.segments) {
      if (segment.ignorable) continue;
      const source = inlineText(segment.source).trim();
      if (source === '') continue;
      const [best] = lookup(entries, index, source, { minScore: Math.min(LOWEST_BAND_SCORE, options.minScore), limit: 1, context: unit.segments.length === 1 ? context : undefined });
      countInto(analysis, seen.has(source) ? 'repetitions' : bandOf(best?.score), source, best?.target);
      seen.add(source);
      const hasTarget = segment.target !== undefined && inlineText(segment.target).trim() !== '';
      if (!best || best.score < options.minScore || (hasTarget && !options.overwrite)) continue;
      fill(unit, segment, { score: Math.min(best.score, EXACT_SCORE), source: best.source, target: best.target, origin: best.origin });
      filled++;
    }
  });
  return { memory: document, analysis, filled };
}

function neighbourSource(unit: Unit | undefined): string | undefined {
  return unit ? unit.segments.map((segment) => inlineText(segment.source)).join('').trim() : undefined;
}

function fill(unit: Unit, segment: Segment, match: TranslationCandidate): void {
  const hasCodes = segment.source.some((part) => typeof part !== 'string');
  segment.target = [match.target];
  // A match carries text only: a segment with inline codes needs a person to place them.
  segment.state = match.score >= EXACT_SCORE && !hasCodes ? 'translated' : 'initial';
  delete segment.stateRaw;
  segment.candidates = [match];
  unit.metadata['tmkit:match-score'] = String(match.score);
  unit.metadata['tmkit:match-origin'] = match.origin ?? '';
}
