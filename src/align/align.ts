/**
 * Sentence alignment by dynamic programming over beads (0-1 … 5-1) inside a band around the
 * alignment path. The band is centred first on a chain of confident lexical anchors (see
 * anchors.ts), then on the path itself where the path presses against an edge, and widened only
 * there, so time and memory stay linear. A bead scores by length agreement (Chinese characters
 * against English characters, at the document's own ratio), dictionary overlap, shared numbers
 * and question marks; paragraph breaks are soft boundaries.
 */
import type { Bead } from '../types.js';
import { chineseFeatures, englishFeatures, nameSpellings, type SentenceFeatures, TokenIds } from './features.js';
import type { Lexicon } from './lexicon.js';
import { invert, lowerBound } from './postings.js';
import { anchorDiagonal, findAnchors } from './anchors.js';
import { type Learned, learnPairs } from './learned-pairs.js';

export interface AlignOptions {
  lexicon: Lexicon;
  /** Indices of sentences that start a paragraph (the first sentence need not be listed). */
  sourceParagraphStarts?: readonly number[];
  targetParagraphStarts?: readonly number[];
  /** Half-width of the first search band around the anchor chain, in sentences. */
  band?: number;
}

/**
 * Bead shapes searched: [source sentences, target sentences]. Up to five sentences in all, and
 * 1-5 / 5-1 besides: a long Chinese sentence that a literary translator breaks into five, or five
 * short Chinese clauses one English sentence joins (3-3, 2-4 found nothing the smaller shapes miss).
 */
const SHAPES: ReadonlyArray<readonly [number, number]> = [
  [1, 1], [1, 0], [0, 1], [1, 2], [2, 1], [2, 2], [1, 3], [3, 1], [1, 4], [4, 1], [2, 3], [3, 2], [1, 5], [5, 1],
];

/** How far from the length diagonal anchors are looked for: a fixed reach plus a share of the text. */
const ANCHOR_WINDOW = 100;
const ANCHOR_WINDOW_SHARE = 0.05;
const NEAR_ANCHOR_WINDOW = 30;
/** Score of a source sentence left without counterpart (1-0): below any plausible pair. */
const OMISSION_SCORE = -0.3;
/**
 * Score of a target sentence without source (0-1): lower still, as translators condense and omit
 * but seldom add a sentence of their own; a stray target sentence nearly always belongs to a
 * neighbouring bead.
 */
const INSERTION_SCORE = -0.5;
/** Page furniture (boilerplate.ts) standing alone: nearly free, so that no bead absorbs it, yet below any bead with evidence. */
const FURNITURE_SKIP_SCORE = -0.05;
/** A bead crossing a paragraph break: translators rarely move a sentence across one, but they do join paragraphs. */
const PARAGRAPH_CROSSING_PENALTY = 0.35;
/** Spread of log(target length / expected length) assumed before the document has been measured. */
const INITIAL_SIGMA = 0.6;
/** The length model tolerates twice the spread the document shows, within these bounds. */
const SIGMA_BOUNDS = [0.3, 0.8] as const;
/** Fewer pairs than this say too little about the spread: the initial one stays. */
const MIN_CALIBRATION_BEADS = 20;
/** Length agreement weighs a little less than the words: it cannot tell two sentences of similar length apart. */
const LENGTH_WEIGHT = 0.5;
const LEXICAL_WEIGHT = 0.6;
/** Dictionaries cover a translation only in part: half the words matched is already strong evidence. */
const LEXICAL_SCALE = 1.5;
/** Each sentence beyond a 1-1 bead must earn its place. */
const MERGE_PENALTY = 0.04;
/**
 * A sentence whose words the other side of its bead leaves untranslated probably belongs
 * elsewhere: the penalty grows with the share of its words left without translation, so that one
 * chance match (事 ↔ thing) does not make a stray sentence welcome in a bead.
 */
