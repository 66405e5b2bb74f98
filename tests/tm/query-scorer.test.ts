import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchScore } from '../../src/tm/match.js';
import { BELOW, maxDistanceFor, QueryScorer } from '../../src/tm/query-scorer.js';

const PIECES = ['双方', '举行', '会谈', '了', '友好', '北京', '。', '，', '2024', '30', '3', ' ', 'The', 'the', 'talks', 'held', 'two', 'sides', '.', '<b>', '</b>', '{{name}}', '%s', "don't", 'dont'];
const text = fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 14 }).map((parts) => parts.join(''));

describe('QueryScorer', () => {
  it('scores exactly as matchScore', () => {
    fc.assert(
      fc.property(text, fc.array(text, { minLength: 1, maxLength: 5 }), (query, sources) => {
        const scorer = new QueryScorer(query);
        for (const source of sources) expect(scorer.score(source)).toBe(matchScore(query, source));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the exact score when it reaches the threshold, and BELOW otherwise', () => {
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 101 }), (query, source, atLeast) => {
        const exact = matchScore(query, source);
        expect(new QueryScorer(query).score(source, atLeast)).toBe(exact >= atLeast ? exact : BELOW);
      }),
      { numRuns: 3000 },
    );
  });

  it('allows as many edits as the score formula does', () => {
    for (let longer = 1; longer <= 60; longer++) {
      for (let atLeast = 1; atLeast <= 100; atLeast++) {
        const max = maxDistanceFor(atLeast, longer);
        if (max >= 0) expect(Math.floor(100 * (1 - max / longer))).toBeGreaterThanOrEqual(atLeast);
        if (max + 1 <= longer) expect(Math.floor(100 * (1 - (max + 1) / longer))).toBeLessThan(atLeast);
      }
    }
  });
});
