import { describe, expect, it } from 'vitest';
import { positionAt } from '../src/text-position.js';

describe('positionAt', () => {
  it('gives the 1-based line and column of an offset', () => {
    expect(positionAt('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt('ab\ncd', 2)).toEqual({ line: 1, column: 3 });
    expect(positionAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });

  it('continues from where the text starts in its file', () => {
    expect(positionAt('ab\ncd', 1, { line: 7, column: 10 })).toEqual({ line: 7, column: 11 });
    expect(positionAt('ab\ncd', 4, { line: 7, column: 10 })).toEqual({ line: 8, column: 2 });
  });
});