const UNSUPPORTED_PENALTY = 0.1;
/**
 * A bead whose sentences run wholly against the order of their matches on the other side (see
 * inversions) loses what full lexical support earns, but never more than its own lexical credit:
 * its matches can speak against it as much as for it, not more, so a bead with little evidence
 * whose translator reordered two clauses is not driven apart by two chance matches.
 */
const ORDER_PENALTY = LEXICAL_WEIGHT;
/** A bead with more questions on one side than the other: weak evidence, as questions are often rephrased. */
const QUESTION_MISMATCH_PENALTY = 0.05;
/**
 * A bead that quotes speech on one side only: strong evidence against it, as translators keep
 * dialogue as dialogue; yet below the paragraph penalty, since speech is sometimes reported.
 */
const SPEECH_MISMATCH_PENALTY = 0.2;
/** The most any shared numbers add to a bead (see numberScore). */
const NUMBER_BONUS = 0.3;
/** The highest score each shape can reach: every positive term at its maximum, no penalty but the merge one. */
const SHAPE_CEILINGS = SHAPES.map(([a, b]) => (a === 0 || b === 0 ? FURNITURE_SKIP_SCORE * (a + b) : LENGTH_WEIGHT + LEXICAL_WEIGHT + NUMBER_BONUS - MERGE_PENALTY * (a + b - 2)));

export function align(sourceSentences: readonly string[], targetSentences: readonly string[], options: AlignOptions): Bead[] {
  const m = sourceSentences.length;
  const n = targetSentences.length;
  if (m === 0 || n === 0) {
    return m === 0 ? targetSentences.map((_, j) => ({ source: [], target: [j], score: 0 })) : sourceSentences.map((_, i) => ({ source: [i], target: [], score: 0 }));
  }
  const ids = new TokenIds(options.lexicon);
  const source = chineseFeatures(sourceSentences, options.lexicon, ids, nameSpellings(targetSentences));
  const target = englishFeatures(targetSentences, ids);
  const postings = invert(target.lemmas);
  const model = new BeadModel(source, target, postings, options);
  const rough = lengthDiagonal(source.lengths, target.lengths);
  // Wide and sparse first, then dense within reach of the first chain.
  const firstAnchors = findAnchors(source, target, postings, rough, { window: ANCHOR_WINDOW + Math.round(ANCHOR_WINDOW_SHARE * Math.max(m, n)), rareShare: 0.01 });
  const anchors = findAnchors(source, target, postings, anchorDiagonal(firstAnchors, m, n), { window: NEAR_ANCHOR_WINDOW, rareShare: 0.03 });
  let center = anchorDiagonal(anchors, m, n);
  const halfWidths = new Int32Array(m + 1).fill(options.band ?? 16);
  // The band follows the best path: where the path presses against an edge, the next search is
  // recentred on it and, around those rows only, twice as wide.
  for (let attempt = 0; ; attempt++) {
    const result = search(model, Band.around(center, n, halfWidths), m, n);
    const widened = widenAround(halfWidths, result.edgeRows, Math.max(m, n));
    // The first path also measures the document: its length spread and the word pairs it teaches.
    const recalibrated = attempt === 0 && model.calibrate(result.beads);
    const learned = attempt === 0 && model.learn(learnPairs(sourceSentences, source, target, result.beads), ids.unknownWords);
    if (!widened && !recalibrated && !learned) return result.beads;
    center = pathDiagonal(result.beads, m);
  }
}

/** Doubles the half-width within a few band-widths of each row where the path met the edge; false when nothing could widen. */
function widenAround(halfWidths: Int32Array, edgeRows: readonly number[], limit: number): boolean {
  const rows = halfWidths.length;
  const next = new Int32Array(halfWidths);
  let widened = false;
  for (const row of edgeRows) {
    const width = halfWidths[row];
    if (width >= limit) continue;
    for (let i = Math.max(0, row - 4 * width); i < Math.min(rows, row + 4 * width + 1); i++) {
      if (next[i] < 2 * width) {
        next[i] = 2 * width;
        widened = true;
      }
    }
  }
  halfWidths.set(next);
  return widened;
}

