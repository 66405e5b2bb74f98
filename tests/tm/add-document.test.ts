import { describe, expect, it } from 'vitest';
import { addDocument } from '../../src/tm/index.js';
import type { Memory, MemoryFile, Unit } from '../../src/types.js';

const unit = (id: string, source: string, origin?: string): Unit => ({ id, segments: [{ source: [source] }], notes: [], metadata: {}, ...(origin ? { origin } : {}) });
const file = (id: string, original: string, units: Unit[]): MemoryFile => ({ id, original, items: units, notes: [], metadata: {} });

describe('addDocument', () => {
  const memory: Memory = { srcLang: 'zh', trgLang: 'en', files: [file('f1', 'a.txt', [unit('u1', '甲')]), file('f7', 'b.txt', [unit('u1', '乙')])] };

  it('adds a new document as its own file with an unused id, keeping every other file', () => {
    const { memory: result, replaced } = addDocument(memory, file('f1', 'c.txt', [unit('u1', '丙')]));
    expect(replaced).toBe(false);
    expect(result.files.slice(0, 2)).toEqual(memory.files);
    expect(result.files[2]).toMatchObject({ id: 'f3', original: 'c.txt' });
  });

  it('replaces the file of the same source document in place, keeping its id', () => {
    const { memory: result, replaced } = addDocument(memory, file('f1', 'b.txt', [unit('u1', '丁')]));
    expect(replaced).toBe(true);
    expect(result.files.map((each) => [each.id, each.original, (each.items[0] as Unit).segments[0].source[0]])).toEqual([
      ['f1', 'a.txt', '甲'],
      ['f7', 'b.txt', '丁'],
    ]);
  });

  it('in a flattened TMX memory, drops the document’s units by origin and keeps unit ids distinct', () => {
    const tmx: Memory = { format: 'tmx', srcLang: 'zh', trgLang: 'en', files: [file('tmx', 'tmx', [unit('u1', '甲', 'x.txt#1|x.en#1'), unit('u2', '乙', 'a.txt#1|a.en#1')])] };
    const { memory: result, replaced } = addDocument(tmx, file('f1', 'a.txt', [unit('u1', '戊', 'a.txt#1|a.en#1')]));
    expect(replaced).toBe(true);
    expect(result.files[0].items.map((item) => (item as Unit).id)).toEqual(['u1']);
    expect(result.files[1].items.map((item) => (item as Unit).id)).toEqual(['f2-u1']);
  });
});
