import { describe, expect, it } from 'vitest';
import { WordPrefixes } from '../../src/lang/longest-match.js';

describe('WordPrefixes', () => {
  const words = new WordPrefixes(['朝鲜', '朝鲜劳动党', '劳动', '劳动党', '总书记', '书记']);

  it('finds the longest word at a position', () => {
    expect(words.longestAt('朝鲜劳动党总书记', 0)).toBe(5);
    expect(words.longestAt('朝鲜劳动党总书记', 5)).toBe(3);
  });

  it('falls back to a shorter word when the longer one is cut off', () => {
    expect(words.longestAt('朝鲜劳动者', 0)).toBe(2);
    expect(words.longestAt('朝鲜劳动', 2)).toBe(2);
  });

  it('answers 0 where no word starts, including a bare prefix', () => {
    expect(words.longestAt('总统', 0)).toBe(0);
    expect(words.longestAt('朝', 0)).toBe(0);
    expect(words.longestAt('朝鲜', 2)).toBe(0);
  });

  it('agrees with trying every length from the longest down', () => {
    const list = ['中国', '中国人', '人民', '中华人民共和国', '共和国', '和', '国'];
    const prefixes = new WordPrefixes(list);
    const text = '中华人民共和国中国人民和国家';
    for (let start = 0; start < text.length; start++) {
      let expected = 0;
      for (let length = text.length - start; length >= 1; length--) {
        if (list.includes(text.slice(start, start + length))) {
          expected = length;
          break;
        }
      }
      expect(prefixes.longestAt(text, start)).toBe(expected);
    }
  });

  it('extends a trie below it without changing that one', () => {
    const extended = new WordPrefixes([], words);
    extended.add('朝鲜劳动党中央');
    extended.add('金正恩');
    expect(extended.longestAt('朝鲜劳动党中央委员会', 0)).toBe(7);
    expect(extended.longestAt('朝鲜劳动党总书记', 0)).toBe(5);
    expect(extended.longestAt('金正恩', 0)).toBe(3);
    expect(words.longestAt('朝鲜劳动党中央委员会', 0)).toBe(5);
    expect(words.longestAt('金正恩', 0)).toBe(0);
  });
});