/** The target prefix length the path reaches at each source prefix length. */
function pathDiagonal(beads: readonly Bead[], m: number): Int32Array {
  const diagonal = new Int32Array(m + 1);
  let i = 0;
  let j = 0;
  for (const bead of beads) {
    for (let k = 0; k < bead.source.length; k++) diagonal[++i] = j + Math.round(((k + 1) * bead.target.length) / bead.source.length);
    j += bead.target.length;
    diagonal[i] = j;
  }
  return diagonal;
}

/** For each source prefix length i, the target prefix length at the same share of characters. */
function lengthDiagonal(sourceLengths: Float64Array, targetLengths: Float64Array): Int32Array {
  const m = sourceLengths.length;
  const n = targetLengths.length;
  const totalSource = sourceLengths.reduce((sum, value) => sum + value + 1, 0);
  const totalTarget = targetLengths.reduce((sum, value) => sum + value + 1, 0);
  const diagonal = new Int32Array(m + 1);
  let j = 0;
  let cumulativeTarget = 0;
  let cumulativeSource = 0;
  for (let i = 0; i <= m; i++) {
    const share = cumulativeSource / totalSource;
    while (j < n && (cumulativeTarget + targetLengths[j] + 1) / totalTarget <= share + 1e-12) {
      cumulativeTarget += targetLengths[j] + 1;
      j++;
    }
    diagonal[i] = j;
    if (i < m) cumulativeSource += sourceLengths[i] + 1;
  }
  diagonal[m] = n;
  return diagonal;
}

/** The cells searched: for each source prefix length i, target prefix lengths lo[i]..hi[i]. */
class Band {
  private constructor(
    readonly lo: Int32Array,
    readonly hi: Int32Array,
    readonly offsets: Float64Array,
    readonly size: number,
  ) {}

  static around(diagonal: Int32Array, n: number, halfWidths: Int32Array): Band {
    const rows = diagonal.length;
    const lo = new Int32Array(rows);
    const hi = new Int32Array(rows);
    const offsets = new Float64Array(rows);
    let size = 0;
    for (let i = 0; i < rows; i++) {
      lo[i] = Math.max(0, diagonal[i] - halfWidths[i]);
      hi[i] = Math.min(n, diagonal[i] + halfWidths[i]);
      offsets[i] = size;
      size += hi[i] - lo[i] + 1;
    }
    lo[0] = 0;
    hi[rows - 1] = n;
    // Recompute offsets after pinning the corners.
    size = 0;
    for (let i = 0; i < rows; i++) {
      offsets[i] = size;
      size += hi[i] - lo[i] + 1;
    }
    return new Band(lo, hi, offsets, size);
  }

  index(i: number, j: number): number {
    return j < this.lo[i] || j > this.hi[i] ? -1 : this.offsets[i] + j - this.lo[i];
  }
}

