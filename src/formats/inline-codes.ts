/**
 * Inline codes from one format written in another: XLIFF 2 `ph pc sc ec`, XLIFF 1.2 `x g bx ex`
 * and TMX `ph bpt ept it` say the same things with different elements. Used by the writers when
 * a memory read from one format is written in another; a code's id is kept.
 */
import type { Inline, InlineCode } from '../model/types.js';
import { UniqueIds } from './unique-ids.js';
import { localName } from '../xml/xml.js';
import { walkCodes } from '../model/inline.js';

export type CodeDialect = 'xliff2' | 'xliff12' | 'tmx';

function attribute(code: InlineCode, ...names: string[]): string | undefined {
  for (const name of names) {
    const found = code.attrs.find(([key]) => key === name);
    if (found) return found[1];
  }
  return code.id;
}

function make(kind: string, attrs: Array<[string, string]>, content?: Inline[]): InlineCode {
  const code: InlineCode = { kind, attrs };
  const id = attrs.find(([key]) => key === 'id')?.[1];
  if (id !== undefined) code.id = id;
  if (content && content.length > 0) code.content = content;
  return code;
}

/**
 * The content with every code in the target dialect's elements; text is untouched. Codes of a
 * memory built in code (no format) are taken as XLIFF 2's.
 */
export function convertCodes(content: readonly Inline[], dialect: CodeDialect, from: string | undefined): Inline[] {
  if ((from ?? 'xliff2') === dialect || !content.some((part) => typeof part !== 'string')) return [...content];
  let counter = 0;
  const convert = (parts: readonly Inline[]): Inline[] => {
    const converted: Inline[] = [];
    for (const part of parts) {
      if (typeof part === 'string' || part.kind === '!--') {
        converted.push(part);
        continue;
      }
      const kind = localName(part.kind);
      const id = attribute(part, 'id', 'x', 'i', 'rid', 'startRef') ?? String(++counter);
      const role = PAIRED.has(kind) ? 'paired' : OPENING.has(kind) ? 'opening' : CLOSING.has(kind) ? 'closing' : 'placeholder';
      const inner = part.content && !OPAQUE_CONTENT.has(kind) ? convert(part.content) : undefined;
      switch (dialect) {
        case 'xliff2':
          if (role === 'paired') converted.push(make('pc', [['id', id]], inner));
          else if (role === 'opening') converted.push(make('sc', [['id', id]]));
          else if (role === 'closing') converted.push(make('ec', [['startRef', id]]));
          else converted.push(make('ph', [['id', id]]));
          break;
        case 'xliff12':
          if (role === 'paired') converted.push(make('g', [['id', id]], inner));
          else if (role === 'opening') converted.push(make('bx', [['id', id]]));
          else if (role === 'closing') converted.push(make('ex', [['id', id]]));
          else converted.push(make('x', [['id', id]]));
          break;
        case 'tmx': {
          const number = /^\d+$/.test(id) ? id : String(++counter);
          if (role === 'paired') converted.push(make('bpt', [['i', number], ['x', number]]), ...(inner ?? []), make('ept', [['i', number]]));
          else if (role === 'opening') converted.push(make('bpt', [['i', number], ['x', number]]));
          else if (role === 'closing') converted.push(make('ept', [['i', number]]));
          else converted.push(make('ph', [['x', number]]));
        }
      }
    }
    return converted;
  };
  return convert(content);
}

/** Codes that enclose content, open a span, or close one, in any of the three dialects. */
const PAIRED: ReadonlySet<string> = new Set(['pc', 'g', 'mrk', 'hi']);
const OPENING: ReadonlySet<string> = new Set(['sc', 'bx', 'bpt']);
const CLOSING: ReadonlySet<string> = new Set(['ec', 'ex', 'ept']);
/** Codes whose content is the native code or a sub-flow, not translatable text around codes. */
const OPAQUE_CONTENT: ReadonlySet<string> = new Set(['bpt', 'ept', 'it', 'ph', 'ut', 'sub']);

const XLIFF2_ID_KINDS = new Set(['ph', 'pc', 'sc', 'mrk', 'sm']);

/**
 * The codes of one XLIFF 2 unit made valid: ids unique in the unit (among segment ids too), the
 * n-th code with an id in the target keeping the id given to the n-th in the source, every `ec`
 * closing an `sc` and an unpaired code marked `isolated="yes"`. Used when a memory from another
 * format is written as XLIFF 2, where repeated or unpaired codes are common. Returns new content.
 */
