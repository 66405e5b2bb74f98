import { describe, expect, it } from 'vitest';
import { getMemoryFormat, readMemory } from '../../src/formats/index.js';
import { tmxEntries } from '../../src/formats/tmx-entries.js';
import { allUnits, memoryEntries, unitSourceText, unitTargetText } from '../../src/tm/index.js';
import { canonicalXml } from './canonical-xml.js';

const pairs = (text: string, file: string) => allUnits(readMemory(text, file)).map(({ unit }) => [unitSourceText(unit), unitTargetText(unit)]);

describe('XLIFF 1.x as tools write it', () => {
  const its = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:its="http://www.w3.org/2005/11/its" its:version="2.0" version="1.2">
<file original="notice.txt" source-language="zh-CN" target-language="en" datatype="plaintext">
<body><trans-unit id="1" its:translate="yes"><source>会议推迟。</source><target>The meeting is postponed.</target></trans-unit></body>
</file></xliff>
`;

  it('reads XLIFF 1.2 whose root also carries ITS its:version="2.0", and keeps it', () => {
    const memory = readMemory(its, 'notice.xlf');
    expect(memory.format).toBe('xliff12');
    expect(pairs(its, 'notice.xlf')).toEqual([['会议推迟。', 'The meeting is postponed.']]);
    const written = getMemoryFormat('xliff12').serialize(memory);
    expect(written).toContain('its:version="2.0"');
    expect(written).toContain('version="1.2"');
  });

  it('reads XLIFF 1.1 (its own namespace) and 1.0 (no namespace, a DTD) as 1.2, and writes them back in their version', () => {
    const v11 = `<?xml version="1.0" ?>
<xliff version='1.1' xmlns='urn:oasis:names:tc:xliff:document:1.1'>
<file original='po' source-language='zh-CN' datatype='po'>
<body><trans-unit id='1' approved='yes'><source>天晴了。</source><target state='translated'>The sky cleared.</target></trans-unit></body>
</file></xliff>
`;
    const v10 = `<?xml version="1.0"?>
<!DOCTYPE xliff PUBLIC "-//XLIFF//DTD XLIFF//EN" "http://www.oasis-open.org/committees/xliff/documents/xliff.dtd">
<xliff version="1.0">
<file original="a.rc" source-language="zh-CN" target-language="en-US" datatype="winres">
<body><trans-unit id="IDS_OK"><source>确定</source><target>OK</target></trans-unit></body>
</file></xliff>
`;
    for (const [text, version] of [[v11, '1.1'], [v10, '1.0']]) {
      const memory = readMemory(text, `old-${version}.xlf`);
      expect(memory.format).toBe('xliff12');
      expect(memory.version).toBe(version);
      expect(allUnits(memory)).toHaveLength(1);
      const written = getMemoryFormat('xliff12').serialize(memory);
      expect(written).toContain(`version="${version}"`);
      expect(getMemoryFormat('xliff12').serialize(readMemory(written, 'again.xlf'))).toBe(written);
    }
  });

  it('matches XLIFF elements by namespace: a tool element named <note> is kept, not read as a note', () => {
    const text = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:x="urn:example:tool">
<file original="a" source-language="zh" target-language="en" datatype="plaintext"><body>
<trans-unit id="1"><source>甲</source><target>A</target><x:note>tool data</x:note><note>a real note</note></trans-unit>
</body></file></xliff>`;
    const [{ unit }] = allUnits(readMemory(text, 'a.xlf'));
    expect(unit.notes.map((note) => note.text)).toEqual(['a real note']);
    expect(getMemoryFormat('xliff12').serialize(readMemory(text, 'a.xlf'))).toContain('<x:note>tool data</x:note>');
  });
});