/** Scores beads from sentence features; pair statistics are computed once per band. */
class BeadModel {
  private readonly ratio: number;
  /** Spread of log length ratios of true pairs; measured on the document by calibrate(). */
  private sigma = INITIAL_SIGMA;
  private readonly sourcePrefix: Float64Array;
  private readonly targetPrefix: Float64Array;
  private readonly sourceWords: Float64Array;
  private targetWords: Float64Array;
  private readonly sourceBreaks: Uint8Array;
  private readonly targetBreaks: Uint8Array;
  private readonly sourceNumberCounts: Float64Array;
  private readonly targetNumberCounts: Float64Array;
  private readonly sourceSpeech: Float64Array;
  private readonly targetSpeech: Float64Array;
  private readonly sourceQuestions: Float64Array;
  private readonly targetQuestions: Float64Array;
  /** Furniture lines that may stand alone: where paragraphs are known, only those that are a paragraph of their own. */
  private readonly sourceFurniture: Uint8Array;
  private readonly targetFurniture: Uint8Array;
  private matches: Uint16Array = new Uint16Array(0);
  private sourceMatches: Uint16Array = new Uint16Array(0);
  /**
   * Per pair, which of the target's lemmas (matchedLemmas) and which of the source's words
   * (matchedWords) the pair matched, as bits by position modulo 32: where a bead holds several
   * sentences on the other side, a word two of them translate is counted once, not twice (in a
   * sentence of more than 32 words two words may share a bit; the count errs low, rarely).
   */
  private matchedLemmas: Uint32Array = new Uint32Array(0);
  private matchedWords: Uint32Array = new Uint32Array(0);
  /**
   * Per pair, where in the target sentence (targetPositions: see lemmaPositions) and where in the
   * source sentence (sourcePositions: 0 = first word, 1 = last) its matches stand, summed.
   */
  private targetPositions: Float32Array = new Float32Array(0);
  private sourcePositions: Float32Array = new Float32Array(0);
  private band: Band | undefined;

  constructor(
    readonly source: SentenceFeatures,
    readonly target: SentenceFeatures,
    private readonly postings: ReadonlyMap<number, Int32Array>,
    options: AlignOptions,
  ) {
    this.sourcePrefix = prefixSums(source.lengths);
    this.targetPrefix = prefixSums(target.lengths);
    this.sourceWords = prefixSums(source.wordCounts);
    this.targetWords = prefixSums(target.wordCounts);
    this.ratio = Math.max(0.2, this.targetPrefix[target.lengths.length] / Math.max(1, this.sourcePrefix[source.lengths.length]));
    this.sourceBreaks = breaks(source.lengths.length, options.sourceParagraphStarts);
    this.targetBreaks = breaks(target.lengths.length, options.targetParagraphStarts);
    this.sourceNumberCounts = prefixSums(Float64Array.from(source.numbers, (values) => values.length));
    this.targetNumberCounts = prefixSums(Float64Array.from(target.numbers, (values) => values.length));
    this.sourceSpeech = prefixSums(Float64Array.from(source.speech));
    this.targetSpeech = prefixSums(Float64Array.from(target.speech));
    this.sourceQuestions = prefixSums(Float64Array.from(source.questions));
    this.targetQuestions = prefixSums(Float64Array.from(target.questions));
    this.sourceFurniture = standingAlone(source.boilerplate, options.sourceParagraphStarts);
    this.targetFurniture = standingAlone(target.boilerplate, options.targetParagraphStarts);
  }

  /** Counts, for every source/target pair in the band, the target lemmas the source can mean. */
  prepare(band: Band): void {
    if (this.band === band) return;
    this.band = band;
    const m = this.source.lengths.length;
    // Pair (i, j) lives in row i + 1 of the band around cell (i + 1, j + 1).
    this.matches = new Uint16Array(band.size);
    this.sourceMatches = new Uint16Array(band.size);
    this.matchedLemmas = new Uint32Array(band.size);
    this.matchedWords = new Uint32Array(band.size);
    this.targetPositions = new Float32Array(band.size);
    this.sourcePositions = new Float32Array(band.size);
    const stamp = new Int32Array(this.target.lengths.length).fill(-1);
    let word = 0;
    for (let i = 0; i < m; i++) {
      const lo = Math.max(0, band.lo[i + 1] - 5);
      const hi = band.hi[i + 1];
      const words = this.source.words[i];
      for (let position = 0; position < words.length; position++) {
        word++;
        for (const lemmaId of words[position]) {
          const list = this.postings.get(lemmaId);
          if (!list) continue;
          for (let k = lowerBound(list, lo); k < list.length && list[k] < hi; k++) {
            if (stamp[list[k]] === word) continue;
            stamp[list[k]] = word;
            const cell = band.index(i + 1, list[k] + 1);
            if (cell < 0) continue;
            if (this.sourceMatches[cell] < 65535) this.sourceMatches[cell]++;
            this.matchedWords[cell] |= 1 << (position & 31);
            this.sourcePositions[cell] += position / Math.max(1, words.length - 1);
          }
        }
      }
      for (const lemmaId of this.source.lemmas[i]) {
        const list = this.postings.get(lemmaId);
        if (!list) continue;
        for (let k = lowerBound(list, lo); k < list.length && list[k] < hi; k++) {
          const cell = band.index(i + 1, list[k] + 1);
          if (cell < 0) continue;
          if (this.matches[cell] < 65535) this.matches[cell]++;
          const position = lowerBound(this.target.lemmas[list[k]], lemmaId);
          this.matchedLemmas[cell] |= 1 << (position & 31);
          this.targetPositions[cell] += this.target.lemmaPositions[list[k]][position];
        }
      }
    }
  }

