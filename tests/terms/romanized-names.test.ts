import { describe, expect, it } from 'vitest';
import { romanize, romanizedNames, spells } from '../../src/terms/romanized-names.js';

describe('romanizedNames', () => {
  it('finds the characters a pinyin name of the target spells', () => {
    expect(romanizedNames('王明远在北京会见李华。', ['Wang Mingyuan', 'Beijing'])).toEqual(['王明远', '明远', '北京']);
  });

  it('finds nothing without proper names, or when none is pinyin', () => {
    expect(romanizedNames('王明远在北京。', [])).toEqual([]);
    expect(romanizedNames('王明远在北京。', ['Peking', 'Reuters'])).toEqual([]);
  });
});

describe('spells', () => {
  it('tells whether a name spells the Chinese in pinyin, in whole or in part', () => {
    expect(romanize('北京')).toBe('beijing');
    expect(spells('北京', 'Beijing')).toBe(true);
    expect(spells('明远', 'Wang Mingyuan')).toBe(true);
    expect(spells('北京', 'Peking')).toBe(false);
  });
});
