import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/collections.js';
import { matchDiff, matchScore } from '../../src/tm/match.js';

describe('matchScore', () => {
  it('is 100 for identical text and 99 when only punctuation, case or spacing differ', () => {
    expect(matchScore('双方举行了会谈。', '双方举行了会谈。')).toBe(100);
    expect(matchScore('双方举行了会谈。', '双方举行了会谈！')).toBe(99);
    expect(matchScore('The talks ended.', 'the talks ended')).toBe(99);
  });

  it('counts Chinese by character and English by word', () => {
    // One character of eight differs: 100 × (1 − 1/8) = 87.5 → 87.
    expect(matchScore('双方举行了会谈。', '双方举行了谈判。')).toBe(75);
    expect(matchScore('双方举行了会谈', '双方举行了晤谈')).toBe(85);
    // One word of five: 80.
    expect(matchScore('The two sides held talks', 'The two sides held meetings')).toBe(80);
  });

  it('takes a point off for each differing number and tag', () => {
    const plain = matchScore('The delegation of ten arrived today', 'The delegation of six arrived today');
    const numbers = matchScore('The delegation of 10 arrived today', 'The delegation of 6 arrived today');
    expect(numbers).toBe(plain - 2);
    expect(matchScore('Click <b>here</b> now', 'Click here now')).toBeLessThan(matchScore('Click there now', 'Click here now') + 1);
  });

  it('computes edit distance and a diff from the query to the memory source', () => {
    expect(editDistance(['a', 'b', 'c'], ['a', 'c'])).toBe(1);
    expect(matchDiff('双方会谈', '双方举行会谈')).toEqual([[0, '双方'], [1, '举行'], [0, '会谈']]);
  });
});