  private pairValue(i: number, j: number, values: Uint16Array): number {
    const cell = this.band!.index(i + 1, j + 1);
    return cell < 0 ? 0 : values[cell];
  }

  /** Words of source sentence i that target sentences [j0, j1) translate, each counted once. */
  private sourceSupport(i: number, j0: number, j1: number): number {
    if (j1 - j0 === 1) return this.pairValue(i, j0, this.sourceMatches);
    return this.supportAcross(i, j0, j1, true, this.sourceMatches, this.matchedWords);
  }

  /** Lemmas of target sentence j that source sentences [i0, i1) translate, each counted once. */
  private targetSupport(j: number, i0: number, i1: number): number {
    if (i1 - i0 === 1) return this.pairValue(i0, j, this.matches);
    return this.supportAcross(j, i0, i1, false, this.matches, this.matchedLemmas);
  }

  /**
   * Matches of one sentence (`fixed`, a source sentence when `fixedIsSource`) with the sentences
   * [from, to) of the other side, a word that several of them translate counted once.
   */
  private supportAcross(fixed: number, from: number, to: number, fixedIsSource: boolean, counts: Uint16Array, words: Uint32Array): number {
    let matched = 0;
    let bits = 0;
    let union = 0;
    for (let k = from; k < to; k++) {
      const cell = this.cellAcross(fixed, k, fixedIsSource);
      if (cell < 0) continue;
      matched += counts[cell];
      bits += bitCount(words[cell]);
      union |= words[cell];
    }
    return matched - (bits - bitCount(union));
  }

  /**
   * How far the sentences of a bead run against the order of their matches on the other side:
   * translators keep the order of the sentences they merge or split, so where a later sentence
   * matches words before those an earlier one matches, one of them probably belongs to a
   * neighbour. Summed over the bead's sentences on both sides, in shares of a sentence.
   */
  private inversions(i0: number, i1: number, j0: number, j1: number): number {
    let total = 0;
    if (i1 - i0 > 1) for (let j = j0; j < j1; j++) total += this.inversionsAcross(j, i0, i1, false, this.matches, this.targetPositions);
    if (j1 - j0 > 1) for (let i = i0; i < i1; i++) total += this.inversionsAcross(i, j0, j1, true, this.sourceMatches, this.sourcePositions);
    return total;
  }

  /** How far back the matches of the sentences [from, to) in sentence `fixed` of the other side step, in shares of it. */
  private inversionsAcross(fixed: number, from: number, to: number, fixedIsSource: boolean, counts: Uint16Array, positions: Float32Array): number {
    let total = 0;
    let previous = -1;
    for (let k = from; k < to; k++) {
      const cell = this.cellAcross(fixed, k, fixedIsSource);
      if (cell < 0 || counts[cell] === 0) continue;
      const position = positions[cell] / counts[cell];
      if (position < previous) total += previous - position;
      previous = position;
    }
    return total;
  }

