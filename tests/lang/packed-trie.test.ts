import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordPrefixes } from '../../src/lang/longest-match.js';
import { PackedTrie } from '../../src/lang/packed-trie.js';

describe('PackedTrie', () => {
  const list = ['朝鲜', '朝鲜劳动党', '劳动', '劳动党', '总书记', '书记', 'a', 'ab'];
  const trie = PackedTrie.build(list);

  it('gives each word its index, and -1 to a prefix, a longer text or the empty string', () => {
    list.forEach((word, index) => expect(trie.indexOf(word)).toBe(index));
    expect(trie.indexOf('朝')).toBe(-1);
    expect(trie.indexOf('朝鲜劳动')).toBe(-1);
    expect(trie.indexOf('朝鲜劳动党人')).toBe(-1);
    expect(trie.indexOf('')).toBe(-1);
  });

  it('finds the same longest words as the trie of objects', () => {
    const alphabet = fc.constantFrom('朝', '鲜', '劳', '动', '党', 'a', 'b', '\uffff', '\u0000');
    fc.assert(
      fc.property(fc.array(fc.string({ unit: alphabet, minLength: 1, maxLength: 5 }), { maxLength: 30 }), fc.string({ unit: alphabet, maxLength: 20 }), (words, text) => {
        const packed = PackedTrie.build(words);
        const reference = new WordPrefixes(words);
        for (let start = 0; start < text.length; start++) expect(packed.longestAt(text, start)).toBe(reference.longestAt(text, start));
        for (const word of words) expect(words[packed.indexOf(word)]).toBe(word);
      }),
    );
  });
});
