import { BEST_FUZZY_SCORE, EXACT_SCORE, normalizeLoosely } from './match.js';
import { gramHashes, matchUnits } from './tokens.js';

/** An entry worth scoring, and the highest score it can possibly reach (100 when the index cannot tell). */
export interface Candidate {
  entry: number;
  bound: number;
}

/** Candidate search over a memory's sources; one implementation here, a database one may follow. */
export interface TmIndex {
  readonly size: number;
  /**
   * At most `limit` entries that may score at least `minScore` against the query, most promising
   * first, each with a bound a caller can compare with what it has already found before scoring it.
   */
  candidates(query: string, minScore: number, limit: number): Candidate[];
}

/** The index as flat integer arrays, for storing it next to the memory and reading it back without copying. */
export interface NgramIndexArrays {
  /** Open-addressing table of gram hashes (0 = free slot); a gram's slot is its number. */
  slots: Int32Array;
  /** Postings of slot s are `postings[offsets[s] .. offsets[s + 1]]`, entry numbers ascending. */
  offsets: Int32Array;
  postings: Int32Array;
  /** Per entry: distinct grams, units, and a hash of the loosely normalized source. */
  gramCounts: Int32Array;
  unitCounts: Int32Array;
  looseHashes: Int32Array;
}

/**
 * An inverted index of unit bigrams (character pairs for Chinese, word pairs for English) in
 * typed arrays. Each edit destroys at most two of the query's grams, and a score s needs the
 * lengths within (100 − s)% of each other: from the grams an entry shares and its length, a
 * bound on its score follows, which prunes candidates. docs/tm.md "Index and scale" tells the
 * whole search.
 */
export class NgramIndex implements TmIndex {
  readonly size: number;
  private readonly mask: number;
  private counter: Int32Array;
  private touched: Int32Array = new Int32Array(FIRST_CAPACITY);

  constructor(private readonly arrays: NgramIndexArrays) {
    this.size = arrays.unitCounts.length;
    this.mask = arrays.slots.length - 1;
    this.counter = new Int32Array(this.size);
  }

  static build(sources: readonly string[]): NgramIndex {
    const gramCounts = new Int32Array(sources.length);
    const unitCounts = new Int32Array(sources.length);
    const looseHashes = new Int32Array(sources.length);
    // Every entry's gram hashes in one flat array: a million small arrays would cost more than their content.
    const entryStarts = new Int32Array(sources.length + 1);
    let allHashes = new Int32Array(FIRST_HASHES);
    const table = new GramTable();
    sources.forEach((source, entry) => {
      const hashes = gramHashes(source);
      const start = entryStarts[entry];
      if (start + hashes.length > allHashes.length) {
        const bigger = new Int32Array(Math.max(allHashes.length * 2, start + hashes.length));
        bigger.set(allHashes.subarray(0, start));
        allHashes = bigger;
      }
      allHashes.set(hashes, start);
      entryStarts[entry + 1] = start + hashes.length;
      gramCounts[entry] = hashes.length;
      unitCounts[entry] = matchUnits(source).length;
      looseHashes[entry] = looseHash(source);
      for (const hash of hashes) table.count(hash);
    });
    const { slots, offsets } = table.finish();
    const fill = offsets.slice(0, -1);
    const postings = new Int32Array(offsets[slots.length]);
    const mask = slots.length - 1;
    for (let entry = 0; entry < sources.length; entry++) {
      for (let k = entryStarts[entry]; k < entryStarts[entry + 1]; k++) postings[fill[slotOf(slots, mask, allHashes[k])]++] = entry;
    }
    return new NgramIndex({ slots, offsets, postings, gramCounts, unitCounts, looseHashes });
  }

  /** The arrays, for storing the index next to the memory. */
  parts(): NgramIndexArrays {
    return this.arrays;
  }

