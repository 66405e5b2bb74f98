import { grams, matchUnits } from './tokens.js';

/** Candidate search over a memory's sources; one implementation here, a database one may follow. */
export interface TmIndex {
  readonly size: number;
  /** Entry numbers most likely to score at least `minScore` against the query, best first. */
  candidates(query: string, minScore: number, limit: number): number[];
}

/**
 * An inverted index of unit bigrams (character pairs for Chinese, word pairs for English) in
 * typed arrays. A candidate must share enough grams with the query for its score to reach the
 * threshold: each edit destroys at most two grams, and lengths may differ by at most (100 − s)%.
 */
export class NgramIndex implements TmIndex {
  readonly size: number;
  private readonly gramIds: Map<string, number>;
  private readonly offsets: Int32Array;
  private readonly postings: Int32Array;
  private readonly gramCounts: Int32Array;
  private counter: Int32Array;

  constructor(parts: { gramIds: Map<string, number>; offsets: Int32Array; postings: Int32Array; gramCounts: Int32Array }) {
    this.gramIds = parts.gramIds;
    this.offsets = parts.offsets;
    this.postings = parts.postings;
    this.gramCounts = parts.gramCounts;
    this.size = parts.gramCounts.length;
    this.counter = new Int32Array(this.size);
  }

  static build(sources: readonly string[]): NgramIndex {
    const gramIds = new Map<string, number>();
    const perEntry: Int32Array[] = [];
    const frequencies: number[] = [];
    for (const source of sources) {
      const ids = grams(source).map((gram) => {
        let id = gramIds.get(gram);
        if (id === undefined) {
          id = gramIds.size;
          gramIds.set(gram, id);
          frequencies.push(0);
        }
        frequencies[id]++;
        return id;
      });
      perEntry.push(Int32Array.from(ids));
    }
    const offsets = new Int32Array(gramIds.size + 1);
    for (let id = 0; id < frequencies.length; id++) offsets[id + 1] = offsets[id] + frequencies[id];
    const fill = offsets.slice(0, -1);
    const postings = new Int32Array(offsets[gramIds.size]);
    perEntry.forEach((ids, entry) => {
      for (const id of ids) postings[fill[id]++] = entry;
    });
    return new NgramIndex({ gramIds, offsets, postings, gramCounts: Int32Array.from(perEntry, (ids) => ids.length) });
  }

  /** The arrays, for storing the index next to the memory. */
  parts(): { grams: string[]; offsets: Int32Array; postings: Int32Array; gramCounts: Int32Array } {
    return { grams: [...this.gramIds.keys()], offsets: this.offsets, postings: this.postings, gramCounts: this.gramCounts };
  }

  static fromParts(parts: { grams: readonly string[]; offsets: Int32Array; postings: Int32Array; gramCounts: Int32Array }): NgramIndex {
    return new NgramIndex({ gramIds: new Map(parts.grams.map((gram, id) => [gram, id])), offsets: parts.offsets, postings: parts.postings, gramCounts: parts.gramCounts });
  }

  candidates(query: string, minScore: number, limit: number): number[] {
    const queryIds = grams(query)
      .map((gram) => this.gramIds.get(gram))
      .filter((id): id is number => id !== undefined);
    const queryGrams = grams(query).length;
    if (queryIds.length === 0) return [];
    const ratio = Math.max(0, minScore) / 100;
    const counter = this.counter;
    const touched: number[] = [];
    // Rare grams first: they point at few entries; the commonest are counted only for entries already seen.
    queryIds.sort((a, b) => this.offsets[a + 1] - this.offsets[a] - (this.offsets[b + 1] - this.offsets[b]));
    // A candidate scoring ≥ s is at most (1 − s) × its longer length edits away, each edit
    // removing at most two grams: it shares at least `needed` grams, so it holds one of the
    // first (query grams − needed + 1) grams, rarest first.
    const queryUnits = matchUnits(query).length;
    const maxEdits = ratio > 0 ? Math.ceil((1 - ratio) * (queryUnits / ratio)) : queryUnits;
    const needed = queryGrams - 2 * maxEdits;
    const openUntil = needed <= 0 ? queryIds.length : Math.min(queryIds.length, queryGrams - needed + 1);
    queryIds.forEach((id, rank) => {
      for (let k = this.offsets[id]; k < this.offsets[id + 1]; k++) {
        const entry = this.postings[k];
        if (counter[entry] === 0) {
          if (rank >= openUntil) continue;
          touched.push(entry);
        }
        counter[entry]++;
      }
    });
    const scored: Array<[number, number]> = [];
    for (const entry of touched) {
      const shared = counter[entry];
      counter[entry] = 0;
      const size = this.gramCounts[entry];
      const longer = Math.max(size, queryGrams);
      if (Math.min(size, queryGrams) < ratio * longer - 2) continue;
      scored.push([entry, shared / (longer + 1)]);
    }
    scored.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    return scored.slice(0, limit).map(([entry]) => entry);
  }
}
