import { UnitEntries, type TmEntry } from '../model/entries.js';
import { isGroup } from '../model/memory.js';
import type { MemoryFile, Unit, UnitGroup } from '../types.js';

/** A unit as stored: the whole unit as JSON for export, its lookup entry as columns for the index. */
export interface UnitRow {
  unitId: string;
  /** The groups around the unit, outermost first, without their items: JSON, or null outside any group. */
  groups: string | null;
  unit: string;
  entry: TmEntry | undefined;
}

type GroupHeader = Omit<UnitGroup, 'items'>;

/** The rows of one memory file in document order, with the same entries the file's lookup would make. */
export function unitRows(file: MemoryFile, fileName: string): UnitRow[] {
  const rows: UnitRow[] = [];
  const entries = new UnitEntries(fileName);
  // An entry is known once the next unit is: it belongs to the unit before.
  const settle = (entry: TmEntry | undefined) => {
    if (entry) rows[rows.length - 1].entry = entry;
  };
  const walk = (items: Array<Unit | UnitGroup>, groups: GroupHeader[]): void => {
    for (const item of items) {
      if (isGroup(item)) {
        const { items: inner, ...header } = item;
        walk(inner, [...groups, header]);
        continue;
      }
      const entry = entries.add(item);
      if (rows.length > 0) settle(entry);
      rows.push({ unitId: item.id, groups: groups.length > 0 ? JSON.stringify(groups) : null, unit: JSON.stringify(item), entry: undefined });
    }
  };
  walk(file.items, []);
  if (rows.length > 0) settle(entries.end());
  return rows;
}

/** The header of a memory file: everything but its items. */
export function fileHeader(file: MemoryFile): string {
  return JSON.stringify({ ...file, items: undefined });
}

/** A memory file again from its header and its rows in order, groups rebuilt around their units. */
export function fileFromRows(header: string, rows: Iterable<{ groups: string | null; unit: string }>): MemoryFile {
  const file = { ...(JSON.parse(header) as Omit<MemoryFile, 'items'>), items: [] } as MemoryFile;
  // Open groups, outermost first, each with the JSON of its header to recognise it.
  const open: Array<{ key: string; group: UnitGroup }> = [];
  for (const row of rows) {
    const headers = row.groups === null ? [] : (JSON.parse(row.groups) as GroupHeader[]);
    const keys = headers.map((each) => JSON.stringify(each));
    let shared = 0;
    while (shared < open.length && shared < keys.length && open[shared].key === keys[shared]) shared++;
    open.length = shared;
    for (let depth = shared; depth < headers.length; depth++) {
      const group: UnitGroup = { ...headers[depth], items: [] };
      (depth === 0 ? file.items : open[depth - 1].group.items).push(group);
      open.push({ key: keys[depth], group });
    }
    (open.length === 0 ? file.items : open[open.length - 1].group.items).push(JSON.parse(row.unit) as Unit);
  }
  return file;
}

/** A confirmed segment as a unit of its own. */
export function confirmedUnit(fields: { id: string; source: string; target: string; previous?: string; next?: string; note?: string }, now: string): Unit {
  const unit: Unit = {
    id: fields.id,
    segments: [{ source: [fields.source], target: [fields.target], state: 'final' }],
    notes: fields.note ? [{ text: fields.note }] : [],
    metadata: {},
    changed: now,
  };
  if (fields.previous !== undefined || fields.next !== undefined) unit.context = { previous: fields.previous, next: fields.next };
  return unit;
}
