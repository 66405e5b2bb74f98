/**
 * Inline codes from one format written in another: XLIFF 2 `ph pc sc ec`, XLIFF 1.2 `x g bx ex`
 * and TMX `ph bpt ept it` say the same things with different elements. Used by the writers when
 * a memory read from one format is written in another; a code's id is kept.
 */
import type { Inline, InlineCode } from '../types.js';
import { localName } from './xml.js';

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
