import type { Memory } from '../types.js';
import { allUnits, unitHasTarget, unitSourceText, unitTargetText } from './memory.js';

/** A translation as the memory engine serves it. */
export interface TmEntry {
  source: string;
  target: string;
  /** `FILE#UNIT`. */
  origin: string;
  previous?: string;
  next?: string;
  changed?: string;
}

/** The translated units of a memory, each with its neighbours' sources as context. */
export function memoryEntries(memory: Memory, file: string): TmEntry[] {
  const entries: TmEntry[] = [];
  for (const memoryFile of memory.files) {
    const units = allUnits({ ...memory, files: [memoryFile] }).map(({ unit }) => unit);
    units.forEach((unit, index) => {
      if (!unitHasTarget(unit)) return;
      const source = unitSourceText(unit).trim();
      const target = unitTargetText(unit).trim();
      if (source === '' || target === '') return;
      const entry: TmEntry = { source, target, origin: `${file}#${unit.id}` };
      const previous = unit.context?.previous ?? (index > 0 ? unitSourceText(units[index - 1]).trim() : undefined);
      const next = unit.context?.next ?? (index + 1 < units.length ? unitSourceText(units[index + 1]).trim() : undefined);
      if (previous) entry.previous = previous;
      if (next) entry.next = next;
      const changed = unit.changed ?? unit.created;
      if (changed) entry.changed = changed;
      entries.push(entry);
    });
  }
  return entries;
}

/** Entries by number: an array, or a table that decodes each entry only when asked. */
export interface EntryList {
  readonly length: number;
  at(index: number): TmEntry | undefined;
}