export function repairXliff2Codes(segmentIds: ReadonlyArray<string | undefined>, sides: { source: Inline[][]; target: Array<Inline[] | undefined> }): { source: Inline[][]; target: Array<Inline[] | undefined> } {
  if (validXliff2Codes(segmentIds, sides)) return sides;
  const used = new UniqueIds(segmentIds.filter((id): id is string => id !== undefined));
  const sourceIds = new Map<string, string>();
  const fresh = (id: string) => used.claim(id);
  const repairSide = (side: 'source' | 'target', contents: Array<Inline[] | undefined>) => {
    const occurrences = new Map<string, number>();
    const sideIds = new Set<string>();
    const open = new Map<string, InlineCode[]>();
    const rewrite = (parts: readonly Inline[]): Inline[] =>
      parts.map((part) => {
        if (typeof part === 'string') return part;
        const kind = localName(part.kind);
        const code: InlineCode = { ...part, attrs: [...part.attrs] };
        if (part.content) code.content = rewrite(part.content);
        if (XLIFF2_ID_KINDS.has(kind) && part.id !== undefined) {
          const occurrence = occurrences.get(part.id) ?? 0;
          occurrences.set(part.id, occurrence + 1);
          const key = `${part.id}\u0000${occurrence}`;
          let id = side === 'target' ? sourceIds.get(key) : undefined;
          if (id === undefined || sideIds.has(id)) id = fresh(part.id);
          if (side === 'source') sourceIds.set(key, id);
          sideIds.add(id);
          setId(code, 'id', id);
          if (kind === 'sc' && attributeValue(part, 'isolated') !== 'yes') open.set(part.id, [...(open.get(part.id) ?? []), code]);
        } else if (kind === 'ec' && attributeValue(part, 'isolated') !== 'yes') {
          const startRef = attributeValue(part, 'startRef') ?? '';
          const start = open.get(startRef)?.pop();
          if (start) setId(code, 'startRef', start.id!);
          else {
            code.id = fresh(startRef || 'ec');
            code.attrs = [['id', code.id], ...code.attrs.filter(([name]) => name !== 'startRef' && name !== 'id'), ['isolated', 'yes']];
          }
        }
        return code;
      });
    const repaired = contents.map((content) => (content === undefined ? undefined : rewrite(content)));
    for (const unclosed of open.values()) for (const code of unclosed) code.attrs.push(['isolated', 'yes']);
    return repaired;
  };
  const source = repairSide('source', sides.source) as Inline[][];
  return { source, target: repairSide('target', sides.target) };
}

/**
 * Whether the codes already are what `repairXliff2Codes` makes them, checked without copying
 * anything: most memories need no repair, and some hold a million codes in a unit.
 */
function validXliff2Codes(segmentIds: ReadonlyArray<string | undefined>, sides: { source: Inline[][]; target: Array<Inline[] | undefined> }): boolean {
  const segments = new Set(segmentIds);
  const sourceIds = new Set<string>();
  const sideValid = (contents: Array<Inline[] | undefined>, ids: Set<string>): boolean => {
    const open = new Map<string, number>();
    for (const content of contents) {
      for (const code of walkCodes(content ?? [])) {
        const kind = localName(code.kind);
        const isolated = attributeValue(code, 'isolated') === 'yes';
        if (XLIFF2_ID_KINDS.has(kind) && code.id !== undefined) {
          if (ids.has(code.id) || segments.has(code.id) || attributeValue(code, 'id') !== code.id) return false;
          ids.add(code.id);
          if (kind === 'sc' && !isolated) open.set(code.id, (open.get(code.id) ?? 0) + 1);
        } else if (kind === 'ec' && !isolated) {
          const startRef = attributeValue(code, 'startRef') ?? '';
          const opened = open.get(startRef) ?? 0;
          if (opened === 0) return false;
          open.set(startRef, opened - 1);
        }
      }
    }
    for (const count of open.values()) if (count > 0) return false;
    return true;
  };
  return sideValid(sides.source, sourceIds) && sideValid(sides.target, new Set());
}

function attributeValue(code: InlineCode, name: string): string | undefined {
  return code.attrs.find(([key]) => key === name)?.[1];
}

function setId(code: InlineCode, attribute: 'id' | 'startRef', value: string): void {
  const index = code.attrs.findIndex(([name]) => name === attribute);
  if (index === -1) code.attrs.push([attribute, value]);
  else code.attrs[index] = [attribute, value];
  if (attribute === 'id') code.id = value;
}
