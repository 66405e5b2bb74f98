import { chineseCharacterCount, englishWordCount } from './analysis.js';
import type { Memory, Unit } from '../model/types.js';
import { allUnits, unitSourceText, unitTargetText } from '../model/memory.js';

export interface MergeResult {
  memory: Memory;
  units: number;
  /** Units dropped because a unit with the same source and target was kept. */
  duplicates: number;
  /** Units whose newer copy replaced an older one. */
  replaced: number;
}

/**
 * One memory from several, deduplicated on source + target: of equal pairs the newest
 * (changed, else created) is kept, in the position of the first. Units keep notes and states.
 */
export function mergeMemories(memories: readonly Memory[], srcLang?: string, trgLang?: string): MergeResult {
  const kept = new Map<string, Unit>();
  const order: string[] = [];
  let duplicates = 0;
  let replaced = 0;
  let total = 0;
  for (const memory of memories) {
    for (const { unit, file } of allUnits(memory)) {
      total++;
      const source = unitSourceText(unit).trim();
      // A unit without source text (English kept in a note) is identified by its notes.
      const key = `${source}\u0000${unitTargetText(unit).trim()}${source === '' ? `\u0000${unit.notes.map((note) => note.text).join('\u0000')}` : ''}`;
      const previous = kept.get(key);
      const copy: Unit = { ...unit, origin: unit.origin ?? `${file.original ?? file.id}#${unit.id}` };
      if (!previous) {
        kept.set(key, copy);
        order.push(key);
        continue;
      }
      duplicates++;
      if (timestamp(copy) > timestamp(previous)) {
        kept.set(key, copy);
        replaced++;
      }
    }
  }
  const ids = new Set<string>();
  const units = order.map((key, index) => {
    const unit = kept.get(key)!;
    const id = ids.has(unit.id) ? `u${index + 1}` : unit.id;
    ids.add(id);
    return id === unit.id ? unit : { ...unit, id };
  });
  const first = memories[0];
  return {
    memory: {
      srcLang: srcLang ?? first?.srcLang ?? 'zh',
      trgLang: trgLang ?? first?.trgLang ?? 'en',
      files: [{ id: 'f1', original: 'merged', items: units, notes: [], metadata: {} }],
    },
    units: total,
    duplicates,
    replaced,
  };
}

function timestamp(unit: Unit): string {
  return unit.changed ?? unit.created ?? '';
}

export interface MemoryStats {
  files: number;
  units: number;
  translated: number;
  states: Record<string, number>;
  sourceCharacters: number;
  targetWords: number;
  srcLang: string;
  trgLang?: string;
}

export function memoryStats(memory: Memory): MemoryStats {
  const units = allUnits(memory).map(({ unit }) => unit);
  const states: Record<string, number> = {};
  let translated = 0;
  let sourceCharacters = 0;
  let targetWords = 0;
  for (const unit of units) {
    const target = unitTargetText(unit);
    if (unit.segments.some((segment) => segment.target !== undefined) && target.trim() !== '') translated++;
    for (const segment of unit.segments) if (!segment.ignorable) states[segment.state ?? 'none'] = (states[segment.state ?? 'none'] ?? 0) + 1;
    sourceCharacters += chineseCharacterCount(unitSourceText(unit));
    targetWords += englishWordCount(target);
  }
  return { files: memory.files.length, units: units.length, translated, states, sourceCharacters, targetWords, srcLang: memory.srcLang, trgLang: memory.trgLang };
}
