import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../src/align/index.js';
import { chineseFeatures, englishFeatures, nameSpellings, TokenIds } from '../../src/align/features.js';

const lexicon = buildLexicon([['书', ['book']]]);

describe('sentence features', () => {
  it('gives a Chinese word the glosses of its characters too', () => {
    const small = buildLexicon([['实验室', ['laboratory']], ['室', ['room']], ['不大', ['not big']], ['大', ['big; large']]]);
    const features = chineseFeatures(['实验室不大。'], small, new TokenIds(small), nameSpellings([]));
    const lemmas = [...features.lemmas[0]].map((id) => [...small.lemmaIds].find(([, value]) => value === id)![0]);
    expect(lemmas.sort()).toEqual(['big', 'laboratory', 'larg', 'room']);
    expect(features.wordCounts[0]).toBe(2);
  });

  it('marks sentences that quote speech, not apostrophes', () => {
    const english = ["'Very well!' he replied.", 'Had enough?\u2019', '\u201cI agree,\u201d she said.', "He didn't know the miller's names.", 'It was four o\u2019clock.', "He met the Workers' Party delegation."];
    expect([...englishFeatures(english, new TokenIds(lexicon)).speech]).toEqual([1, 1, 1, 0, 0, 0]);
    const chinese = ['他道：\u201c好，你上来！\u201d', '不过你不是我对手。\u201d', '他笑了。'];
    expect([...chineseFeatures(chinese, lexicon, new TokenIds(lexicon), nameSpellings([])).speech]).toEqual([1, 1, 0]);
  });
});
