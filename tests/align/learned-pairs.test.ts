import { describe, expect, it } from 'vitest';
import type { SentenceFeatures } from '../../src/align/features.js';
import { learnPairs } from '../../src/align/learned-pairs.js';
import type { Bead } from '../../src/types.js';

function features(lemmas: number[][]): SentenceFeatures {
  const count = lemmas.length;
  return {
    lengths: new Float64Array(count).fill(10),
    lemmas: lemmas.map((ids) => Int32Array.from(ids).sort()),
    words: lemmas.map(() => []),
    lemmaPositions: lemmas.map((ids) => new Float32Array(ids.length)),
    wordCounts: new Float64Array(count),
    numbers: lemmas.map(() => []),
    questions: new Uint8Array(count),
    boilerplate: new Uint8Array(count),
    speech: new Uint8Array(count),
  };
}

const oneToOne = (count: number, score: number): Bead[] => Array.from({ length: count }, (_, i) => ({ source: [i], target: [i], score }));

// English lemma 7 is the name the dictionary cannot link to 约拿; 1…4 are other words.
const CHINESE = ['约拿起来了。', '他们看见约拿。', '约拿说话。', '天下雨了。', '约拿走了。'];
const ENGLISH = [[7, 1], [7, 2], [7, 3], [4], [7]];

describe('learnPairs', () => {
  it('links a name to the characters it keeps meeting in confident beads', () => {
    const source = features(CHINESE.map(() => []));
    const gained = learnPairs(CHINESE, source, features(ENGLISH), oneToOne(5, 0.9)).sentences;
    expect(gained).toBe(4);
    expect([...source.lemmas[1]]).toContain(7);
    expect([...source.lemmas[3]]).not.toContain(7);
  });

  it('does not learn a common word along with the name it stands next to', () => {
    const chinese = ['他说约拿来了。', '他见约拿。', '约拿和他走了。', '他睡了。', '他吃饭。'];
    const source = features(chinese.map(() => []));
    learnPairs(chinese, source, features([[7], [7], [7], [4], [5]]), oneToOne(5, 0.9));
    expect([...source.lemmas[0]]).toContain(7);
    expect([...source.lemmas[3]]).not.toContain(7);
  });

  it('learns nothing from beads it is unsure of', () => {
    const source = features(CHINESE.map(() => []));
    expect(learnPairs(CHINESE, source, features(ENGLISH), oneToOne(5, 0.3)).sentences).toBe(0);
  });

  it('adds nothing the dictionary already links', () => {
    const source = features(CHINESE.map((sentence) => (sentence.includes('约拿') ? [7] : [])));
    expect(learnPairs(CHINESE, source, features(ENGLISH), oneToOne(5, 0.9)).sentences).toBe(0);
  });
});
