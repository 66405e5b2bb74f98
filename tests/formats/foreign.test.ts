import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { getMemoryFormat, readMemory } from '../../src/formats/index.js';
import { allUnits, unitSourceText, unitTargetText } from '../../src/model/memory.js';
import { canonicalXml } from './canonical-xml.js';
import type { SchemaName } from '../../src/validate/schema.js';
import { validate } from './validate-xml.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

describe.each([
  ['memoq.mqxliff', 'xliff12', 'xliff-1.2-transitional'],
  ['xcode.xliff', 'xliff12', 'xliff-1.2-transitional'],
  ['angular.xlf', 'xliff12', 'xliff-1.2'],
  ['omegat.tmx', 'tmx', undefined],
  ['okapi.xlf', 'xliff2', 'xliff-2.0'],
  ['trados.sdlxliff', 'xliff12', undefined],
] as Array<[string, string, SchemaName | undefined]>)('foreign file %s', (name, formatId, schema) => {
  const text = fixture(name);
  const memory = readMemory(text, name);

  it('is recognised as its format', () => {
    expect(memory.format).toBe(formatId);
  });

  it('is equal after canonicalization once read and written back', async () => {
    const written = getMemoryFormat(formatId).serialize(memory);
    expect(await canonicalXml(written)).toBe(await canonicalXml(text));
  });

  // Real Trados files do not validate (their <header> order breaks the schema); TMX 1.1 has only a DTD,
  // which the WebAssembly libxml2 cannot check. The others are valid, and must stay valid.
  if (schema !== undefined) {
    it('stays valid against the schema it was valid against', async () => {
      expect(await validate(schema, text)).toBe('valid');
      expect(await validate(schema, getMemoryFormat(formatId).serialize(memory))).toBe('valid');
    });
  }

  it('refuses mutated copies only with an InputError', () => {
    // Cut, duplicate or insert markup-heavy pieces: unbalanced tags, stray `&`, broken attributes.
    const piece = fc.constantFrom('<', '>', '&', '"', '</', '/>', '<!--', ']]>', '&#0;', '&#x110000;', '<!DOCTYPE x [<!ENTITY e "e">]>', '<mrk mtype="seg">', '<ec startRef="1"/>', 'xml:lang="fr" ', '中');
    fc.assert(
      fc.property(fc.nat(text.length), fc.nat(40), fc.array(piece, { maxLength: 3 }), (at, cut, pieces) => {
        const mutated = text.slice(0, at) + pieces.join('') + text.slice(Math.min(text.length, at + cut));
        try {
          const again = getMemoryFormat(formatId).serialize(readMemory(mutated, name));
          expect(typeof again).toBe('string');
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
        }
      }),
      { numRuns: 150 },
    );
  });

  it('re-writes its own output byte for byte', () => {
    const format = getMemoryFormat(formatId);
    const written = format.serialize(memory);
    expect(format.serialize(readMemory(written, name))).toBe(written);
  });
});

describe.each(['memoq.mqxliff', 'xcode.xliff', 'angular.xlf', 'omegat.tmx', 'okapi.xlf', 'trados.sdlxliff'])('%s converted', (name) => {
  const memory = readMemory(fixture(name), name);
  it.each([
    ['xliff2', 'xliff-2.1'],
    ['xliff12', 'xliff-1.2'],
    ['tmx', 'tmx-1.4'],
  ] as const)('to %s is valid and keeps the text', async (formatId, schema) => {
    const written = getMemoryFormat(formatId).serialize(memory);
    // Written in its own format, a file keeps its tool's extensions: `stays valid` above covers it.
    if (formatId !== memory.format) expect(await validate(schema, written)).toBe('valid');
    const again = readMemory(written, `converted.${formatId}`);
    // Formats without ignorables put their white space into the text: compare without it.
    const text = (m: typeof memory) => allUnits(m).map(({ unit }) => [unitSourceText(unit), unitTargetText(unit)].map((side) => side.replace(/\s+/g, '')));
    expect(text(again)).toEqual(text(memory).filter(([source], index) => formatId !== 'tmx' || source !== '' || allUnits(memory)[index].unit.notes.length > 0));
  });
});

it('refuses to write XLIFF 2 targets without a target language', () => {
  const memory = readMemory(fixture('angular.xlf').replace(' target-language="en"', ''), 'angular.xlf');
  expect(() => getMemoryFormat('xliff2').serialize(memory)).toThrow(/no target language/);
});

describe('what foreign files carry', () => {
  it('memoQ: inline bpt/ept, empty targets, note attributes and the raw state', () => {
    const units = allUnits(readMemory(fixture('memoq.mqxliff'), 'memoq.mqxliff')).map(({ unit }) => unit);
    expect(units.map(unitSourceText)).toEqual(['春季播种已经开始三周了。', '村民们很高兴。']);
    expect(unitTargetText(units[0])).toBe('Spring sowing began three weeks ago.');
    expect(units[0].segments[0].stateRaw).toBe('translated');
    expect(units[0].segments[0].state).toBe('translated');
    expect(units[1].notes[0]).toMatchObject({ text: '地名待核实', priority: 2 });
    expect(units[0].segments[0].source.filter((part) => typeof part !== 'string')).toHaveLength(2);
  });

  it('Xcode: a unit without a target stays without one', () => {
    const units = allUnits(readMemory(fixture('xcode.xliff'), 'xcode.xliff')).map(({ unit }) => unit);
    expect(units.map((unit) => unit.id)).toEqual(['forecast.title', 'forecast.rain %@']);
    expect(units[1].segments[0].target).toBeUndefined();
    expect(units[1].notes[0].text).toBe('No comment provided by engineer.');
  });

  it('OmegaT TMX 1.1: dates, notes and props of the tu', () => {
    const memory = readMemory(fixture('omegat.tmx'), 'omegat.tmx');
    const units = allUnits(memory).map(({ unit }) => unit);
    expect(memory.srcLang).toBe('ZH-CN');
    expect(units.map(unitTargetText)).toEqual(['Port throughput grew by five percent.', 'The wharf is busy.']);
    expect(units[1].notes[0].text).toBe('alternative translation');
  });

  it('XLIFF 2: several segments, an ignorable, sc/ec and the target location', () => {
    const units = allUnits(readMemory(fixture('okapi.xlf'), 'okapi.xlf')).map(({ unit }) => unit);
    expect(units[0].segments.map((segment) => segment.ignorable ?? false)).toEqual([false, true, false]);
    expect(units[0].segments.filter((segment) => !segment.ignorable).map((segment) => segment.id)).toEqual(['s1', 's2']);
    expect(units[0].segments[0].state).toBe('reviewed');
    expect(units[0].notes[0]).toMatchObject({ text: '段落开头', category: 'context', priority: 3 });
    expect(units[0].segments[0].targetLocation?.line).toBe(13);
  });
});
