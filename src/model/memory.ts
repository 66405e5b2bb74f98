import type { Inline, Memory, MemoryFile, Segment, Unit, UnitGroup } from './types.js';

export function isGroup(item: Unit | UnitGroup): item is UnitGroup {
  return 'items' in item;
}

/** Every unit of a memory file, groups flattened, in document order. */
export function unitsOfFile(file: MemoryFile): Unit[] {
  const units: Unit[] = [];
  const walk = (items: Array<Unit | UnitGroup>): void => {
    for (const item of items) {
      if (isGroup(item)) walk(item.items);
      else units.push(item);
    }
  };
  walk(file.items);
  return units;
}

/** Every unit of a memory with the file it belongs to, in document order. */
export function allUnits(memory: Memory): Array<{ file: MemoryFile; unit: Unit }> {
  return memory.files.flatMap((file) => unitsOfFile(file).map((unit) => ({ file, unit })));
}

/** Plain text of inline content: codes are dropped, the text inside paired codes is kept. */
export function inlineText(content: readonly Inline[] | undefined): string {
  if (!content) return '';
  let text = '';
  for (const part of content) {
    if (typeof part === 'string') text += part;
    else if (part.content && !NATIVE_CODE_KINDS.has(part.kind)) text += inlineText(part.content);
  }
  return text;
}

/** Codes whose content is the original format's markup (TMX/1.2 `bpt`…), not translatable text. */
export const NATIVE_CODE_KINDS: ReadonlySet<string> = new Set(['bpt', 'ept', 'it', 'ph', 'ut', 'bx', 'ex', 'x']);

function segmentsText(segments: readonly Segment[], side: 'source' | 'target'): string {
  return segments
    .filter((segment) => side === 'source' || !segment.ignorable || segment.target)
    .map((segment) => inlineText(side === 'source' ? segment.source : (segment.target ?? (segment.ignorable ? segment.source : []))))
    .join('');
}

export function unitSourceText(unit: Unit): string {
  return segmentsText(unit.segments, 'source');
}

export function unitTargetText(unit: Unit): string {
  return segmentsText(unit.segments, 'target');
}

/** Whether any non-ignorable segment of the unit has a target element. */
export function unitHasTarget(unit: Unit): boolean {
  return unit.segments.some((segment) => !segment.ignorable && segment.target !== undefined);
}
