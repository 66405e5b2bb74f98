import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bruteForceLookup, concordance, EntryTable, type TmEntry, lookup, matchScore, NgramIndex } from '../../src/tm/index.js';
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

  it('finds the same best matches as an exhaustive scan of a few thousand units', () => {
    const next = random(11);
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
    const words = ['双方', '举行', '会谈', '友好', '合作', '北京', '中方', '朝方', '加强', '经济', '发展', '今年', '三月', '，', '。'];
    const sentence = () => Array.from({ length: 4 + Math.floor(next() * 10) }, () => pick(words)).join('');
    const sources = Array.from({ length: 2000 }, sentence);
    const memory = EntryTable.from(sources.map((source, i) => ({ source, target: `t${i}`, origin: `m#${i}` })));
    const memoryIndex = NgramIndex.build(sources);
    for (let q = 0; q < 200; q++) {
      const base = pick(sources);
      const query = q % 3 === 0 ? base : `${base.slice(0, 3)}${pick(words)}${base.slice(3 + (q % 2))}`;
      const exhaustive = bruteForceLookup(memory, query, 70);
      // Every candidate allowed: this checks the bounds and the early stop, not the cap.
      const found = lookup(memory, memoryIndex, query, { minScore: 70, limit: 3, candidates: memory.length });
      expect(found.map((match) => match.score)).toEqual(dedupedScores(memory, exhaustive).slice(0, 3));
    }
  });

  it('bounds every candidate by at least its score', () => {
    const piece = fc.constantFrom('双方', '举行', '会谈', '友好', '。', '，', '30', 'The', 'talks', "don't", 'dont', ' ', '.', '<b>');
    const sentence = fc.array(piece, { minLength: 1, maxLength: 10 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 30 }), sentence, fc.integer({ min: 1, max: 100 }), (sources, query, minScore) => {
        for (const { entry, bound } of NgramIndex.build(sources).candidates(query, minScore, 1000)) expect(bound).toBeGreaterThanOrEqual(matchScore(query, sources[entry]));
      }),
      { numRuns: 500 },
    );
  });

  it('stores and restores the index under the content hash only', () => {
    const bytes = Buffer.concat(serializeIndex('abc', EntryTable.from(entries), index));
    const restored = deserializeIndex(bytes, 'abc');
    if (typeof restored === 'string') throw new Error(restored);
    expect(Array.from({ length: restored.entries.length }, (_, i) => restored.entries.at(i))).toEqual(entries);
    expect(lookup(restored.entries, restored.index, '中方愿同朝方加强合作。', { minScore: 70, limit: 1 })[0].score).toBe(100);
    expect(deserializeIndex(bytes, 'other')).toBe('stale');
    expect(deserializeIndex(new Uint8Array([1, 2, 3]), 'abc')).toBe('damaged');
  });

  it('refuses a damaged index whole: any changed byte that is read, a cut, or arrays that do not fit together', () => {
    const bytes = Buffer.concat(serializeIndex('abc', EntryTable.from(entries), index));
    const headerEnd = 12 + bytes.readUInt32LE(8);
    for (let at = headerEnd; at < bytes.length; at += 7) {
      const damaged = Buffer.from(bytes);
      damaged[at] ^= 0x41;
      const result = deserializeIndex(damaged, 'abc');
      // Only the padding between arrays may change unnoticed: it is never read.
      if (result !== 'damaged') expect(result === 'stale' ? result : result.index.parts(), `byte ${at}`).toEqual(index.parts());
    }
    for (const length of [0, 11, headerEnd - 5, headerEnd + 3, bytes.length - 1]) expect(deserializeIndex(bytes.subarray(0, length), 'abc')).toBe('damaged');
    // Consistent checksums over inconsistent arrays: every slot taken (a search would never end), postings out of range.
    const parts = index.parts();
    const full = new NgramIndex({ ...parts, slots: parts.slots.map(() => 1) });
    expect(deserializeIndex(Buffer.concat(serializeIndex('abc', EntryTable.from(entries), full)), 'abc')).toBe('damaged');
    const outOfRange = new NgramIndex({ ...parts, postings: parts.postings.map(() => 1_000_000) });
    expect(deserializeIndex(Buffer.concat(serializeIndex('abc', EntryTable.from(entries), outOfRange)), 'abc')).toBe('damaged');
  });
});

/** Deterministic, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

/** The scores an exhaustive scan shows: one per distinct source and target. */
function dedupedScores(memory: EntryTable, matches: Array<{ score: number; entry: number }>): number[] {
  const seen = new Set<string>();
  return matches.flatMap(({ score, entry }) => {
    const { source, target } = memory.at(entry)!;
    const key = `${source}\u0000${target}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [score];
  });
}

describe('concordance', () => {
  it('finds one-character Chinese terms and English words in context', () => {
    expect(concordance(entries, '朝', 'source').map((hit) => [hit.before, hit.match, hit.after])).toEqual([['中方愿同', '朝', '方加强合作。']]);
    expect(concordance(entries, 'talks', 'target')).toHaveLength(2);
    expect(concordance(entries, 'BEIJING', 'both')[0].match).toBe('Beijing');
  });
});
