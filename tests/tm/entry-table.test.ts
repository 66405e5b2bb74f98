import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EntryTable, type TmEntry } from '../../src/tm/index.js';

const text = fc.constantFrom('', '双方会谈。', 'Talks.', '😀 emoji', 'ü', '会谈');

describe('EntryTable', () => {
  it('gives back every entry as it was added, context shared with neighbours or not', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ source: text, target: text, previous: fc.option(text, { nil: undefined }), next: fc.option(text, { nil: undefined }), changed: fc.option(text, { nil: undefined }) }), { maxLength: 12 }), (records) => {
        const entries: TmEntry[] = records.map((record, i) => {
          const entry: TmEntry = { source: record.source, target: record.target, origin: `m#${i}` };
          for (const key of ['previous', 'next', 'changed'] as const) if (record[key] !== undefined) entry[key] = record[key];
          return entry;
        });
        const table = EntryTable.from(entries);
        expect(table.length).toBe(entries.length);
        entries.forEach((entry, i) => expect(table.at(i)).toEqual(entry));
        expect(table.at(entries.length)).toBeUndefined();
        expect(table.at(-1)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('stores a context equal to the neighbour source once', () => {
    const sources = Array.from({ length: 100 }, (_, i) => `第${i}句，这是一个相当长的句子。`);
    const linked = EntryTable.from(sources.map((source, i) => ({ source, target: 't', origin: 'o', previous: sources[i - 1], next: sources[i + 1] })));
    const bare = EntryTable.from(sources.map((source) => ({ source, target: 't', origin: 'o' })));
    expect(linked.bytes.length).toBe(bare.bytes.length);
    expect(linked.at(50)!.previous).toBe(sources[49]);
    expect(linked.at(50)!.next).toBe(sources[51]);
  });
});
