import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { getMemoryFormat, MEMORY_FORMATS, readMemory } from '../../src/formats/index.js';
import { allUnits, unitSourceText, unitTargetText } from '../../src/model/memory.js';
import type { Memory } from '../../src/types.js';
import { validate } from './validate-xml.js';

/** A memory with what every format must carry: CJK, inline codes, several segments, notes, states, 1-0 and 0-1 units. */
function sample(): Memory {
  return {
    srcLang: 'zh',
    trgLang: 'en',
    files: [
      {
        id: 'f1',
        original: 'talks.txt',
        notes: [],
        metadata: {},
        items: [
          {
            id: 'u1',
            segments: [
              { id: 's1', source: ['双方举行了', { kind: 'ph', id: '1', attrs: [['id', '1']] }, '会谈。'], target: ['The two sides held ', { kind: 'ph', id: '1', attrs: [['id', '1']] }, 'talks.'], state: 'translated' },
            ],
            notes: [{ text: 'checked by the desk', category: 'review', priority: 2 }],
            metadata: { 'tmkit:score': '0.910' },
            origin: 'talks.zh.txt#1|talks.en.txt#1',
            created: '2025-09-05T10:15:00Z',
          },
          { id: 'u2', segments: [{ id: 's1', source: ['会谈前举行了欢迎仪式。'], state: 'initial' }], notes: [], metadata: { 'tmkit:bead': '1-0' } },
          { id: 'u3', segments: [{ id: 's1', source: [], state: 'initial' }], notes: [{ text: 'CHINA DAILY', category: 'tmkit:target-only' }], metadata: {} },
          { id: 'u4', segments: [{ id: 's1', source: ['他说。'], target: [], state: 'initial' }], notes: [], metadata: {} },
        ],
      },
    ],
  };
}

function texts(memory: Memory) {
  return allUnits(memory).map(({ unit }) => ({ id: unit.id, source: unitSourceText(unit), target: unitTargetText(unit), notes: unit.notes.map((note) => note.text), metadata: unit.metadata, origin: unit.origin }));
}

