/**
 * Inline codes from one format written in another: XLIFF 2 `ph pc sc ec`, XLIFF 1.2 `x g bx ex`
 * and TMX `ph bpt ept it` say the same things with different elements. Used by the writers when
 * a memory read from one format is written in another; a code's id is kept.
 */
import type { Inline, InlineCode } from '../model/types.js';
import { UniqueIds } from './unique-ids.js';
import { localName } from '../xml/xml.js';

export type CodeDialect = 'xliff2' | 'xliff12' | 'tmx';

function attribute(code: InlineCode, ...names: string[]): string | undefined {
  for (const name of names) {
    const found = code.attrs.find(([key]) => key === name);
    if (found) return found[1];
  }
  return code.id;
}

function make(kind: string, attrs: Array<[string, string | undefined]>, content?: Inline[]): InlineCode {
  const kept = attrs.filter((pair): pair is [string, string] => pair[1] !== undefined);
  const code: InlineCode = { kind, attrs: kept };
  const id = kept.find(([key]) => key === 'id')?.[1];
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
  const convert = (parts: readonly Inline[]): Inline[] =>
    parts.flatMap((part): Inline[] => {
      if (typeof part === 'string' || part.kind === '!--') return [part];
      const kind = localName(part.kind);
      const id = attribute(part, 'id', 'x', 'i', 'rid', 'startRef') ?? String(++counter);
      const paired = ['pc', 'g', 'mrk', 'hi'].includes(kind);
      const opening = ['sc', 'bx', 'bpt'].includes(kind);
      const closing = ['ec', 'ex', 'ept'].includes(kind);
      const inner = part.content && !['bpt', 'ept', 'it', 'ph', 'ut', 'sub'].includes(kind) ? convert(part.content) : undefined;
      switch (dialect) {
        case 'xliff2':
          if (paired) return [make('pc', [['id', id]], inner)];
          if (opening) return [make('sc', [['id', id]])];
          if (closing) return [make('ec', [['startRef', id]])];
          return [make('ph', [['id', id]])];
        case 'xliff12':
          if (paired) return [make('g', [['id', id]], inner)];
          if (opening) return [make('bx', [['id', id]])];
          if (closing) return [make('ex', [['id', id]])];
          return [make('x', [['id', id]])];
        case 'tmx': {
          const number = /^\d+$/.test(id) ? id : String(++counter);
          if (paired) return [make('bpt', [['i', number], ['x', number]]), ...(inner ?? []), make('ept', [['i', number]])];
          if (opening) return [make('bpt', [['i', number], ['x', number]])];
          if (closing) return [make('ept', [['i', number]])];
          return [make('ph', [['x', number]])];
        }
      }
    });
  return convert(content);
}

const XLIFF2_ID_KINDS = new Set(['ph', 'pc', 'sc', 'mrk', 'sm']);

/**
 * The codes of one XLIFF 2 unit made valid: ids unique in the unit (among segment ids too), the
 * n-th code with an id in the target keeping the id given to the n-th in the source, every `ec`
 * closing an `sc` and an unpaired code marked `isolated="yes"`. Used when a memory from another
 * format is written as XLIFF 2, where repeated or unpaired codes are common. Returns new content.
 */
export function repairXliff2Codes(segmentIds: ReadonlyArray<string | undefined>, sides: { source: Inline[][]; target: Array<Inline[] | undefined> }): { source: Inline[][]; target: Array<Inline[] | undefined> } {
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
          if (kind === 'sc') open.set(part.id, [...(open.get(part.id) ?? []), code]);
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

function attributeValue(code: InlineCode, name: string): string | undefined {
  return code.attrs.find(([key]) => key === name)?.[1];
}

function setId(code: InlineCode, attribute: 'id' | 'startRef', value: string): void {
  const index = code.attrs.findIndex(([name]) => name === attribute);
  if (index === -1) code.attrs.push([attribute, value]);
  else code.attrs[index] = [attribute, value];
  if (attribute === 'id') code.id = value;
}
