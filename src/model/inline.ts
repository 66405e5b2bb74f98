import type { Inline, InlineCode } from './types.js';

/** Every inline code in document order, nested ones included. */
export function* walkCodes(content: readonly Inline[]): Generator<InlineCode> {
  for (const part of content) {
    if (typeof part === 'string') continue;
    yield part;
    if (part.content) yield* walkCodes(part.content);
  }
}
