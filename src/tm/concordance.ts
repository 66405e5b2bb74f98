import type { EntryList } from '../model/entries.js';

export interface ConcordanceHit {
  side: 'source' | 'target';
  /** Text before the term, the term as written, text after: keyword in context. */
  before: string;
  match: string;
  after: string;
  source: string;
  target: string;
  origin: string;
}

/** Characters of context shown on each side of a hit: about a line of keyword-in-context output. */
const CONTEXT_WIDTH = 30;

/**
 * Every occurrence of a term in the memory, Chinese or English: a plain, case-insensitive
 * substring search, so one- and two-character Chinese terms work (no word index to miss them).
 */
export function concordance(entries: EntryList, term: string, side: 'source' | 'target' | 'both', width = CONTEXT_WIDTH): ConcordanceHit[] {
  const wanted = term.trim().toLowerCase();
  if (wanted === '') return [];
  const hits: ConcordanceHit[] = [];
  for (let number = 0; number < entries.length; number++) {
    const entry = entries.at(number)!;
    for (const current of side === 'both' ? (['source', 'target'] as const) : [side]) {
      const text = entry[current];
      const lower = text.toLowerCase();
      for (let at = lower.indexOf(wanted); at !== -1; at = lower.indexOf(wanted, at + wanted.length)) {
        hits.push({
          side: current,
          before: text.slice(Math.max(0, at - width), at),
          match: text.slice(at, at + wanted.length),
          after: text.slice(at + wanted.length, at + wanted.length + width),
          source: entry.source,
          target: entry.target,
          origin: entry.origin,
        });
      }
    }
  }
  return hits;
}
