import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bruteForceLookup, concordance, type TmEntry, lookup, NgramIndex } from '../../src/tm/index.js';
import { deserializeIndex, serializeIndex } from '../../src/tm/index-store.js';

const entries: TmEntry[] = [
  { source: '双方举行了会谈。', target: 'The two sides held talks.', origin: 'a.xlf#u1', previous: '会谈开始。', next: '会谈结束。' },
  { source: '双方举行了友好会谈。', target: 'The two sides held friendly talks.', origin: 'a.xlf#u2' },
  { source: '中方愿同朝方加强合作。', target: 'China is ready to strengthen cooperation with the DPRK.', origin: 'a.xlf#u3' },
  { source: 'The meeting was held in Beijing.', target: '会议在北京举行。', origin: 'b.tmx#tu1' },
];
const index = NgramIndex.build(entries.map((entry) => entry.source));

describe('lookup', () => {
  it('finds exact, in-context and fuzzy matches, best first, with a diff', () => {
    const [exact, fuzzy] = lookup(entries, index, '双方举行了会谈。', { minScore: 70, limit: 5 });
    expect(exact).toMatchObject({ score: 100, target: 'The two sides held talks.', origin: 'a.xlf#u1' });
    expect(fuzzy.score).toBeLessThan(100);
    expect(fuzzy.diff).toEqual([[0, '双方举行了'], [1, '友好'], [0, '会谈。']]);
    const [inContext] = lookup(entries, index, '双方举行了会谈。', { minScore: 70, limit: 1, context: { previous: '会谈开始。', next: '会谈结束。' } });
    expect(inContext.score).toBe(101);
  });

  it('respects the minimum score and the limit', () => {
    expect(lookup(entries, index, '完全无关的句子。', { minScore: 70, limit: 5 })).toEqual([]);
    expect(lookup(entries, index, '双方举行了会谈。', { minScore: 50, limit: 1 })).toHaveLength(1);
  });

  it('finds what an exhaustive scan finds', () => {
    const words = ['双方', '举行', '会谈', '友好', '合作', '北京', '中方', '朝方'];
    const sentence = fc.array(fc.constantFrom(...words), { minLength: 2, maxLength: 6 }).map((parts) => `${parts.join('')}。`);
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 40 }), sentence, (sources, query) => {
        const memory = sources.map((source, i) => ({ source, target: `t${i}`, origin: `m#${i}` }));
        const best = bruteForceLookup(memory, query, 70)[0];
        const found = lookup(memory, NgramIndex.build(sources), query, { minScore: 70, limit: 1 })[0];
        expect(found?.score).toBe(best?.score);
      }),
      { numRuns: 200 },
    );
  });

  it('stores and restores the index under the content hash only', () => {
    const bytes = serializeIndex('abc', entries, index);
    const restored = deserializeIndex(bytes, 'abc')!;
    expect(restored.entries).toEqual(entries);
    expect(lookup(restored.entries, restored.index, '中方愿同朝方加强合作。', { minScore: 70, limit: 1 })[0].score).toBe(100);
    expect(deserializeIndex(bytes, 'other')).toBeUndefined();
    expect(deserializeIndex(new Uint8Array([1, 2, 3]), 'abc')).toBeUndefined();
  });
});

describe('concordance', () => {
  it('finds one-character Chinese terms and English words in context', () => {
    expect(concordance(entries, '朝', 'source').map((hit) => [hit.before, hit.match, hit.after])).toEqual([['中方愿同', '朝', '方加强合作。']]);
    expect(concordance(entries, 'talks', 'target')).toHaveLength(2);
    expect(concordance(entries, 'BEIJING', 'both')[0].match).toBe('Beijing');
  });
});
