import { describe, expect, it } from 'vitest';
import { sensesByWord } from '../../src/terms/dictionary.js';
import { deserializeDictionary, serializeDictionary } from '../../src/terms/dictionary-store.js';

const senses = sensesByWord([
  ['外务相', ['foreign minister']],
  ['朝鲜', ['North Korea', 'Korea as geographic term']],
  ['朝鲜劳动党', ["Workers' Party of Korea"]],
  ['朝鲜', ['Chosŏn\tdynasty']],
  ['啊', []],
]);

describe('dictionary store', () => {
  it('gives back every word with its senses and the same longest matches', () => {
    const restored = deserializeDictionary(serializeDictionary(senses, 'release-1'), 'release-1')!;
    expect(restored.senses('朝鲜')).toEqual(['North Korea', 'Korea as geographic term', 'Chosŏn dynasty']);
    expect(restored.senses('外务相')).toEqual(['foreign minister']);
    expect(restored.senses('啊')).toEqual([]);
    expect(restored.senses('会谈')).toBeUndefined();
    expect(restored.words.longestAt('朝鲜劳动党总书记', 0)).toBe(5);
    expect(restored.words.longestAt('朝鲜劳动者', 0)).toBe(2);
  });

  it('refuses a dictionary built from another release, and a truncated or foreign text', () => {
    const text = serializeDictionary(senses, 'release-1');
    expect(deserializeDictionary(text, 'release-2')).toBeUndefined();
    expect(deserializeDictionary(text.slice(0, text.lastIndexOf('\n', text.length - 2) + 1), 'release-1')).toBeUndefined();
    expect(deserializeDictionary(text.slice(0, -1), 'release-1')).toBeUndefined();
    expect(deserializeDictionary('not a dictionary', 'release-1')).toBeUndefined();
  });
});