  /** The band cell of sentence `fixed` with sentence `k` of the other side. */
  private cellAcross(fixed: number, k: number, fixedIsSource: boolean): number {
    return fixedIsSource ? this.band!.index(fixed + 1, k + 1) : this.band!.index(k + 1, fixed + 1);
  }

  /**
   * Takes in what the document taught: English words outside the dictionary that were learned now
   * count among the words a bead should cover. Whether anything was learned.
   */
  learn(learned: Learned, unknownWords: ReadonlySet<number>): boolean {
    if (learned.sentences === 0) return false;
    this.target.lemmas.forEach((lemmas, j) => {
      for (const id of lemmas) if (unknownWords.has(id) && learned.lemmas.has(id)) this.target.wordCounts[j]++;
    });
    this.targetWords = prefixSums(this.target.wordCounts);
    this.band = undefined;
    return true;
  }

  /**
   * Sets the length model's spread from the beads of a first alignment (robust: median absolute
   * deviation): the Bible is translated closely, news more freely. Whether it changed much.
   */
  calibrate(beads: readonly Bead[]): boolean {
    const logRatios: number[] = [];
    for (const bead of beads) {
      if (bead.source.length === 0 || bead.target.length === 0) continue;
      const sourceLength = this.sourcePrefix[bead.source[bead.source.length - 1] + 1] - this.sourcePrefix[bead.source[0]];
      const targetLength = this.targetPrefix[bead.target[bead.target.length - 1] + 1] - this.targetPrefix[bead.target[0]];
      logRatios.push(Math.log((targetLength + 12) / (this.ratio * sourceLength + 12)));
    }
    if (logRatios.length < MIN_CALIBRATION_BEADS) return false;
    const middle = median(logRatios);
    const spread = 1.4826 * median(logRatios.map((value) => Math.abs(value - middle)));
    const sigma = Math.min(SIGMA_BOUNDS[1], Math.max(SIGMA_BOUNDS[0], 2 * spread));
    const changed = Math.abs(sigma - this.sigma) > 0.1 * this.sigma;
    this.sigma = sigma;
    return changed;
  }

  /**
   * Score of the bead of source sentences [i0, i1) and target sentences [j0, j1): roughly −0.5…1.2.
   * Once the bead is sure not to score above `mustBeat`, some value not above it is returned.
   */
  score(i0: number, i1: number, j0: number, j1: number, mustBeat = -Infinity): number {
    const sourceCount = i1 - i0;
    const targetCount = j1 - j0;
    if (sourceCount === 0) return this.skipScore(j0, j1, this.targetFurniture, INSERTION_SCORE);
    if (targetCount === 0) return this.skipScore(i0, i1, this.sourceFurniture, OMISSION_SCORE);
    const sourceLength = this.sourcePrefix[i1] - this.sourcePrefix[i0];
    const targetLength = this.targetPrefix[j1] - this.targetPrefix[j0];
    const logRatio = Math.log((targetLength + 12) / (this.ratio * sourceLength + 12));
    const lengthScore = Math.exp((-logRatio * logRatio) / (2 * this.sigma * this.sigma));
    let targetMatched = 0;
    let sourceMatched = 0;
    let unsupported = 0;
    for (let i = i0; i < i1; i++) {
      const matched = this.sourceSupport(i, j0, j1);
      sourceMatched += matched;
      unsupported += untranslatedWeight(this.source.wordCounts[i], matched);
    }
    for (let j = j0; j < j1; j++) {
      const matched = this.targetSupport(j, i0, i1);
      targetMatched += matched;
      unsupported += untranslatedWeight(this.target.wordCounts[j], matched);
    }
    const targetWords = this.targetWords[j1] - this.targetWords[j0];
    const sourceWords = this.sourceWords[i1] - this.sourceWords[i0];
    const targetCoverage = targetWords > 0 ? Math.min(1, targetMatched / targetWords) : 0.3;
    const sourceCoverage = sourceWords > 0 ? Math.min(1, sourceMatched / sourceWords) : 0.3;
    const lexicalScore = Math.min(1, LEXICAL_SCALE * (targetCoverage + sourceCoverage) / 2);
    let score = LENGTH_WEIGHT * lengthScore + LEXICAL_WEIGHT * lexicalScore + this.numberScore(i0, i1, j0, j1) + this.punctuationScore(i0, i1, j0, j1);
    score -= MERGE_PENALTY * (sourceCount + targetCount - 2) + UNSUPPORTED_PENALTY * unsupported;
    if (crosses(this.sourceBreaks, i0, i1) || crosses(this.targetBreaks, j0, j1)) score -= PARAGRAPH_CROSSING_PENALTY;
    // The order of the matches is the dearest term to weigh and can only lower the score.
    if (score <= mustBeat) return score;
    return score - Math.min(LEXICAL_WEIGHT * lexicalScore, ORDER_PENALTY * this.inversions(i0, i1, j0, j1));
  }

