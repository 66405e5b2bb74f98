import type { EntryList, TmEntry } from '../model/entries.js';
import { EntryTable } from '../tm/entry-table.js';
import { type Candidate, NgramIndex, type TmIndex } from '../tm/ngram-index.js';

/** Entries indexed together, numbered from `start` in the whole memory. */
interface Segment {
  start: number;
  entries: EntryTable;
  index: NgramIndex;
  rows: Float64Array;
}

/**
 * A memory's entries and index kept current as rows are written: the file memory's index is
 * immutable, so new rows wait in a pending list, are indexed as a small segment of their own when
 * the next lookup comes, and segments of similar size are merged (as a log-structured store
 * does), which keeps their number logarithmic and each row indexed a logarithmic number of times.
 * A replaced row stays in its segment, marked dead, until a merge drops it. The entry numbers are
 * this index's own: `lookup` and `concordance` see one list.
 */
export class LiveIndex implements EntryList, TmIndex {
  private segments: Segment[] = [];
  /** Rows written since the last lookup, by row id, in the order written. */
  private pending = new Map<number, TmEntry>();
  /** Entry number of each live row. */
  private readonly numberOfRow = new Map<number, number>();
  private readonly dead = new Set<number>();

  get length(): number {
    this.settle();
    const last = this.segments[this.segments.length - 1];
    return last ? last.start + last.entries.length : 0;
  }

  /** Live entries. */
  get size(): number {
    return this.numberOfRow.size + this.pending.size;
  }

  /** Adds or replaces the entry of a row. */
  put(row: number, entry: TmEntry): void {
    this.remove(row);
    this.pending.set(row, entry);
  }

  remove(row: number): void {
    const number = this.numberOfRow.get(row);
    if (number !== undefined) {
      this.dead.add(number);
      this.numberOfRow.delete(row);
      return;
    }
    this.pending.delete(row);
  }

  /** A replaced entry reads as empty, which nothing matches: `concordance` walks every number. */
  at(number: number): TmEntry | undefined {
    this.settle();
    if (this.dead.has(number)) return REPLACED;
    const segment = this.segmentOf(number);
    return segment?.entries.at(number - segment.start);
  }

  candidates(query: string, minScore: number, limit: number): Candidate[] {
    this.settle();
    const found: Candidate[] = [];
    for (const segment of this.segments) {
      for (const candidate of segment.index.candidates(query, minScore, limit)) {
        const number = candidate.entry + segment.start;
        if (!this.dead.has(number)) found.push({ entry: number, bound: candidate.bound });
      }
    }
    // Candidates of several segments: the highest bounds first, as each segment gives its own.
    if (this.segments.length > 1) found.sort((a, b) => b.bound - a.bound);
    return found;
  }

  /** Indexes pending rows as a new segment, merged with the segments before it while they are not larger (a binary counter: each row is rebuilt a logarithmic number of times). */
  private settle(): void {
    if (this.pending.size === 0) return;
    let rows = [...this.pending].map(([row, entry]) => ({ row, entry }));
    this.pending.clear();
    while (this.segments.length > 0) {
      const last = this.segments[this.segments.length - 1];
      if (rows.length < last.entries.length - this.deadIn(last)) break;
      this.segments.pop();
      rows = [...this.liveRowsOf(last), ...rows];
    }
    const start = this.segments.length > 0 ? this.segments[this.segments.length - 1].start + this.segments[this.segments.length - 1].entries.length : 0;
    this.forgetNumbers(start);
    this.segments.push(buildSegment(start, rows));
    rows.forEach(({ row }, at) => this.numberOfRow.set(row, start + at));
  }

  private *liveRowsOf(segment: Segment): Generator<{ row: number; entry: TmEntry }> {
    for (let at = 0; at < segment.entries.length; at++) if (!this.dead.has(segment.start + at)) yield { row: segment.rows[at], entry: segment.entries.at(at)! };
  }

  private deadIn(segment: Segment): number {
    let count = 0;
    for (const number of this.dead) if (number >= segment.start && number < segment.start + segment.entries.length) count++;
    return count;
  }

  /** Numbers from `start` on are given anew: the dead marks there go. */
  private forgetNumbers(start: number): void {
    for (const number of this.dead) if (number >= start) this.dead.delete(number);
  }

  private segmentOf(number: number): Segment | undefined {
    let low = 0;
    let high = this.segments.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const segment = this.segments[middle];
      if (number < segment.start) high = middle - 1;
      else if (number >= segment.start + segment.entries.length) low = middle + 1;
      else return segment;
    }
    return undefined;
  }
}

const REPLACED: TmEntry = Object.freeze({ source: '', target: '', origin: '' });

function buildSegment(start: number, rows: ReadonlyArray<{ row: number; entry: TmEntry }>): Segment {
  return {
    start,
    entries: EntryTable.from(rows.map(({ entry }) => entry)),
    index: NgramIndex.build(rows.map(({ entry }) => entry.source)),
    rows: Float64Array.from(rows, ({ row }) => row),
  };
}
