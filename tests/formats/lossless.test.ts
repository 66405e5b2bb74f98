import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvTermbaseFormat, getMemoryFormat, readMemory, tbxFormat } from '../../src/formats/index.js';
import { allUnits } from '../../src/model/memory.js';
import type { Memory, Termbase, Unit } from '../../src/types.js';
import { c14nAttribute, c14nText, canonicalXml, exclusiveC14n } from './canonical-xml.js';
import { parseXml } from '../../src/xml/xml.js';
import { xliff2Violations } from '../../src/validate/xliff2.js';
import { validate } from './validate-xml.js';
import { characterReferences as refs, trimmedValue, xmlValue } from './xml-values.js';

/** What a unit carries as free text: attribute values (ids, names) and text (segments, notes, metadata). */
interface UnitValues {
  name: string;
  source: string;
  target: string;
  note: string;
  category: string;
  meta: string;
}

const unitValues = fc.record({ name: xmlValue, source: xmlValue, target: xmlValue, note: xmlValue, category: xmlValue, meta: xmlValue });
const memoryValues = fc.record({ original: xmlValue, topNote: xmlValue, units: fc.array(unitValues, { minLength: 1, maxLength: 4 }) });
type MemoryValues = { original: string; topNote: string; units: UnitValues[] };

function memoryOf(values: MemoryValues): Memory {
  const items: Unit[] = values.units.map((unit, index) => ({
    id: `u${index + 1}`,
    name: unit.name,
    segments: [{ source: [unit.source], target: [unit.target], state: 'translated' }],
    notes: [{ text: unit.note, category: unit.category }],
    metadata: { 'test:value': unit.meta },
  }));
  return { srcLang: 'zh', trgLang: 'en', notes: [{ text: values.topNote }], files: [{ id: 'f1', original: values.original, items, notes: [], metadata: {} }] };
}

const texts = (unit: Unit) => ({ source: unit.segments[0].source.join(''), target: unit.segments[0].target?.join(''), note: unit.notes[0]?.text, meta: unit.metadata['test:value'] });
const RUNS = { numRuns: 12 };

/** The schema a generated memory is written against (document-level notes make XLIFF 2 a 2.2 file). */
const SCHEMA = { xliff2: 'xliff-2.2', xliff12: 'xliff-1.2', tmx: 'tmx-1.4' } as const;

describe.each(['xliff2', 'xliff12', 'tmx'] as const)('%s: generated values round-trip exactly', (id) => {
  const format = getMemoryFormat(id);

  it('model → file → model keeps every attribute and text value, and xmllint reads the same values', async () => {
    await fc.assert(
      fc.asyncProperty(memoryValues, async (values) => {
        const memory = memoryOf(values);
        const written = format.serialize(memory);
        const read = readMemory(written, `generated.${id === 'tmx' ? 'tmx' : 'xlf'}`);
        const units = allUnits(read).map(({ unit }) => unit);
        expect(units.map(texts)).toEqual(values.units.map((unit) => ({ source: unit.source, target: unit.target, note: unit.note, meta: unit.meta })));
        if (id !== 'tmx') {
          expect(read.files[0].original).toBe(values.original);
          expect(units.map((unit) => unit.name)).toEqual(values.units.map((unit) => unit.name));
          expect(units.map((unit) => unit.notes[0].category)).toEqual(values.units.map((unit) => unit.category));
        }
        expect(format.serialize(read)).toBe(written);
        // libxml2, not the parser under test, reads what was meant.
        const canonical = await exclusiveC14n(written);
        for (const unit of values.units) {
          if (id !== 'tmx') expect(canonical).toContain(`"${c14nAttribute(unit.name)}"`);
          for (const text of [unit.source, unit.target, unit.note, unit.meta]) expect(canonical).toContain(`>${c14nText(text)}</`);
        }
        if (id !== 'tmx') expect(canonical).toContain(`original="${c14nAttribute(values.original)}"`);
      }),
      RUNS,
    );
  });

  it('writes generated memories valid against the official schema (and XLIFF 2 processing requirements)', async () => {
    await fc.assert(
      fc.asyncProperty(memoryValues, async (values) => {
        const written = format.serialize(memoryOf(values));
        expect(await validate(SCHEMA[id], written)).toBe('valid');
        if (id === 'xliff2') expect(xliff2Violations(parseXml(written).root)).toEqual([]);
      }),
      { numRuns: 8 },
    );
  });
});

