/**
 * Word pairs the document teaches: after a first alignment, Chinese characters or character
 * pairs and English lemmas that keep turning up in the same confident beads, while the dictionary links them to
 * nothing there (names such as 约拿 ↔ Jonah, 韦小宝 ↔ Trinket, a translator's habits), become extra
 * lexicon entries for the next search. The English side includes the words the dictionary does not
 * know at all, which is where a literary translator's names are. Of the pairs that co-occur, only
 * those where neither word has a likelier partner are kept (competitive linking), so that 他 is not
 * learned as Trinket merely for standing next to 韦小宝. Hunalign does the same with its realign pass.
 */
import { HAN } from '../lang/script.js';
import type { Bead } from '../types.js';
import type { SentenceFeatures } from './features.js';

/** A bead this sure is taken as evidence. */
const MIN_BEAD_SCORE = 0.5;
/** A pair must be seen this often, and its Dice coefficient be at least MIN_DICE. */
const MIN_COUNT = 3;
const MIN_DICE = 0.4;
/** Dice values within this of a word's best count as ties: at a handful of beads one co-occurrence more or less moves Dice by about as much. */
const LINK_TOLERANCE = 0.1;

/** Ids of the sentence's Chinese characters and character pairs. */
function characterGramIds(sentence: string, ids: Map<string, number>): number[] {
  const found = new Set<number>();
  const idOf = (gram: string) => {
    let id = ids.get(gram);
    if (id === undefined) ids.set(gram, (id = ids.size));
    return id;
  };
  for (let k = 0; k < sentence.length; k++) {
    if (!HAN.test(sentence[k])) continue;
    found.add(idOf(sentence[k]));
    if (k + 1 < sentence.length && HAN.test(sentence[k + 1])) found.add(idOf(sentence.slice(k, k + 2)));
  }
  return [...found];
}

export interface Learned {
  /** How many Chinese sentences gained lemmas. */
  sentences: number;
  /** The English lemmas learned. */
  lemmas: Set<number>;
}

/**
 * Adds to each Chinese sentence's lemma set the English lemmas its characters were learned
 * to mean.
 */
export function learnPairs(sourceSentences: readonly string[], source: SentenceFeatures, target: SentenceFeatures, beads: readonly Bead[]): Learned {
  const grams = new Map<string, number>();
  const sentenceGrams = sourceSentences.map((sentence) => characterGramIds(sentence, grams));
  const gramCounts = new Int32Array(grams.size);
  const lemmaCounts = new Map<number, number>();
  const pairCounts = new Map<number, number>();
  const LEMMA_SPACE = 2 ** 24;
  for (const bead of beads) {
    if (bead.score < MIN_BEAD_SCORE || bead.source.length === 0 || bead.target.length === 0) continue;
    const chinese = new Set(bead.source.flatMap((i) => sentenceGrams[i]));
    const reach = new Set(bead.source.flatMap((i) => [...source.lemmas[i]]));
    const english = new Set(bead.target.flatMap((j) => [...target.lemmas[j]]));
    for (const z of chinese) gramCounts[z]++;
    for (const e of english) {
      lemmaCounts.set(e, (lemmaCounts.get(e) ?? 0) + 1);
      if (reach.has(e) || e >= LEMMA_SPACE) continue;
      for (const z of chinese) pairCounts.set(z * LEMMA_SPACE + e, (pairCounts.get(z * LEMMA_SPACE + e) ?? 0) + 1);
    }
  }
  // Competitive linking: a pair is kept only where neither of its words has a likelier partner,
  // so that the pronouns and common characters around a name are not learned along with it.
  const candidates: Array<{ z: number; e: number; dice: number }> = [];
  const bestForGram = new Map<number, number>();
  const bestForLemma = new Map<number, number>();
  for (const [key, count] of pairCounts) {
    if (count < MIN_COUNT) continue;
    const z = Math.floor(key / LEMMA_SPACE);
    const e = key % LEMMA_SPACE;
    const dice = (2 * count) / (gramCounts[z] + lemmaCounts.get(e)!);
    if (dice < MIN_DICE) continue;
    candidates.push({ z, e, dice });
    bestForGram.set(z, Math.max(bestForGram.get(z) ?? 0, dice));
    bestForLemma.set(e, Math.max(bestForLemma.get(e) ?? 0, dice));
  }
  const learned = new Map<number, number[]>();
  for (const { z, e, dice } of candidates) {
    if (dice < bestForGram.get(z)! - LINK_TOLERANCE || dice < bestForLemma.get(e)! - LINK_TOLERANCE) continue;
    const list = learned.get(z) ?? [];
    list.push(e);
    learned.set(z, list);
  }
  let gained = 0;
  const lemmas = new Set([...learned.values()].flat());
  sentenceGrams.forEach((ids, i) => {
    const extra = ids.flatMap((z) => learned.get(z) ?? []);
    if (extra.length === 0) return;
    const merged = new Set([...source.lemmas[i], ...extra]);
    if (merged.size === source.lemmas[i].length) return;
    source.lemmas[i] = Int32Array.from(merged).sort();
    gained++;
  });
  return { sentences: gained, lemmas };
}