  /**
   * Whether arrays read from outside fit together, so that no search can read out of bounds or
   * probe forever: a power-of-two table with a free slot, ascending offsets ending at the
   * postings' length, postings naming existing entries, one count per entry.
   */
  static consistent({ slots, offsets, postings, gramCounts, unitCounts, looseHashes }: NgramIndexArrays): boolean {
    const size = unitCounts.length;
    if (slots.length === 0 || (slots.length & (slots.length - 1)) !== 0 || !slots.includes(0)) return false;
    if (offsets.length !== slots.length + 1 || offsets[0] !== 0 || offsets[slots.length] !== postings.length) return false;
    if (gramCounts.length !== size || looseHashes.length !== size) return false;
    for (let slot = 0; slot < slots.length; slot++) if (offsets[slot + 1] < offsets[slot]) return false;
    for (let k = 0; k < postings.length; k++) if (!(postings[k] >= 0 && postings[k] < size)) return false;
    return true;
  }

  candidates(query: string, minScore: number, limit: number): Candidate[] {
    const { slots, offsets, postings, gramCounts, unitCounts, looseHashes } = this.arrays;
    const hashes = gramHashes(query);
    const queryGrams = hashes.length;
    if (queryGrams === 0) return [];
    const queryUnits = matchUnits(query).length;
    const queryLoose = looseHash(query);
    const known: number[] = [];
    for (const hash of hashes) {
      const slot = slotOf(slots, this.mask, hash);
      if (slot >= 0) known.push(slot);
    }
    // Rare grams first: they point at few entries.
    known.sort((a, b) => offsets[a + 1] - offsets[a] - (offsets[b + 1] - offsets[b]));
    // A candidate scoring ≥ s is at most (1 − s) × its longer length edits away, each edit
    // removing at most two grams: it misses at most 2 × maxEdits of the query's grams, so it
    // holds one of the first (2 × maxEdits + 1 − unknown grams) known grams, rarest first.
    const ratio = Math.max(0, minScore) / EXACT_SCORE;
    const maxEdits = ratio > 0 ? Math.ceil((1 - ratio) * (queryUnits / ratio)) : queryUnits;
    const openUntil = Math.min(known.length, 2 * maxEdits + 1 - (queryGrams - known.length));
    const counter = this.counter;
    let touched = this.touched;
    let touchedCount = 0;
    // Walking postings is the cost: grams are opened rarest first until WALK_BUDGET postings have
    // been walked (at least one gram). On a large memory this leaves out the grams found in a good
    // share of all entries, which tell entries apart least; an entry holding only those is missed.
    let opened = 0;
    for (let walked = 0; opened < openUntil; opened++) {
      const from = offsets[known[opened]];
      const to = offsets[known[opened] + 1];
      if (opened > 0 && walked + (to - from) > WALK_BUDGET) break;
      walked += to - from;
      for (let k = from; k < to; k++) {
        const entry = postings[k];
        if (counter[entry]++ === 0) {
          if (touchedCount === touched.length) touched = this.grow(touched);
          touched[touchedCount++] = entry;
        }
      }
    }
    const shortlist = this.shortlist(touchedCount, Math.max(SHORTLIST_PER_CANDIDATE * limit, SHORTLIST), queryUnits, queryLoose);
    let assumed = 0;
    for (let rank = Math.max(0, opened); rank < known.length; rank++) {
      const from = offsets[known[rank]];
      const to = offsets[known[rank] + 1];
      if (to - from > Math.max(COMMON_POSTINGS, this.size * COMMON_GRAM_SHARE)) {
        assumed++;
        continue;
      }
      if (to - from > GALLOP_RATIO * shortlist.length) {
        // A common gram: look the (ascending) entries up in its (ascending) postings, each search
        // starting where the last one ended, instead of walking them all.
        for (let t = 0, at = from; t < shortlist.length && at < to; t++) {
          at = lowerBound(postings, at, to, shortlist[t]);
          if (at < to && postings[at] === shortlist[t]) counter[shortlist[t]]++;
        }
      } else {
        for (let k = from; k < to; k++) if (counter[postings[k]] > 0) counter[postings[k]]++;
      }
    }
    const keys: number[] = [];
    for (const entry of shortlist) {
      const counted = counter[entry];
      counter[entry] = 0;
      const looselyEqual = queryLoose === looseHashes[entry];
      const bound = scoreBound(queryUnits, unitCounts[entry], queryGrams, gramCounts[entry], counted + assumed, looselyEqual);
      if (bound < minScore) continue;
      // Most promising first: the largest share of grams counted in common, then the bound, then
      // entry number. One sortable number.
      const share = looselyEqual ? 1 : counted / (Math.max(gramCounts[entry], queryGrams) + 1);
      keys.push((Math.round((1 - share) * SHARE_STEPS) * BOUND_RANGE + (EXACT_SCORE - bound)) * ENTRY_RANGE + entry);
    }
    const order = Float64Array.from(keys).sort();
    const result: Candidate[] = [];
    for (let i = 0; i < Math.min(limit, order.length); i++) {
      const entry = order[i] % ENTRY_RANGE;
      result.push({ entry, bound: EXACT_SCORE - (Math.floor(order[i] / ENTRY_RANGE) % BOUND_RANGE) });
    }
    return result;
  }