/** Files as another tool might write them: every character of every value a character reference. */
const FOREIGN: Record<string, (v: string[]) => string> = {
  xliff2: (v) =>
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="zh" trgLang="en"><file id="f1" original="${refs(v[0])}"><unit id="u1" name="${refs(v[1])}"><notes><note category="${refs(v[2])}">${refs(v[3])}</note></notes><segment><source>${refs(v[4])}</source><target>${refs(v[5])}</target></segment></unit></file></xliff>`,
  xliff12: (v) =>
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="${refs(v[0])}" source-language="zh" target-language="en" datatype="plaintext"><body><trans-unit id="1" resname="${refs(v[1])}"><source>${refs(v[4])}</source><target>${refs(v[5])}</target><note from="${refs(v[2])}">${refs(v[3])}</note></trans-unit></body></file></xliff>`,
  tmx: (v) =>
    `<tmx version="1.4"><header creationtool="${refs(v[0])}" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="zh" datatype="plaintext"/><body><tu tuid="${refs(v[1])}" changeid="${refs(v[2])}"><note>${refs(v[3])}</note><tuv xml:lang="zh"><seg>${refs(v[4])}</seg></tuv><tuv xml:lang="en"><seg>${refs(v[5])}</seg></tuv></tu></body></tmx>`,
};

describe.each(Object.keys(FOREIGN))('%s: a file written with character references', (id) => {
  it('is read as the characters referred to and written back canonically equal', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(xmlValue, { minLength: 6, maxLength: 6 }), async (values) => {
        const text = FOREIGN[id](values);
        const memory = readMemory(text, `foreign.${id === 'tmx' ? 'tmx' : 'xlf'}`);
        const [{ file, unit }] = allUnits(memory);
        expect(texts(unit)).toMatchObject({ source: values[4], target: values[5], note: values[3] });
        if (id === 'tmx') expect(unit.id).toBe(values[1]);
        else expect([file.original, unit.name, unit.notes[0].category]).toEqual([values[0], values[1], values[2]]);
        expect(await canonicalXml(getMemoryFormat(id).serialize(memory))).toBe(await canonicalXml(text));
      }),
      RUNS,
    );
  });
});

describe('termbases: generated values round-trip exactly', () => {
  const concept = fc.record({ id: xmlValue, zh: trimmedValue, en: trimmedValue, note: trimmedValue, termNote: trimmedValue });
  const termbaseOf = (concepts: Array<{ id: string; zh: string; en: string; note: string; termNote: string }>): Termbase => ({
    srcLang: 'zh',
    trgLang: 'en',
    concepts: concepts.map((c, index) => ({
      id: `${c.id}${index}`,
      kind: 'name',
      note: c.note,
      terms: [
        { text: c.zh, lang: 'zh', status: 'preferred' },
        { text: c.en, lang: 'en', status: 'deprecated', note: c.termNote },
      ],
    })),
  });

  it('TBX: ids (attributes), terms and notes, also as xmllint reads them', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(concept, { minLength: 1, maxLength: 4 }), async (concepts) => {
        const termbase = termbaseOf(concepts);
        const written = tbxFormat.serialize(termbase);
        expect(tbxFormat.parse(written).concepts).toEqual(termbase.concepts);
        const canonical = await exclusiveC14n(written);
        for (const c of termbase.concepts) {
          expect(canonical).toContain(`id="${c14nAttribute(c.id)}"`);
          for (const text of [c.note!, ...c.terms.map((term) => term.text)]) expect(canonical).toContain(`>${c14nText(text)}</`);
        }
      }),
      RUNS,
    );
  });

  it('TBX: a file written with character references reads as the characters referred to', () => {
    fc.assert(
      fc.property(xmlValue, trimmedValue, (id, term) => {
        const text = `<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en"><tbxHeader><fileDesc><sourceDesc><p>t</p></sourceDesc></fileDesc></tbxHeader><text><body><conceptEntry id="${refs(id)}"><langSec xml:lang="zh"><termSec><term>${refs(term)}</term></termSec></langSec></conceptEntry></body></text></tbx>`;
        const [read] = tbxFormat.parse(text).concepts;
        expect([read.id, read.terms[0].text]).toEqual([id, term]);
      }),
    );
  });

  it('CSV: terms and notes with quotes, commas, CR, LF and TAB', () => {
    fc.assert(
      fc.property(fc.uniqueArray(concept, { minLength: 1, maxLength: 6, selector: (c) => c.zh }), (concepts) => {
        const termbase = termbaseOf(concepts);
        const read = csvTermbaseFormat.parse(csvTermbaseFormat.serialize(termbase));
        expect(read.concepts.map((c) => c.terms)).toEqual(termbase.concepts.map((c) => c.terms));
      }),
      { numRuns: 200 },
    );
  });
});
