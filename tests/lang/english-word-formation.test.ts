import { describe, expect, it } from 'vitest';
import { formedFromKnownWords } from '../../src/lang/english-word-formation.js';

const listed = new Set(['nuclear', 'carbonization', 'multilateral', 'security', 'terrorism', 'live', 'stream', 'lock', 'down', 'occur', 'begin', 'public', 'ally', 'till', 'government', 'receive', 'hegemon']);
const known = (word: string) => listed.has(word);

describe('formedFromKnownWords', () => {
  it('accepts words built from listed words by prefix, suffix or compounding', () => {
    for (const word of ['denuclearization', 'decarbonization', 'multilateralism', 'cybersecurity', 'counterterrorism', 'livestream', 'livestreaming', 'lockdowns', 'hegemonism']) {
      expect(formedFromKnownWords(word, known), word).toBe(true);
    }
  });

  it('leaves misspellings flagged: wrong inflections of listed stems, short remainders, suffix-like halves', () => {
    for (const word of ['occured', 'begining', 'untill', 'publically', 'goverment', 'recieve', 'folloing']) {
      expect(formedFromKnownWords(word, known), word).toBe(false);
    }
  });
});
