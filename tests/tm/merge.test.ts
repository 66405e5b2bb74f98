import { describe, expect, it } from 'vitest';
import { memoryStats, mergeMemories, unitTargetText, allUnits } from '../../src/tm/index.js';
import type { Memory, Unit } from '../../src/types.js';

const unit = (id: string, source: string, target: string, changed?: string): Unit => ({
  id,
  segments: [{ source: [source], target: [target], state: 'translated' }],
  notes: [],
  metadata: {},
  ...(changed ? { changed } : {}),
});
const memory = (...units: Unit[]): Memory => ({ srcLang: 'zh', trgLang: 'en', files: [{ id: 'f', original: 'm.tmx', items: units, notes: [], metadata: {} }] });

describe('mergeMemories', () => {
  it('keeps one unit per source and target, the newest, in the place of the first', () => {
    const older = memory(unit('a', '你好。', 'Hello.', '2023-01-01T00:00:00Z'), unit('b', '再见。', 'Goodbye.'));
    const newer = memory(unit('a', '你好。', 'Hello.', '2024-01-01T00:00:00Z'), unit('c', '你好。', 'Hi.'));
    const result = mergeMemories([older, newer]);
    expect(result).toMatchObject({ units: 4, duplicates: 1, replaced: 1 });
    const units = allUnits(result.memory).map(({ unit: kept }) => kept);
    expect(units.map(unitTargetText)).toEqual(['Hello.', 'Goodbye.', 'Hi.']);
    expect(units[0].changed).toBe('2024-01-01T00:00:00Z');
    expect(new Set(units.map((kept) => kept.id)).size).toBe(3);
  });

  it('counts units, states, characters and words', () => {
    expect(memoryStats(memory(unit('a', '你好。', 'Hello there.')))).toMatchObject({ units: 1, translated: 1, states: { translated: 1 }, sourceCharacters: 2, targetWords: 2 });
  });
});