  /**
   * The entries seen that share the most opened grams, at most `size` of them (among those sharing
   * as many, the closest in length first), and every entry loosely equal to the query, ascending.
   * The counter keeps their counts and is cleared for the others.
   */
  private shortlist(touchedCount: number, size: number, queryUnits: number, queryLoose: number): Int32Array {
    const { touched, counter } = this;
    const { looseHashes, unitCounts } = this.arrays;
    let most = 0;
    for (let t = 0; t < touchedCount; t++) most = Math.max(most, counter[touched[t]]);
    const byCount = new Int32Array(most + 1);
    for (let t = 0; t < touchedCount; t++) byCount[counter[touched[t]]]++;
    // The lowest count whose entries, with all those above it, fit; room left goes to the count below.
    let lowest = most + 1;
    let taken = 0;
    while (lowest > 1 && taken + byCount[lowest - 1] <= size) taken += byCount[--lowest];
    const lengthGap = (entry: number) => Math.min(GAP_BUCKETS - 1, Math.abs(unitCounts[entry] - queryUnits));
    const byGap = new Int32Array(GAP_BUCKETS);
    for (let t = 0; t < touchedCount; t++) if (counter[touched[t]] === lowest - 1) byGap[lengthGap(touched[t])]++;
    let widestGap = 0;
    for (let room = size - taken; widestGap < GAP_BUCKETS && room >= byGap[widestGap]; widestGap++) room -= byGap[widestGap];
    let roomAtWidest = size - taken - byGap.subarray(0, widestGap).reduce((sum, n) => sum + n, 0);
    const kept: number[] = [];
    for (let t = 0; t < touchedCount; t++) {
      const entry = touched[t];
      const count = counter[entry];
      const gap = count === lowest - 1 ? lengthGap(entry) : 0;
      const keep = count >= lowest || (count === lowest - 1 && (gap < widestGap || (gap === widestGap && roomAtWidest-- > 0))) || looseHashes[entry] === queryLoose;
      if (keep) kept.push(entry);
      else counter[entry] = 0;
    }
    return Int32Array.from(kept).sort();
  }

  private grow(touched: Int32Array): Int32Array {
    const bigger = new Int32Array(touched.length * 2);
    bigger.set(touched);
    this.touched = bigger;
    return bigger;
  }
}

/** How many postings a query walks at most to find candidates (see `candidates`). */
const WALK_BUDGET = 8_192;
/** How many of the entries seen go on to be counted on every gram and bounded (see `candidates`). */
const SHORTLIST = 1_024;
/** Grams in more than an eighth of the entries, and in more entries than this, are not counted but assumed shared (see `candidates`). */
const COMMON_POSTINGS = 4_096;
/** …the share of all entries a gram must exceed, with COMMON_POSTINGS, to be assumed shared. */
const COMMON_GRAM_SHARE = 1 / 8;
/** The shortlist holds at least this many entries for each candidate asked for, so the best are among them. */
const SHORTLIST_PER_CANDIDATE = 2;
/** A gram's postings this many times longer than the shortlist are searched (galloping) rather than walked. */
const GALLOP_RATIO = 8;
/** Entries sharing as many grams are ranked by length difference, in this many buckets (the last one: that far or more). */
const GAP_BUCKETS = 256;
/** The candidate sort key packs the gram share (in this many steps), the bound (under BOUND_RANGE) and the entry number (under ENTRY_RANGE) into one float. */
const SHARE_STEPS = 4_095;
const BOUND_RANGE = 128;
const ENTRY_RANGE = 2 ** 31;
/** Starting sizes of arrays that double when full (entries touched by a query, gram hashes while building, gram table slots, a power of two): the start only saves the first few copies. */
const FIRST_CAPACITY = 1_024;
const FIRST_HASHES = 1 << 16;
const FIRST_SLOTS = 1 << 12;

