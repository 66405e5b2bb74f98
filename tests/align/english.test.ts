import { describe, expect, it } from 'vitest';
import { englishLemmas, lemma } from '../../src/align/english.js';

describe('lemma', () => {
  it('reads the older third person (-eth) as the verb', () => {
    expect(lemma('cometh')).toBe(lemma('come'));
    expect(lemma('bringeth')).toBe(lemma('bring'));
    expect(lemma('believeth')).toBe(lemma('believe'));
  });

  it('leaves ordinals and short words in -eth alone', () => {
    expect(lemma('twentieth')).toBe('twentieth');
    expect(lemma('teeth')).toBe('teeth');
  });
});

describe('englishLemmas', () => {
  it('skips older pronouns and auxiliaries as it skips their modern forms', () => {
    expect(englishLemmas('Thou hast given unto thee thy bread')).toEqual(englishLemmas('You have given to you your bread'));
  });
});
