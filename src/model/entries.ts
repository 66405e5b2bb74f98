import type { Memory, Unit } from './types.js';
import { unitHasTarget, unitsOfFile, unitSourceText, unitTargetText } from './memory.js';

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
    const units = new UnitEntries(file);
    for (const unit of unitsOfFile(memoryFile)) {
      const entry = units.add(unit);
      if (entry) entries.push(entry);
    }
    const last = units.end();
    if (last) entries.push(last);
  }
  return entries;
}

/**
 * Entries of the units of one memory file, made as the units come: a unit's context is its
 * neighbours' sources, so its entry is ready once the next unit is known. A streaming reader
 * thus holds two units, never the file.
 */
export class UnitEntries {
  private previousSource: string | undefined;
  private pending: { unit: Unit; source: string } | undefined;

  constructor(private readonly file: string) {}

  /** Takes the next unit; gives the entry of the one before it, if that one is translated. */
  add(unit: Unit): TmEntry | undefined {
    const source = unitSourceText(unit).trim();
    const entry = this.finishPending(source);
    this.pending = { unit, source };
    return entry;
  }

  /** The entry of the file's last unit, if translated; the next unit added starts a new file. */
  end(): TmEntry | undefined {
    const entry = this.finishPending(undefined);
    this.previousSource = undefined;
    return entry;
  }

  private finishPending(nextSource: string | undefined): TmEntry | undefined {
    if (!this.pending) return undefined;
    const { unit, source } = this.pending;
    const previousSource = this.previousSource;
    this.previousSource = source;
    this.pending = undefined;
    if (!unitHasTarget(unit)) return undefined;
    const target = unitTargetText(unit).trim();
    if (source === '' || target === '') return undefined;
    const entry: TmEntry = { source, target, origin: `${this.file}#${unit.id}` };
    const previous = unit.context?.previous ?? previousSource;
    const next = unit.context?.next ?? nextSource;
    if (previous) entry.previous = previous;
    if (next) entry.next = next;
    const changed = unit.changed ?? unit.created;
    if (changed) entry.changed = changed;
    return entry;
  }
}

/** Entries by number: an array, or a table that decodes each entry only when asked. */
export interface EntryList {
  readonly length: number;
  at(index: number): TmEntry | undefined;
}
