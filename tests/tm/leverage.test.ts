import { describe, expect, it } from 'vitest';
import { leverage, mergeMemories, memoryStats, NgramIndex, type TmEntry } from '../../src/tm/index.js';
import { unitTargetText } from '../../src/model/memory.js';
import type { Memory, Unit } from '../../src/types.js';

const unit = (id: string, source: string, target?: string, changed?: string): Unit => ({
  id,
  segments: [{ source: [source], ...(target !== undefined ? { target: [target] } : {}) }],
  notes: [],
  metadata: {},
  ...(changed ? { changed } : {}),
});
const memory = (...units: Unit[]): Memory => ({ srcLang: 'zh', trgLang: 'en', files: [{ id: 'f', items: units, notes: [], metadata: {} }] });

const entries: TmEntry[] = [
  { source: '双方举行了会谈。', target: 'The two sides held talks.', origin: 'tm#1' },
  { source: '中方愿同朝方加强合作。', target: 'China is ready to strengthen cooperation with the DPRK.', origin: 'tm#2' },
];
const index = NgramIndex.build(entries.map((entry) => entry.source));

describe('leverage', () => {
  it('fills exact matches as translated, fuzzy ones for review, and leaves existing targets alone', () => {
    const document = memory(unit('1', '双方举行了会谈。'), unit('2', '中方愿同朝方加强交流。'), unit('3', '天气很好。'), unit('4', '双方举行了会谈。', 'Existing.'));
    const result = leverage(document, entries, index, { minScore: 75, overwrite: false });
    const units = result.memory.files[0].items as Unit[];
    expect(units[0].segments[0]).toMatchObject({ target: ['The two sides held talks.'], state: 'translated' });
    expect(units[1].segments[0].state).toBe('initial');
    expect(Number(units[1].metadata['tmkit:match-score'])).toBeGreaterThanOrEqual(75);
    expect(units[2].segments[0].target).toBeUndefined();
    expect(unitTargetText(units[3])).toBe('Existing.');
    expect(result.filled).toBe(2);
    expect(result.analysis['100'].units).toBe(1);
    expect(result.analysis.repetitions).toMatchObject({ units: 1, characters: 7, words: 5 });
    expect(result.analysis['no match']).toMatchObject({ units: 1, characters: 4 });
  });
});

describe('mergeMemories', () => {
  it('drops duplicates of source and target, keeping the newest copy', () => {
    const result = mergeMemories([
      memory(unit('a', '你好。', 'Hello.', '2024-01-01T00:00:00Z'), unit('b', '再见。', 'Bye.')),
      memory(unit('c', '你好。', 'Hello.', '2025-01-01T00:00:00Z'), unit('d', '你好。', 'Hi.')),
    ]);
    const units = result.memory.files[0].items as Unit[];
    expect(units.map((kept) => kept.id)).toEqual(['c', 'b', 'd']);
    expect(result).toMatchObject({ units: 4, duplicates: 1, replaced: 1 });
  });

  it('counts units, states, characters and words', () => {
    expect(memoryStats(memory(unit('a', '你好。', 'Hello there.'), unit('b', '再见。')))).toMatchObject({ units: 2, translated: 1, sourceCharacters: 4, targetWords: 2 });
  });
});
