/**
 * A memory made fit for writing in a format, so that what tmkit writes it can read back: the
 * languages the format needs, unit ids the format requires to be unique, and no text a writer
 * cannot represent (a control character is refused naming the unit, never written out raw).
 */
import { InputError } from '../errors.js';
import { isGroup } from '../model/memory.js';
import type { Inline, Memory, Note, Unit, UnitGroup } from '../model/types.js';
import { codePointName, firstIllegalChar } from '../xml/legal-text.js';
import { UniqueIds } from './unique-ids.js';

export interface WritableMemory {
  memory: Memory;
  /** How many units were given a new id because another unit had theirs. */
  renamedIds: number;
}

/**
 * Checks and repairs `memory` for the format `formatId` (`xliff2`, `xliff12`, `tmx`). The input
 * is not changed. TMX `tuid`s are unique in the whole file, XLIFF unit ids in their `<file>`.
 */
export function prepareForWriting(memory: Memory, formatId: string): WritableMemory {
  if (!memory.srcLang) throw new InputError('the memory has no source language, which every format requires');
  const trgLang = memory.trgLang || undefined;
  let seen = new UniqueIds();
  let renamedIds = 0;
  const files = memory.files.map((file) => {
    if (formatId !== 'tmx') seen = new UniqueIds();
    const items = mapUnits(file.items, (unit) => {
      checkUnitText(unit);
      if (trgLang === undefined && unit.segments.some((segment) => segment.target !== undefined)) {
        throw new InputError(`unit "${unit.id}" has a target but the memory has no target language (none in the file read)`);
      }
      const id = seen.claim(unit.id);
      if (id === unit.id) return unit;
      renamedIds++;
      return { ...unit, id };
    });
    return items === file.items ? file : { ...file, items };
  });
  return { memory: { ...memory, trgLang, files }, renamedIds };
}

/** The items with each unit replaced by `change(unit)`; groups are walked with an explicit stack. */
function mapUnits(items: Array<Unit | UnitGroup>, change: (unit: Unit) => Unit): Array<Unit | UnitGroup> {
  const mapped = (list: Array<Unit | UnitGroup>): Array<Unit | UnitGroup> => list.map((item) => (isGroup(item) ? { ...item, items: [] } : change(item)));
  const result = mapped(items);
  const pending: Array<[source: Array<Unit | UnitGroup>, copy: Array<Unit | UnitGroup>]> = [[items, result]];
  while (pending.length > 0) {
    const [source, copy] = pending.pop()!;
    source.forEach((item, index) => {
      if (!isGroup(item)) return;
      const group = copy[index] as UnitGroup;
      group.items = mapped(item.items);
      pending.push([item.items, group.items]);
    });
  }
  return result;
}

function checkUnitText(unit: Unit): void {
  const texts: string[] = [unit.id, unit.name ?? '', ...Object.keys(unit.metadata), ...Object.values(unit.metadata), ...unit.notes.flatMap(noteTexts)];
  for (const segment of unit.segments) {
    texts.push(segment.id ?? '');
    collectInlineTexts(segment.source, texts);
    if (segment.target) collectInlineTexts(segment.target, texts);
  }
  for (const text of texts) {
    const illegal = firstIllegalChar(text);
    if (illegal !== -1) throw new InputError(`unit "${unit.id}" holds the character ${codePointName(text, illegal)}, which XML cannot represent`);
  }
}

function noteTexts(note: Note): string[] {
  return [note.text, note.category ?? '', ...(note.attrs ?? []).flat()];
}

function collectInlineTexts(content: readonly Inline[], into: string[]): void {
  const pending: Array<readonly Inline[]> = [content];
  while (pending.length > 0) {
    for (const part of pending.pop()!) {
      if (typeof part === 'string') into.push(part);
      else {
        for (const [name, value] of part.attrs) into.push(name, value);
        if (part.content) pending.push(part.content);
      }
    }
  }
}