describe('XLIFF 2.2 document-level notes and metadata', () => {
  const text = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.2" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" version="2.2" srcLang="zh" trgLang="en">
  <notes>
    <note category="desk">晚班编辑部</note>
  </notes>
  <mda:metadata>
    <mda:metaGroup category="project">
      <mda:meta type="client">news</mda:meta>
    </mda:metaGroup>
  </mda:metadata>
  <file id="f1">
    <mda:metadata>
      <mda:metaGroup category="file">
        <mda:meta type="topic">weather</mda:meta>
      </mda:metaGroup>
    </mda:metadata>
    <unit id="u1">
      <segment>
        <source>下雨了。</source>
        <target>It is raining.</target>
      </segment>
    </unit>
  </file>
</xliff>
`;

  it('reads them into the memory and the file, and writes the file back byte for byte', () => {
    const memory = readMemory(text, 'top.xlf');
    expect(memory.notes).toEqual([{ text: '晚班编辑部', category: 'desk' }]);
    expect(memory.metadata).toEqual({ 'project:client': 'news' });
    expect(memory.files[0].metadata).toEqual({ 'file:topic': 'weather' });
    expect(getMemoryFormat('xliff2').serialize(memory)).toBe(text);
  });

  it('writes them again when they change, and carries the notes into XLIFF 1.2 and TMX headers', () => {
    const memory = readMemory(text, 'top.xlf');
    memory.notes!.push({ text: 'second note' });
    const again = readMemory(getMemoryFormat('xliff2').serialize(memory), 'again.xlf');
    expect(again.notes?.map((note) => note.text)).toEqual(['晚班编辑部', 'second note']);
    expect(again.metadata).toEqual({ 'project:client': 'news' });
    expect(getMemoryFormat('xliff12').serialize(memory)).toMatch(/<header>\s*<note from="desk">晚班编辑部<\/note>/);
    const tmx = getMemoryFormat('tmx').serialize(memory);
    expect(tmx).toContain('<note>晚班编辑部</note>');
    expect(tmx).toContain('<prop type="x-project:client">news</prop>');
  });

  it('refuses other elements before the files', () => {
    expect(() => readMemory(text.replace('<notes>', '<unit id="x"/><notes>'), 'bad.xlf')).toThrow(/unexpected <unit> in <xliff>/);
  });
});

describe('TMX whose header srclang disagrees with its units', () => {
  // translate-toolkit's po2tmx writes srclang="en" whatever the source language is.
  const text = `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
<header creationtool="Translate Toolkit" creationtoolversion="3" segtype="sentence" o-tmf="UTF-8" adminlang="en" srclang="en" datatype="PlainText"/>
<body>
<tu><tuv xml:lang="zh-CN"><seg>港口很忙。</seg></tuv><tuv xml:lang="en"><seg>The port is busy.</seg></tuv></tu>
<tu><tuv xml:lang="zh-CN"><seg>船到了。</seg></tuv><tuv xml:lang="en"><seg>The ship has arrived.</seg></tuv></tu>
</body>
</tmx>
`;

  it('takes the source from the language every unit opens with', async () => {
    const memory = readMemory(text, 'po2tmx.tmx');
    expect([memory.srcLang, memory.trgLang]).toEqual(['zh-CN', 'en']);
    expect(pairs(text, 'po2tmx.tmx')).toEqual([
      ['港口很忙。', 'The port is busy.'],
      ['船到了。', 'The ship has arrived.'],
    ]);
    expect(await canonicalXml(getMemoryFormat('tmx').serialize(memory))).toBe(await canonicalXml(text));
  });

  it('reads the same entries in the streaming reader', () => {
    expect([...tmxEntries([text], 'po2tmx.tmx')]).toEqual(memoryEntries(readMemory(text, 'po2tmx.tmx'), 'po2tmx.tmx'));
  });

  it('keeps the header language when the units do not agree on another', () => {
    const mixed = text.replace('<tu><tuv xml:lang="zh-CN"><seg>船到了。</seg></tuv><tuv xml:lang="en"><seg>The ship has arrived.</seg></tuv></tu>', '<tu><tuv xml:lang="en"><seg>The ship has arrived.</seg></tuv><tuv xml:lang="zh-CN"><seg>船到了。</seg></tuv></tu>');
    expect(readMemory(mixed, 'mixed.tmx').srcLang).toBe('en');
    expect([...tmxEntries([mixed], 'mixed.tmx')]).toEqual(memoryEntries(readMemory(mixed, 'mixed.tmx'), 'mixed.tmx'));
    const missing = text.replace('<tuv xml:lang="en"><seg>The port is busy.</seg></tuv>', '').replace('<tuv xml:lang="zh-CN"><seg>船到了。</seg></tuv>', '<tuv xml:lang="fr"><seg>x</seg></tuv>');
    expect(() => readMemory(missing, 'missing.tmx')).toThrow(/has no <tuv> in the source language en/);
    expect(() => [...tmxEntries([missing], 'missing.tmx')]).toThrow(/has no <tuv> in the source language en/);
  });
});

describe('XLIFF 2 comments where tools put them', () => {
  const text = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="zh" trgLang="en">
  <!-- exported by the desk -->
  <file id="f1">
    <notes>
      <!-- for the whole file -->
      <note id="n1">核实人名<!-- 见附表 --></note>
    </notes>
    <unit id="u1">
      <segment>
        <source>下雨了。</source>
        <!-- the target is a draft -->
        <target>It rains.</target>
        <!-- after the target -->
      </segment>
    </unit>
  </file>
  <!-- end of export -->
</xliff>
`;

  it('keeps comments in <xliff>, in <notes> and <note>, and around the target where they were', async () => {
    const memory = readMemory(text, 'comments.xlf');
    expect(memory.files[0].notes.map((note) => note.text)).toEqual(['核实人名']);
    const written = getMemoryFormat('xliff2').serialize(memory);
    expect(await canonicalXml(written)).toBe(await canonicalXml(text));
    expect(getMemoryFormat('xliff2').serialize(readMemory(written, 'again.xlf'))).toBe(written);
  });

  it('writes edited notes from the model', () => {
    const memory = readMemory(text, 'comments.xlf');
    memory.files[0].notes.push({ text: 'second' });
    const notes = readMemory(getMemoryFormat('xliff2').serialize(memory), 'edited.xlf').files[0].notes;
    expect(notes.map((note) => note.text)).toEqual(['核实人名', 'second']);
  });
});
