import { describe, expect, it } from 'vitest';
import { hanCount, hanRatio, hanRuns, hasHan } from '../../src/lang/script.js';
import { chineseCharacterCount } from '../../src/tm/analysis.js';

describe('Han script', () => {
  it('counts ideographs of every block, and not the hexagram symbols between them', () => {
    expect(hasHan('䷀')).toBe(false);
    expect(hanCount('中国𠀀〇豈䷀a')).toBe(5);
    expect(chineseCharacterCount('乾䷀')).toBe(1);
  });

  it('finds runs of Han characters with their offsets', () => {
    expect([...hanRuns('在2019年访问 China 北京')].map((match) => [match[0], match.index])).toEqual([
      ['在', 0],
      ['年访问', 5],
      ['北京', 15],
    ]);
    expect(hanRatio('Hello 你好')).toBeCloseTo(2 / 7);
  });
});