/**
 * The best score an entry can reach from what the index knows of it: at least |length
 * difference| edits, and at least one edit per two grams that one side has and the other lacks
 * (an edit removes at most two grams and adds at most two). Loosely equal texts score 99 or 100
 * whatever their grams.
 */
function scoreBound(queryUnits: number, entryUnits: number, queryGrams: number, entryGrams: number, shared: number, looselyEqual: boolean): number {
  if (looselyEqual) return EXACT_SCORE;
  const longer = Math.max(queryUnits, entryUnits);
  if (longer === 0) return 0;
  const edits = Math.max(Math.abs(queryUnits - entryUnits), Math.ceil((Math.max(queryGrams, entryGrams) - shared) / 2));
  return Math.min(BEST_FUZZY_SCORE, Math.floor(EXACT_SCORE * (1 - edits / longer)));
}

function looseHash(text: string): number {
  const loose = normalizeLoosely(text);
  let hash = 0x811c9dc5;
  for (let i = 0; i < loose.length; i++) hash = Math.imul(hash ^ loose.charCodeAt(i), 0x01000193);
  return hash;
}

function slotOf(slots: Int32Array, mask: number, hash: number): number {
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    if (slots[slot] === hash) return slot;
    if (slots[slot] === 0) return -1;
  }
}

/** The first position in `sorted[from..to)` holding at least `value`: galloping from `from`, so near positions cost little. */
function lowerBound(sorted: Int32Array, from: number, to: number, value: number): number {
  if (sorted[from] >= value) return from;
  let low = from;
  let step = 1;
  while (low + step < to && sorted[low + step] < value) {
    low += step;
    step *= 2;
  }
  let high = Math.min(low + step, to);
  // sorted[low] < value, and sorted[high] ≥ value or high = to.
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < value) low = middle;
    else high = middle;
  }
  return high;
}

/** Counts grams into an open-addressing table that doubles at half load. */
class GramTable {
  private slots = new Int32Array(FIRST_SLOTS);
  private counts = new Int32Array(FIRST_SLOTS);
  private used = 0;

  count(hash: number): void {
    let mask = this.slots.length - 1;
    let slot = this.place(this.slots, mask, hash);
    if (this.slots[slot] === 0) {
      if (2 * (this.used + 1) > this.slots.length) {
        this.resize();
        mask = this.slots.length - 1;
        slot = this.place(this.slots, mask, hash);
      }
      this.slots[slot] = hash;
      this.used++;
    }
    this.counts[slot]++;
  }

  finish(): { slots: Int32Array; offsets: Int32Array } {
    const offsets = new Int32Array(this.slots.length + 1);
    for (let slot = 0; slot < this.slots.length; slot++) offsets[slot + 1] = offsets[slot] + this.counts[slot];
    return { slots: this.slots, offsets };
  }

  private place(slots: Int32Array, mask: number, hash: number): number {
    let slot = hash & mask;
    while (slots[slot] !== 0 && slots[slot] !== hash) slot = (slot + 1) & mask;
    return slot;
  }

  private resize(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const counts = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let old = 0; old < this.slots.length; old++) {
      if (this.slots[old] === 0) continue;
      const slot = this.place(slots, mask, this.slots[old]);
      slots[slot] = this.slots[old];
      counts[slot] = this.counts[old];
    }
    this.slots = slots;
    this.counts = counts;
  }
}
