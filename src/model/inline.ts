import type { Inline, InlineCode } from './types.js';

/**
 * Every inline code in document order, nested ones included. Walked with an explicit stack, as
 * content may nest deep and hold a million codes.
 */
export function walkCodes(content: readonly Inline[]): InlineCode[] {
  const codes: InlineCode[] = [];
  const pending: Array<{ parts: readonly Inline[]; next: number }> = [{ parts: content, next: 0 }];
  while (pending.length > 0) {
    const top = pending[pending.length - 1];
    if (top.next === top.parts.length) {
      pending.pop();
      continue;
    }
    const part = top.parts[top.next++];
    if (typeof part === 'string') continue;
    codes.push(part);
    if (part.content) pending.push({ parts: part.content, next: 0 });
  }
  return codes;
}
