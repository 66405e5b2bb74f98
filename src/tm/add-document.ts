import type { Memory, MemoryFile } from '../model/types.js';
import { isGroup, unitsOfFile } from '../model/memory.js';

export interface AddDocumentResult {
  memory: Memory;
  /** Whether units of the same source document were there and were replaced. */
  replaced: boolean;
}

/**
 * Adds an aligned document pair to a memory, which keeps every file and unit it had. The pair
 * goes in as its own file; a file from the same source document (same `original`) is replaced in
 * place, keeping its id. A memory without files (TMX, which flattens them) loses instead the units
 * whose origin is that document, and the new file goes last, its unit ids kept apart from the others.
 */
export function addDocument(memory: Memory, document: MemoryFile): AddDocumentResult {
  const original = document.original ?? document.id;
  const position = memory.files.findIndex((file) => file.original === original);
  if (position >= 0) {
    const files = memory.files.map((file, index) => (index === position ? { ...document, id: file.id } : file));
    return { memory: { ...memory, files }, replaced: true };
  }
  let replaced = false;
  const files = memory.files.map((file) => {
    const items = file.items.filter((item) => isGroup(item) || !item.origin?.startsWith(`${original}#`));
    if (items.length === file.items.length) return file;
    replaced = true;
    return { ...file, items };
  });
  const ids = new Set(files.map((file) => file.id));
  let number = files.length + 1;
  while (ids.has(`f${number}`)) number++;
  const id = `f${number}`;
  return { memory: { ...memory, files: [...files, { ...document, id, items: memory.format === 'tmx' ? uniqueUnitIds(files, document.items, id) : document.items }] }, replaced };
}

/** TMX keeps no files, so a unit id already taken in another file gets the new file's id in front. */
function uniqueUnitIds(files: readonly MemoryFile[], items: MemoryFile['items'], fileId: string): MemoryFile['items'] {
  const taken = new Set(files.flatMap(unitsOfFile).map((unit) => unit.id));
  return items.map((item) => (isGroup(item) || !taken.has(item.id) ? item : { ...item, id: `${fileId}-${item.id}` }));
}
