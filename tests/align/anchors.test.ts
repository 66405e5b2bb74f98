import { describe, expect, it } from 'vitest';
import { anchorDiagonal, findAnchors } from '../../src/align/anchors.js';
import type { SentenceFeatures } from '../../src/align/features.js';
import { invert } from '../../src/align/postings.js';

/** Sentences given as their lemma ids only: all findAnchors reads besides the count. */
function features(lemmas: number[][]): SentenceFeatures {
  const count = lemmas.length;
  return {
    lengths: new Float64Array(count).fill(10),
    lemmas: lemmas.map((ids) => Int32Array.from(ids).sort()),
    words: lemmas.map(() => []),
    lemmaPositions: lemmas.map((ids) => new Float32Array(ids.length)),
    wordCounts: new Float64Array(count),
    numbers: lemmas.map(() => []),
    questions: new Uint8Array(count),
    boilerplate: new Uint8Array(count),
    speech: new Uint8Array(count),
  };
}

/** 200 target sentences with a common lemma (0) and one rare lemma each (1000 + j). */
const TARGET = features(Array.from({ length: 200 }, (_, j) => [0, 1000 + j]));

describe('findAnchors', () => {
  it('pairs sentences that share a rare lemma, even far from the rough diagonal', () => {
    // Source sentence i translates target i + 40: the length diagonal is 40 sentences off.
    const source = features(Array.from({ length: 150 }, (_, i) => [0, 1000 + i + 40]));
    const rough = Int32Array.from({ length: 151 }, (_, i) => i);
    const anchors = findAnchors(source, TARGET, invert(TARGET.lemmas), rough, { window: 60, rareShare: 0.03 });
    expect(anchors.length).toBe(150);
    expect(anchors.every((anchor) => anchor.target === anchor.source + 40)).toBe(true);
  });

  it('ignores lemmas most sentences share, and pairs with a close rival', () => {
    const source = features([[0], [0, 1005, 1006], [0, 1010, 1020]]);
    const anchors = findAnchors(source, TARGET, invert(TARGET.lemmas), Int32Array.from([0, 5, 10, 15]), { window: 50, rareShare: 0.03 });
    // Sentence 1 may be 1005 or 1006 (neighbours, one bead); sentence 2 has two far-apart rivals.
    expect(anchors).toEqual([{ source: 1, target: 1005 - 1000 }]);
  });

  it('keeps only a chain that increases on both sides', () => {
    const source = features([[1010], [1020], [1005], [1030], [1040]]);
    const anchors = findAnchors(source, TARGET, invert(TARGET.lemmas), Int32Array.from([0, 10, 20, 30, 40, 50]), { window: 100, rareShare: 0.03 });
    expect(anchors.map((anchor) => anchor.target)).toEqual([10, 20, 30, 40]);
  });
});

describe('anchorDiagonal', () => {
  it('runs straight from corner to corner through the anchors', () => {
    const diagonal = anchorDiagonal([{ source: 4, target: 19 }], 10, 30);
    expect(diagonal[0]).toBe(0);
    expect(diagonal[10]).toBe(30);
    expect(Math.abs(diagonal[4] - 19)).toBeLessThanOrEqual(2);
    for (let i = 1; i <= 10; i++) expect(diagonal[i]).toBeGreaterThanOrEqual(diagonal[i - 1]);
  });

  it('is the plain diagonal without anchors', () => {
    expect([...anchorDiagonal([], 4, 8)]).toEqual([0, 2, 4, 6, 8]);
  });
});
