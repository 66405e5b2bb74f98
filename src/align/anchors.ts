/**
 * Where the alignment path runs, found before the search: sentence pairs that share several rare
 * words and no nearby rival does (Bertalign's first pass, with a lexicon in place of embeddings).
 * A monotone chain of them, joined by straight lines, is a far better band centre than the length
 * diagonal, which drifts by hundreds of sentences wherever one side runs long.
 */
import type { SentenceFeatures } from './features.js';
import { lowerBound } from './postings.js';

/** Evidence a pair needs: about one rare word in common. */
const MIN_EVIDENCE = 3;
/** How much better than any rival further than RIVAL_DISTANCE away the best pair must be. */
const MARGIN = 1.3;
const RIVAL_DISTANCE = 2;

export interface Anchor {
  source: number;
  target: number;
}

export interface AnchorSearch {
  /** How far from the rough diagonal pairs are looked for, in target sentences. */
  window: number;
  /** Lemmas in more than this share of target sentences are not evidence: the wider the window, the rarer they must be. */
  rareShare: number;
}

/**
 * Confident one-to-one pairs near the rough diagonal, reduced to the longest chain that increases
 * on both sides.
 */
export function findAnchors(source: SentenceFeatures, target: SentenceFeatures, postings: ReadonlyMap<number, Int32Array>, rough: Int32Array, { window, rareShare }: AnchorSearch): Anchor[] {
  const m = source.lengths.length;
  const n = target.lengths.length;
  const maxFrequency = Math.max(3, Math.ceil(rareShare * n));
  const evidence = new Float64Array(n);
  const touched: number[] = [];
  const candidates: Anchor[] = [];
  for (let i = 0; i < m; i++) {
    const lo = Math.max(0, rough[i] - window);
    const hi = Math.min(n, rough[i] + window);
    for (const lemmaId of source.lemmas[i]) {
      const list = postings.get(lemmaId);
      if (!list || list.length > maxFrequency) continue;
      const weight = Math.log(n / list.length);
      for (let k = lowerBound(list, lo); k < list.length && list[k] < hi; k++) {
        if (evidence[list[k]] === 0) touched.push(list[k]);
        evidence[list[k]] += weight;
      }
    }
    let best = -1;
    for (const j of touched) if (best < 0 || evidence[j] > evidence[best]) best = j;
    if (best >= 0 && evidence[best] >= MIN_EVIDENCE) {
      let rival = 0;
      for (const j of touched) if (Math.abs(j - best) > RIVAL_DISTANCE && evidence[j] > rival) rival = evidence[j];
      if (evidence[best] >= MARGIN * rival) candidates.push({ source: i, target: best });
    }
    for (const j of touched) evidence[j] = 0;
    touched.length = 0;
  }
  return longestIncreasingChain(candidates);
}

/** Candidates come ordered by source; keeps the longest subsequence whose targets strictly increase. */
function longestIncreasingChain(candidates: readonly Anchor[]): Anchor[] {
  const tails: number[] = [];
  const previous = new Int32Array(candidates.length).fill(-1);
  candidates.forEach((candidate, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (candidates[tails[middle]].target < candidate.target) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1];
    tails[low] = index;
  });
  const chain: Anchor[] = [];
  for (let index = tails.length > 0 ? tails[tails.length - 1] : -1; index >= 0; index = previous[index]) chain.push(candidates[index]);
  return chain.reverse();
}

/** For each source prefix length 0…m, the target prefix length on straight lines through the anchors. */
export function anchorDiagonal(anchors: readonly Anchor[], m: number, n: number): Int32Array {
  const points = [{ source: 0, target: 0 }, ...anchors.map((anchor) => ({ source: anchor.source + 0.5, target: anchor.target + 0.5 })), { source: m, target: n }];
  const diagonal = new Int32Array(m + 1);
  let segment = 0;
  for (let i = 0; i <= m; i++) {
    while (segment < points.length - 2 && points[segment + 1].source < i) segment++;
    const from = points[segment];
    const to = points[segment + 1];
    const share = to.source === from.source ? 0 : (i - from.source) / (to.source - from.source);
    diagonal[i] = Math.max(0, Math.min(n, Math.round(from.target + share * (to.target - from.target))));
  }
  return diagonal;
}
