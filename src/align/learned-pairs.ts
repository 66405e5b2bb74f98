/**
 * Word pairs the document teaches: after a first alignment, Chinese characters or character
 * pairs and English lemmas that keep turning up in the same confident beads, while the dictionary links them to
 * nothing there (names such as 约拿 ↔ Jonah, a translator's habits), become extra lexicon entries
 * for the next search. Hunalign does the same with its realign pass.
 */
import { pushTo } from '../collections.js';
import type { Bead } from '../types.js';
import type { SentenceFeatures } from './features.js';

/** A bead this sure is taken as evidence. */
const MIN_BEAD_SCORE = 0.5;
/** A pair must be seen this often, and its Dice coefficient be at least MIN_DICE. */
const MIN_COUNT = 3;
const MIN_DICE = 0.4;
/** Lemma ids from here on are the aligner's own tokens (see TokenIds), never learned. */
const LEMMA_SPACE = 2 ** 24;

const HAN_FIRST = 0x4e00;
const HAN_COUNT = 0x9fff - HAN_FIRST + 1;

/**
 * Ids of the sentence's Chinese characters and character pairs, each once: a character is its code
 * from U+4E00, a pair gets the next free id. Numbers, not strings, so that counting builds none.
 */
function characterGramIds(sentence: string, pairIds: Map<number, number>): number[] {
  const found = new Set<number>();
  for (let k = 0; k < sentence.length; k++) {
    const code = sentence.charCodeAt(k) - HAN_FIRST;
    if (code < 0 || code >= HAN_COUNT) continue;
    found.add(code);
    const next = sentence.charCodeAt(k + 1) - HAN_FIRST;
    if (next < 0 || next >= HAN_COUNT) continue;
    const key = code * HAN_COUNT + next;
    let id = pairIds.get(key);
    if (id === undefined) pairIds.set(key, (id = HAN_COUNT + pairIds.size));
    found.add(id);
  }
  return [...found];
}

/** Marks what one bead holds, each id once, without a set per bead. */
class Stamps {
  private readonly marks: Int32Array;
  private stamp = 0;

  constructor(size: number) {
    this.marks = new Int32Array(size).fill(-1);
  }

  next(): void {
    this.stamp++;
  }

  /** Whether `id` is new in this bead (and marks it). */
  add(id: number): boolean {
    if (this.marks[id] === this.stamp) return false;
    this.marks[id] = this.stamp;
    return true;
  }

  has(id: number): boolean {
    return this.marks[id] === this.stamp;
  }
}

/** Dense numbers for the ids counted at least MIN_COUNT times (-1 for the others), and back. */
function denseIds(counts: Int32Array): { ids: Int32Array; originals: number[] } {
  const ids = new Int32Array(counts.length).fill(-1);
  const originals: number[] = [];
  counts.forEach((count, id) => {
    if (count >= MIN_COUNT) ids[id] = originals.push(id) - 1;
  });
  return { ids, originals };
}

/**
 * Adds to each Chinese sentence's lemma set the English lemmas its characters were learned
 * to mean; returns how many sentences gained any.
 */
export function learnPairs(sourceSentences: readonly string[], source: SentenceFeatures, target: SentenceFeatures, beads: readonly Bead[]): number {
  const pairIds = new Map<number, number>();
  const sentenceGrams = sourceSentences.map((sentence) => characterGramIds(sentence, pairIds));
  const evidence = beads.filter((bead) => bead.score >= MIN_BEAD_SCORE && bead.source.length > 0 && bead.target.length > 0);
  let lemmaLimit = 1;
  for (const lemmas of [...source.lemmas, ...target.lemmas]) if (lemmas.length > 0) lemmaLimit = Math.max(lemmaLimit, lemmas[lemmas.length - 1] + 1);
  const gramStamps = new Stamps(HAN_COUNT + pairIds.size);
  const reach = new Stamps(lemmaLimit);
  const english = new Stamps(lemmaLimit);
  // Each bead's grams and lemmas, each once, in the order met.
  const beadGrams = evidence.map((bead) => {
    gramStamps.next();
    return bead.source.flatMap((i) => sentenceGrams[i].filter((z) => gramStamps.add(z)));
  });
  const beadLemmas = evidence.map((bead) => {
    english.next();
    return bead.target.flatMap((j) => [...target.lemmas[j]].filter((e) => english.add(e)));
  });
  const gramCounts = new Int32Array(HAN_COUNT + pairIds.size);
  const lemmaCounts = new Int32Array(lemmaLimit);
  for (const grams of beadGrams) for (const z of grams) gramCounts[z]++;
  for (const lemmas of beadLemmas) for (const e of lemmas) lemmaCounts[e]++;
  // A pair seen fewer than MIN_COUNT times cannot count, nor can a gram or a lemma that is: the
  // others get small dense numbers, and each gram's pairs are counted in one array.
  const frequentGrams = denseIds(gramCounts);
  const frequentLemmas = denseIds(lemmaCounts);
  const gramBeads = frequentGrams.originals.map((): number[] => []);
  const candidates = evidence.map((bead, b) => {
    for (const z of beadGrams[b]) if (frequentGrams.ids[z] >= 0) gramBeads[frequentGrams.ids[z]].push(b);
    reach.next();
    for (const i of bead.source) for (const e of source.lemmas[i]) reach.add(e);
    return Int32Array.from(beadLemmas[b].filter((e) => !reach.has(e) && e < LEMMA_SPACE && frequentLemmas.ids[e] >= 0), (e) => frequentLemmas.ids[e]);
  });
  const learned = new Map<number, number[]>();
  const pairCounts = new Int32Array(frequentLemmas.originals.length);
  const seen: number[] = [];
  gramBeads.forEach((beadsOfGram, local) => {
    const z = frequentGrams.originals[local];
    for (const b of beadsOfGram) for (const lemma of candidates[b]) if (pairCounts[lemma]++ === 0) seen.push(lemma);
    for (const lemma of seen) {
      const e = frequentLemmas.originals[lemma];
      if (pairCounts[lemma] >= MIN_COUNT && (2 * pairCounts[lemma]) / (gramCounts[z] + lemmaCounts[e]) >= MIN_DICE) pushTo(learned, z, e);
      pairCounts[lemma] = 0;
    }
    seen.length = 0;
  });
  let gained = 0;
  sentenceGrams.forEach((ids, i) => {
    const extra = ids.flatMap((z) => learned.get(z) ?? []);
    if (extra.length === 0) return;
    const merged = new Set([...source.lemmas[i], ...extra]);
    if (merged.size === source.lemmas[i].length) return;
    source.lemmas[i] = Int32Array.from(merged).sort();
    gained++;
  });
  return gained;
}