describe.each(MEMORY_FORMATS.map((format) => [format.id, format] as const))('%s: the shared round-trip suite', (id, format) => {
  const written = format.serialize(sample());

  it('keeps every unit, its text, inline codes, notes, metadata and origin', () => {
    const read = format.parse(written, { fileName: `sample.${id}` });
    const expected = texts(sample()).filter((unit) => id !== 'tmx' || unit.source !== '' || unit.notes.length > 0);
    expect(texts(read).map(({ id: unitId, source, target, origin }) => ({ unitId, source, target, origin }))).toEqual(
      expected.map(({ id: unitId, source, target, origin }) => ({ unitId, source, target, origin })),
    );
    expect(texts(read).map((unit) => unit.notes)).toEqual(expected.map((unit) => unit.notes));
    expect(texts(read)[0].metadata).toEqual({ 'tmkit:score': '0.910' });
    const firstSegment = allUnits(read)[0].unit.segments[0];
    expect(firstSegment.source.some((part) => typeof part !== 'string')).toBe(true);
  });

  it('re-writes its own output byte for byte', () => {
    expect(format.serialize(format.parse(written))).toBe(written);
  });

  it('writes files valid against the official schema', async () => {
    expect(await validate(({ xliff2: 'xliff-2.1', xliff12: 'xliff-1.2', tmx: 'tmx-1.4' } as const)[id as 'xliff2' | 'xliff12' | 'tmx'], written)).toBe('valid');
  });

  it('rejects mutated files only with an InputError', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: written.length - 1 }), fc.integer({ min: 1, max: 20 }), fc.string({ maxLength: 5 }), (at, length, insert) => {
        const mutated = written.slice(0, at) + insert + written.slice(at + length);
        try {
          format.parse(mutated, { fileName: 'm' });
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('foreign files', () => {
  const sdlxliff = `<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2" sdl:version="1.0">
<file original="news.docx" datatype="x-sdlfilterframework2" source-language="zh-CN" target-language="en-US">
<header><reference><internal-file form="base64">AAAA</internal-file></reference></header>
<body>
<group><sdl:cxts><sdl:cxt id="1"/></sdl:cxts>
<trans-unit id="a1b2"><source>习近平<g id="5">强调</g></source><seg-source><mrk mtype="seg" mid="1">习近平<g id="5">强调</g></mrk></seg-source><target state="needs-review-translation"><mrk mtype="seg" mid="1">Xi <g id="5">stressed</g></mrk></target><sdl:seg-defs><sdl:seg id="1" conf="Draft"/></sdl:seg-defs></trans-unit>
</group>
</body>
</file>
</xliff>`;

  it('reads a Trados-style XLIFF 1.2 file and keeps its extensions through a round trip', () => {
    const memory = readMemory(sdlxliff, 'news.sdlxliff');
    expect(memory.format).toBe('xliff12');
    const [{ unit }] = allUnits(memory);
    expect(unitTargetText(unit)).toBe('Xi stressed');
    expect(unit.segments[0].stateRaw).toBe('needs-review-translation');
    expect(unit.segments[0].state).toBe('initial');
    const again = getMemoryFormat('xliff12').serialize(memory);
    for (const piece of ['sdl:seg-defs', 'seg-source', 'internal-file', 'sdl:cxts', 'state="needs-review-translation"']) expect(again).toContain(piece);
    expect(getMemoryFormat('xliff12').serialize(readMemory(again, 'again.sdlxliff'))).toBe(again);
  });

  it('reads TMX 1.1 `lang` attributes and foreign props, and keeps extra languages', () => {
    const tmx = `<?xml version="1.0"?>
<tmx version="1.1"><header creationtool="OmegaT" creationtoolversion="1" segtype="sentence" o-tmf="OmegaT" adminlang="EN-US" srclang="ZH-CN" datatype="plaintext"/>
<body>
<tu><prop type="project">news</prop><tuv lang="ZH-CN"><seg>中朝关系</seg></tuv><tuv lang="EN-US"><seg>China-DPRK ties</seg></tuv><tuv lang="FR-FR"><seg>les liens</seg></tuv></tu>
</body></tmx>`;
    const memory = readMemory(tmx, 'old.tmx');
    expect(memory.srcLang).toBe('ZH-CN');
    expect(memory.trgLang).toBe('EN-US');
    expect(texts(memory)[0]).toMatchObject({ source: '中朝关系', target: 'China-DPRK ties' });
    const again = getMemoryFormat('tmx').serialize(memory);
    expect(again).toContain('<tuv lang="FR-FR">');
    expect(again).toContain('<prop type="project">news</prop>');
  });

  it('reads XLIFF 2 modules it does not model and writes them back', async () => {
    const xliff = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0" version="2.0" srcLang="zh" trgLang="en">
  <file id="f1">
    <unit id="u1">
      <mtc:matches><mtc:match ref="#s1"><source>你好</source><target>Hello</target></mtc:match></mtc:matches>
      <segment id="s1" state="final" subState="x:ok"><source xml:space="preserve">你好 <pc id="1">世界</pc></source><target xml:lang="en">Hello <pc id="1">world</pc></target></segment>
    </unit>
  </file>
</xliff>`;
    const memory = readMemory(xliff, 'a.xlf');
    const again = getMemoryFormat('xliff2').serialize(memory);
    expect(again).toContain('<mtc:match ref="#s1">');
    expect(again).toContain('subState="x:ok"');
    expect(again).toContain('<source xml:space="preserve">你好 <pc id="1">世界</pc></source>');
    expect(await validate('xliff-2.1', again)).toBe('valid');
  });
});

describe('strict reading', () => {
  const xliff2 = (body: string, root = 'srcLang="zh" trgLang="en"') => `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" ${root}><file id="f1">${body}</file></xliff>`;
  const cases: Array<[string, RegExp]> = [
    [xliff2('<unit id="u1"><segment><source>a</source></segment></unit><unit id="u1"><segment><source>b</source></segment></unit>'), /duplicate id "u1"/],
    [xliff2('<unit id="u1"><segment><source><sc id="1"/>a</source></segment></unit>'), /<sc id="1"> in the source is never closed/],
    [xliff2('<unit id="u1"><segment><source>a<ec startRef="9"/></source></segment></unit>'), /<ec startRef="9"> in the source has no matching <sc>/],
    [xliff2('<unit id="u1"><segment><source>a</source><target>b</target></segment></unit>', 'srcLang="zh"'), /targets but no trgLang/],
    [xliff2('<unit id="u1"><segment><source>a</source></segment></unit>', 'trgLang="en"'), /no srcLang/],
    [xliff2('<unit id="u1"><segment state="done"><source>a</source></segment></unit>'), /invalid state "done"/],
    [xliff2('<unit id="u1"><segment><target>b</target></segment></unit>'), /unexpected <target>|has no <source>/],
    [xliff2('<unit id="u1"><segment><source xml:lang="fr">a</source></segment></unit>'), /<source xml:lang="fr"> differs from srcLang "zh"/],
    [xliff2('<unit id="u1"><segment><source>a</source><target xml:lang="de">b</target></segment></unit>'), /<target xml:lang="de"> differs from trgLang "en"/],
    [xliff2('<unit id="u1"><segment><source>a</source><target order="3">b</target></segment></unit>'), /target order "3" is not between 1 and 1/],
    [xliff2('<unit id="u1"><segment><source>a</source><target order="1">b</target></segment><segment><source>c</source><target order="1">d</target></segment></unit>'), /target order 1 used twice/],
    [xliff2('<unit id="u1"><segment subState="x:done"><source>a</source></segment></unit>'), /subState "x:done" without a state/],
    [xliff2('<unit id="u1"><segment state="final" subState="done"><source>a</source></segment></unit>'), /invalid subState "done"/],
    [xliff2('<unit id="u1"><segment id="s"><source>a</source></segment><ignorable id="s"><source> </source></ignorable></unit>'), /duplicate id "s"/],
    [xliff2('<unit id="u1"><ignorable><source> </source></ignorable></unit>'), /has no <segment>/],
    [xliff2('<unit><segment><source>a</source></segment></unit>'), /<unit> has no id/],
    ['<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh"><file id="f"><unit id="u"><segment><source>a</source></segment></unit></file><file id="f"><unit id="u"><segment><source>a</source></segment></unit></file></xliff>', /duplicate file id "f"/],
    ['<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" datatype="plaintext"><body/></file></xliff>', /<file> has no source-language/],
    ['<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="zh" datatype="plaintext"><body/></file></xliff>', /<file> has no original/],
    ['<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="zh" original="a" datatype="plaintext"/></xliff>', /<file> has no <body>/],
    ['<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="zh" original="a" datatype="plaintext"><body><trans-unit><source>a</source></trans-unit></body></file></xliff>', /<trans-unit> has no id/],
    ['<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="zh" original="a" datatype="plaintext"><body><trans-unit id="1"><source>a</source><target state="done">b</target></trans-unit></body></file></xliff>', /invalid state "done"/],
    ['<!DOCTYPE xliff [<!ENTITY x SYSTEM "file:///etc/passwd">]><xliff>&x;</xliff>', /entity declarations are refused/],
    ['<!DOCTYPE tmx [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><tmx>&b;</tmx>', /entity declarations are refused/],
    ['<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh">\n<file id="f"><unit id="u"><segment><source>a</segment></unit></file></xliff>', /end tag <\/segment> does not match <source>/],
  ];
  it.each(cases)('refuses %#', (text, message) => {
    expect(() => readMemory(text, 'bad.xlf')).toThrow(message);
    try {
      readMemory(text, 'bad.xlf');
    } catch (error) {
      expect((error as InputError).file).toBe('bad.xlf');
      expect((error as InputError).line).toBeGreaterThan(0);
    }
  });

  it('refuses a TMX without srclang and an unknown file', () => {
    expect(() => readMemory('<tmx version="1.4"><header/><body/></tmx>', 'a.tmx')).toThrow(/no srclang/);
    expect(() => readMemory('<tmx version="1.4"><header srclang="zh"/><body><tu><tuv><seg>a</seg></tuv></tu></body></tmx>', 'a.tmx')).toThrow(/<tuv> has no xml:lang/);
    expect(() => readMemory('<tmx version="1.4"><header srclang="zh"/><body><tu><tuv xml:lang="zh"/></tu></body></tmx>', 'a.tmx')).toThrow(/<tuv> has no <seg>/);
    expect(() => readMemory('<tmx version="1.4"><header srclang="zh"/><body><entry/></body></tmx>', 'a.tmx')).toThrow(/unexpected <entry> in <body>/);
    expect(() => readMemory('<html/>', 'a.html')).toThrow(/not a translation memory/);
  });
});
