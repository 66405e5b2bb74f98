import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../src/align/lexicon.js';
import { deserializeLexicon, serializeLexicon } from '../../src/align/lexicon-store.js';

const lexicon = buildLexicon([
  ['会谈', ['talks', 'discussions']],
  ['朝鲜', ['North Korea', 'Korea as geographic term']],
  ['朝鲜劳动党', ["Workers' Party of Korea"]],
]);

describe('lexicon store', () => {
  it('gives back the same words, lemma ids and longest matches', () => {
    const restored = deserializeLexicon(serializeLexicon(lexicon, 'release-1'), 'release-1')!;
    expect([...restored.words].map(([word, ids]) => [word, [...ids]])).toEqual([...lexicon.words].map(([word, ids]) => [word, [...ids]]));
    expect([...restored.lemmaIds]).toEqual([...lexicon.lemmaIds]);
    expect(restored.prefixes.longestAt('朝鲜劳动党总书记', 0)).toBe(5);
    expect(restored.prefixes.longestAt('朝鲜劳动者', 0)).toBe(2);
  });

  it('refuses a lexicon built from another dictionary release, and damaged bytes', () => {
    const bytes = serializeLexicon(lexicon, 'release-1');
    expect(deserializeLexicon(bytes, 'release-2')).toBeUndefined();
    expect(deserializeLexicon(bytes.subarray(0, bytes.length - 8), 'release-1')).toBeUndefined();
    expect(deserializeLexicon(Buffer.from('not a lexicon'), 'release-1')).toBeUndefined();
  });
});