  /** What leaving sentences [from, to) of one side without counterpart costs. */
  private skipScore(from: number, to: number, furniture: Uint8Array, unmatched: number): number {
    let score = 0;
    for (let k = from; k < to; k++) score += furniture[k] ? FURNITURE_SKIP_SCORE : unmatched;
    return score;
  }

  private numberScore(i0: number, i1: number, j0: number, j1: number): number {
    const sourceHas = this.sourceNumberCounts[i1] > this.sourceNumberCounts[i0];
    const targetHas = this.targetNumberCounts[j1] > this.targetNumberCounts[j0];
    if (!sourceHas && !targetHas) return 0;
    if (!sourceHas || !targetHas) return -0.05;
    const sourceNumbers: string[] = [];
    const targetNumbers: string[] = [];
    for (let i = i0; i < i1; i++) sourceNumbers.push(...this.source.numbers[i]);
    for (let j = j0; j < j1; j++) targetNumbers.push(...this.target.numbers[j]);
    if (sourceNumbers.length === 0 && targetNumbers.length === 0) return 0;
    const remaining = [...targetNumbers];
    let shared = 0;
    for (const value of sourceNumbers) {
      const index = remaining.indexOf(value);
      if (index >= 0) {
        shared++;
        remaining.splice(index, 1);
      }
    }
    return NUMBER_BONUS * (shared / Math.max(sourceNumbers.length, targetNumbers.length)) - (shared === 0 ? 0.05 : 0);
  }

  /** Punctuation anchors: questions and quoted speech come in the same beads on both sides. */
  private punctuationScore(i0: number, i1: number, j0: number, j1: number): number {
    const sourceQuestions = this.sourceQuestions[i1] - this.sourceQuestions[i0];
    const targetQuestions = this.targetQuestions[j1] - this.targetQuestions[j0];
    const sourceSpeaks = this.sourceSpeech[i1] > this.sourceSpeech[i0];
    const targetSpeaks = this.targetSpeech[j1] > this.targetSpeech[j0];
    return -(sourceQuestions === targetQuestions ? 0 : QUESTION_MISMATCH_PENALTY) - (sourceSpeaks === targetSpeaks ? 0 : SPEECH_MISMATCH_PENALTY);
  }
}

/**
 * How strongly a sentence's words speak against its bead: the share of them the other side leaves
 * untranslated (on the lexical score's scale, where two words in three matched is full support),
 * weighted by how many words the sentence has: the more words, the surer the verdict.
 */
function untranslatedWeight(words: number, matched: number): number {
  if (words === 0) return 0;
  const untranslated = Math.max(0, 1 - (LEXICAL_SCALE * matched) / words);
  return untranslated * (1 + 0.5 * Math.min(words - 1, 4));
}

