import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { MEMORY_FORMATS, readMemory } from '../../src/formats/index.js';
import { tmxEntries } from '../../src/formats/tmx-entries.js';
import { prepareForWriting } from '../../src/formats/writable.js';
import { allUnits } from '../../src/model/memory.js';
import type { Inline, InlineCode, Memory, Unit } from '../../src/types.js';
import { ROOT } from '../cli/run-cli.js';

/** Writes a memory in a format as the CLI does and reads it back with that format's readers. */
function writeAndReadBack(memory: Memory, formatId: string): Memory {
  const format = MEMORY_FORMATS.find((candidate) => candidate.id === formatId)!;
  const text = format.serialize(prepareForWriting(memory, formatId).memory);
  const back = format.parse(text, { fileName: `out.${formatId}` });
  if (formatId === 'tmx') expect([...tmxEntries([text], 'out.tmx')].length).toBeLessThanOrEqual(allUnits(back).length);
  return back;
}

const FIXTURES = ['tests/formats/fixtures', 'tests/fixtures/tm', 'memory'].flatMap((folder) =>
  readdirSync(path.join(ROOT, folder))
    .filter((name) => /\.(xlf|xliff|sdlxliff|mqxliff|tmx)$/.test(name))
    .map((name) => path.join(folder, name)),
);

const CODE_KINDS = ['ph', 'pc', 'sc', 'ec', 'x', 'g', 'bx', 'ex', 'bpt', 'ept', 'it', 'hi', 'mrk'];

const code: fc.Arbitrary<InlineCode> = fc
  .record({ kind: fc.constantFrom(...CODE_KINDS), id: fc.constantFrom('1', '2', '3', 'a'), attribute: fc.constantFrom('id', 'i', 'x', 'startRef', 'rid'), inner: fc.option(fc.string({ maxLength: 4 }), { nil: undefined }) })
  .map(({ kind, id, attribute, inner }) => ({ kind, id, attrs: [[attribute, id]], ...(inner ? { content: [inner] } : {}) }));

const text = fc.string({ unit: fc.constantFrom('中', '文', 'a', ' ', '<', '&', '"', '\u2028', '\u{1F600}', '\u0001', '\uFFFE'), maxLength: 8 });
const content: fc.Arbitrary<Inline[]> = fc.array(fc.oneof(text, code), { maxLength: 6 });

const unit: fc.Arbitrary<Unit> = fc
  .record({ id: fc.constantFrom('1', '2', 'u 3', 'x'), source: content, target: fc.option(content, { nil: undefined }), segments: fc.integer({ min: 1, max: 2 }) })
  .map(({ id, source, target, segments }) => ({
    id,
    segments: Array.from({ length: segments }, () => ({ source, ...(target ? { target } : {}) })),
    notes: [],
    metadata: {},
  }));

const memory: fc.Arbitrary<Memory> = fc
  .record({
    format: fc.constantFrom(undefined, 'xliff12', 'tmx', 'xliff2'),
    trgLang: fc.constantFrom('en', '', undefined),
    files: fc.array(fc.array(unit, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 2 }),
  })
  .map(({ format, trgLang, files }) => ({
    ...(format ? { format } : {}),
    srcLang: 'zh',
    trgLang,
    files: files.map((units, index) => ({ id: `f${index + 1}`, items: units, notes: [], metadata: {} })),
  }));

describe('what tmkit writes, tmkit reads back', () => {
  it('writes every fixture in every format and reads it back with every unit', () => {
    for (const fixture of FIXTURES) {
      const read = readMemory(readFileSync(path.join(ROOT, fixture), 'utf8'), fixture);
      for (const format of MEMORY_FORMATS) {
        const back = writeAndReadBack(read, format.id);
        expect(allUnits(back).length, `${fixture} → ${format.id}`).toBe(allUnits(read).length);
      }
    }
  });

  it('writes generated memories (repeated and unpaired codes, repeated ids, no language, control characters) or refuses them naming the unit', () => {
    fc.assert(
      fc.property(memory, (generated) => {
        for (const format of MEMORY_FORMATS) {
          try {
            const back = writeAndReadBack(generated, format.id);
            expect(allUnits(back).length).toBe(allUnits(generated).length);
          } catch (error) {
            expect(error).toBeInstanceOf(InputError);
            expect((error as InputError).message).toMatch(/^unit "[^"]*" (holds the character U\+[0-9A-F]{4}|has a target but the memory has no target language)/);
          }
        }
      }),
      { numRuns: 300, seed: 17 },
    );
  });

  it('renames repeated unit ids: across the file in TMX, within each file in XLIFF', () => {
    const units = (ids: string[]) => ids.map((id): Unit => ({ id, segments: [{ source: [id] }], notes: [], metadata: {} }));
    const repeated: Memory = { srcLang: 'zh', files: [1, 2].map((n) => ({ id: `f${n}`, items: units(['1', '1', '1-2']), notes: [], metadata: {} })) };
    const ids = (formatId: string) => {
      const { memory: writable, renamedIds } = prepareForWriting(repeated, formatId);
      return { renamedIds, ids: allUnits(writable).map(({ unit: written }) => written.id) };
    };
    expect(ids('tmx')).toEqual({ renamedIds: 5, ids: ['1', '1-2', '1-2-2', '1-3', '1-4', '1-2-3'] });
    expect(ids('xliff12')).toEqual({ renamedIds: 4, ids: ['1', '1-2', '1-2-2', '1', '1-2', '1-2-2'] });
    expect(allUnits(repeated).map(({ unit: original }) => original.id)).toEqual(['1', '1', '1-2', '1', '1', '1-2']);
  });
});