/** How many bits of a 32-bit word are set. */
function bitCount(bits: number): number {
  let value = bits - ((bits >>> 1) & 0x55555555);
  value = (value & 0x33333333) + ((value >>> 2) & 0x33333333);
  return (Math.imul((value + (value >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

function median(values: number[]): number {
  const sorted = Float64Array.from(values).sort();
  return sorted[sorted.length >> 1];
}

function prefixSums(values: Float64Array): Float64Array {
  const sums = new Float64Array(values.length + 1);
  for (let i = 0; i < values.length; i++) sums[i + 1] = sums[i] + values[i];
  return sums;
}

function breaks(count: number, starts: readonly number[] | undefined): Uint8Array {
  const marks = new Uint8Array(count);
  for (const start of starts ?? []) if (start > 0 && start < count) marks[start] = 1;
  return marks;
}

/** Furniture lines that are a paragraph of their own (every furniture line when paragraphs are unknown). */
function standingAlone(boilerplate: Uint8Array, starts: readonly number[] | undefined): Uint8Array {
  if (!starts) return boilerplate;
  const opens = new Uint8Array(boilerplate.length + 1);
  for (const start of [0, ...starts]) if (start >= 0 && start <= boilerplate.length) opens[start] = 1;
  opens[boilerplate.length] = 1;
  return boilerplate.map((flag, k) => (flag && opens[k] && opens[k + 1] ? 1 : 0));
}

/** Whether a paragraph starts strictly inside [from, to). */
function crosses(marks: Uint8Array, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (marks[k]) return true;
  return false;
}

function search(model: BeadModel, band: Band, m: number, n: number): { beads: Bead[]; edgeRows: number[] } {
  model.prepare(band);
  const best = new Float64Array(band.size).fill(-Infinity);
  const from = new Uint8Array(band.size);
  best[band.index(0, 0)] = 0;
  for (let i = 0; i <= m; i++) {
    for (let j = band.lo[i]; j <= band.hi[i]; j++) {
      const cell = band.index(i, j);
      if (i === 0 && j === 0) continue;
      let bestScore = -Infinity;
      let bestShape = 0;
      for (let shape = 0; shape < SHAPES.length; shape++) {
        const [a, b] = SHAPES[shape];
        if (a > i || b > j) continue;
        const previous = band.index(i - a, j - b);
        if (previous < 0) continue;
        const base = best[previous];
        // No bead scores above its ceiling: a shape that cannot win is not scored at all.
        if (base + SHAPE_CEILINGS[shape] <= bestScore) continue;
        const total = base + model.score(i - a, i, j - b, j, bestScore - base);
        if (total > bestScore) {
          bestScore = total;
          bestShape = shape;
        }
      }
      best[cell] = bestScore;
      from[cell] = bestShape;
    }
  }
  const beads: Bead[] = [];
  const edgeRows: number[] = [];
  let i = m;
  let j = n;
  while (i > 0 || j > 0) {
    const cell = band.index(i, j);
    const [a, b] = SHAPES[from[cell]];
    if ((j === band.lo[i] && band.lo[i] > 0) || (j === band.hi[i] && band.hi[i] < n)) edgeRows.push(i);
    beads.push({
      source: range(i - a, i),
      target: range(j - b, j),
      score: confidence(model.score(i - a, i, j - b, j), a, b),
    });
    i -= a;
    j -= b;
  }
  return { beads: beads.reverse(), edgeRows };
}

function range(from: number, to: number): number[] {
  const values: number[] = [];
  for (let k = from; k < to; k++) values.push(k);
  return values;
}

/** Maps a bead score onto [0, 1]; a sentence left alone gets a low, fixed confidence. */
function confidence(score: number, a: number, b: number): number {
  if (a === 0 || b === 0) return 0.2;
  return Math.round(Math.max(0, Math.min(1, score / 1.1)) * 1000) / 1000;
}
