import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readMemory, xliff12Format, xliff2Format } from '../../src/formats/index.js';
import { xliffEntries, type XliffDialect } from '../../src/formats/xliff-entries.js';
import { memoryEntries } from '../../src/tm/index.js';
import type { Inline, Memory, Unit, UnitGroup } from '../../src/types.js';

const XLIFF2 = `<?xml version="1.0" encoding="UTF-8"?>
<!-- a memory with everything the entries depend on -->
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" xmlns:x="urn:example:ext" version="2.1" srcLang="zh-CN" trgLang="en">
  <notes><note>整个文档</note></notes>
  <file id="f1" original="news.html">
    <skeleton><x:part>不是单元</x:part></skeleton>
    <notes><note id="n1" priority="2">整个文件</note></notes>
    <x:unit id="foreign"><segment><source>别的命名空间。</source><target>Another namespace.</target></segment></x:unit>
    <unit id="u1">
      <mda:metadata>
        <mda:metaGroup category="tmkit"><mda:meta type="changed">2024-05-01T10:00:00Z</mda:meta><mda:meta type="context-previous">上一段。</mda:meta></mda:metaGroup>
      </mda:metadata>
      <notes><note appliesTo="source">标题</note></notes>
      <originalData><data id="d1">&lt;b&gt;</data><data id="d2">&lt;/b&gt;</data></originalData>
      <segment id="s1" state="reviewed"><source>会谈<pc id="1" dataRef="d1">开始</pc>了。</source><target>The <pc id="1">talks</pc> began.</target></segment>
      <ignorable><source> </source></ignorable>
      <segment id="s2" state="translated" subState="x:ok"><source><sc id="2"/>双方<ec startRef="2"/>交换了<ph id="3"/>意见<!-- 注 -->。</source><target order="2"><sc id="2"/>The two sides<ec startRef="2"/> exchanged views.</target></segment>
    </unit>
    <group id="g1" name="body">
      <mda:metadata><mda:metaGroup category="review"><mda:meta type="by">desk</mda:meta></mda:metaGroup></mda:metadata>
      <unit id="u2"><segment><source>  只有原文。  </source></segment></unit>
      <group id="g2">
        <unit id="u3"><segment><source><![CDATA[价格 < 30 & 更多]]>元&#x3002;</source><target>Price &lt; 30 &amp; more yuan.</target></segment></unit>
        <unit id="u4"><segment><source>空的译文。</source><target>   </target></segment></unit>
        <unit id="u5">
          <mda:metadata><mda:metaGroup category="tmkit"><mda:meta type="context-next"></mda:meta><mda:meta type="created">2023-01-01T00:00:00Z</mda:meta></mda:metaGroup></mda:metadata>
          <segment><source>第一句。</source><target>First.</target></segment>
          <ignorable><source>
</source><target> </target></ignorable>
          <segment><source><mrk id="m1" translate="no">新华社</mrk>第二句。</source></segment>
        </unit>
      </group>
    </group>
  </file>
  <file id="f2">
    <unit id="u1"><segment><source>第二个文件。</source><target>The second file.</target></segment></unit>
    <unit id="u2"><segment state="initial"><source>结尾。</source><target/></segment></unit>
    <unit id="u3"><segment><source>最后。</source><target>Last.</target></segment></unit>
  </file>
</xliff>
`;

const XLIFF12 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0">
  <file original="a.txt" source-language="zh-CN" target-language="en-US" datatype="plaintext">
    <header><note>文件头</note><skl><internal-file>not units</internal-file></skl></header>
    <body>
      <trans-unit id="1" approved="yes">
        <source>点击<g id="1">这里</g>，<x id="2"/>然后<bpt id="3">&lt;b&gt;</bpt>继续<ept id="3">&lt;/b&gt;</ept><ph id="4">&lt;br/&gt;</ph>。</source>
        <seg-source><mrk mtype="seg" mid="1">点击<g id="1">这里</g>，</mrk><mrk mtype="seg" mid="2"><x id="2"/>然后继续。</mrk></seg-source>
        <target state="translated">Click <g id="1">here</g>, <x id="2"/>then <mrk mtype="term">go on</mrk>.</target>
        <alt-trans match-quality="80"><source>点击那里。</source><target>Click there.</target></alt-trans>
        <note from="editor">检查</note>
        <context-group name="tmkit-metadata-1" purpose="information"><context context-type="x-tmkit:changed">2024-02-02T10:10:10Z</context><context context-type="x-tmkit:context-next">下文。</context></context-group>
      </trans-unit>
      <group id="g1" resname="section">
        <note>组注释</note>
        <trans-unit id="2"><source>  只有原文，没有译文。  </source></trans-unit>
        <group>
          <trans-unit id="3"><source>价格 &lt; 30<bx id="5"/>元<ex id="5"/>。</source><target state="x-custom"><![CDATA[Price < 30]]> yuan.</target></trans-unit>
          <bin-unit id="b1" mime-type="image/png"><bin-source><external-file href="a.png"/></bin-source></bin-unit>
        </group>
        <trans-unit id="4"><source>空的译文。</source><target></target></trans-unit>
        <sdl:trans-unit id="5"><source>别的命名空间。</source><target>Another namespace.</target></sdl:trans-unit>
      </group>
    </body>
  </file>
  <file original="b.txt" source-language="zh-CN" target-language="en-US" datatype="plaintext">
    <body>
      <trans-unit id="1"><source>第二个文件。</source><target>Second file.</target></trans-unit>
      <trans-unit id="2"><source>最后。</source><target>Last.</target><sdl:seg-defs><sdl:seg id="1"/></sdl:seg-defs></trans-unit>
    </body>
  </file>
</xliff>
`;

function fullReader(text: string, file: string) {
  return memoryEntries(readMemory(text, file), file);
}

function dialectOf(text: string, file: string): XliffDialect {
  return readMemory(text, file).format as XliffDialect;
}

/** The text cut into pieces of `size` characters, as a stream would deliver it. */
function pieces(text: string, size: number): string[] {
  const result: string[] = [];
  for (let at = 0; at < text.length; at += size) result.push(text.slice(at, at + size));
  return result;
}

/** A memory of many units: groups, several segments, inline codes, untranslated and empty units. */
function generatedMemory(units: number): Memory {
  let seed = 42;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const words = ['会谈', '双方', '新华社', '北京', '经济', '合作', '记者', '发展'];
  const english = ['talks', 'both sides', 'Xinhua', 'Beijing', 'economy', 'cooperation', 'reporter', 'growth'];
  const text = (side: string[], id: number): Inline[] => {
    const parts: Inline[] = [side[next(side.length)]];
    if (next(3) === 0) parts.push({ kind: 'pc', id: `c${id}`, attrs: [['id', `c${id}`]], content: [side[next(side.length)]] });
    if (next(4) === 0) parts.push({ kind: 'ph', id: `p${id}`, attrs: [['id', `p${id}`]] });
    parts.push(`${side[next(side.length)]}${next(100)}。`);
    return parts;
  };
  const items: Array<Unit | UnitGroup> = [];
  let group: UnitGroup | undefined;
  for (let i = 1; i <= units; i++) {
    const kind = next(10);
    const segments = Array.from({ length: 1 + next(2) }, (_, s) => ({
      id: `s${s + 1}`,
      source: text(words, i * 10 + s),
      target: kind === 0 ? undefined : kind === 1 ? [] : text(english, i * 10 + s),
    }));
    const unit: Unit = { id: `u${i}`, segments, notes: [], metadata: {} };
    if (next(7) === 0) unit.context = { previous: '之前。' };
    if (next(5) === 0) unit.changed = '2024-01-02T03:04:05Z';
    if (next(8) === 0) {
      if (group) items.push(group);
      group = { id: `g${i}`, items: [], notes: [], metadata: {} };
    }
    if (group && next(6) !== 0) group.items.push(unit);
    else items.push(unit);
    if (group && next(5) === 0) {
      items.push(group);
      group = undefined;
    }
  }
  if (group) items.push(group);
  return { srcLang: 'zh', trgLang: 'en', files: [{ id: 'f1', items, notes: [], metadata: {} }, { id: 'f2', items: [{ id: 'last', segments: [{ source: ['结束。'], target: ['The end.'] }], notes: [], metadata: {} }], notes: [], metadata: {} }] };
}

describe('xliffEntries', () => {
  it('reads the same entries as the full reader: files, groups, segments, ignorables, inline codes, metadata, empty and absent targets', () => {
    for (const [text, file, dialect, origins] of [
      [XLIFF2, 'memory.xlf', 'xliff2', ['memory.xlf#u1', 'memory.xlf#u3', 'memory.xlf#u5', 'memory.xlf#u1', 'memory.xlf#u3']],
      [XLIFF12, 'memory12.xlf', 'xliff12', ['memory12.xlf#1', 'memory12.xlf#3', 'memory12.xlf#1', 'memory12.xlf#2']],
    ] as const) {
      const expected = fullReader(text, file);
      expect(expected.map((entry) => entry.origin)).toEqual(origins);
      for (const size of [text.length, 64, 7, 1]) expect([...xliffEntries(pieces(text, size), file, dialect)]).toEqual(expected);
      const crlf = text.replace(/\n/g, '\r\n');
      expect([...xliffEntries(pieces(crlf, 64), file, dialect)]).toEqual(fullReader(crlf, file));
    }
  });

  it('agrees with the full reader on the fixtures and the sample memory', () => {
    for (const file of ['tests/fixtures/tm/document.xlf', 'tests/formats/fixtures/okapi.xlf', 'tests/formats/fixtures/angular.xlf', 'tests/formats/fixtures/xcode.xliff', 'tests/formats/fixtures/memoq.mqxliff', 'tests/formats/fixtures/trados.sdlxliff', 'memory/xi-kim-talks.xlf']) {
      const text = readFileSync(file, 'utf8');
      const expected = fullReader(text, file);
      expect(expected.length).toBeGreaterThan(0);
      expect([...xliffEntries(pieces(text, 1000), file, dialectOf(text, file))]).toEqual(expected);
    }
  });

  it('agrees with the full reader on generated memories in XLIFF 2 and 1.2', () => {
    const memory = generatedMemory(1000);
    for (const format of [xliff2Format, xliff12Format]) {
      const text = format.serialize(memory);
      const expected = fullReader(text, 'generated.xlf');
      expect(expected.length).toBeGreaterThan(500);
      expect([...xliffEntries(pieces(text, 4096), 'generated.xlf', format.id as XliffDialect)]).toEqual(expected);
    }
  });

  it('rejects what the full reader rejects, with the file and a line', () => {
    const broken: Array<[string, XliffDialect]> = [
      ...[
        XLIFF2.replace('version="2.1"', 'version="1.2"'),
        XLIFF2.replace('urn:oasis:names:tc:xliff:document:2.0', 'urn:example:other'),
        XLIFF2.replace(' srcLang="zh-CN"', ''),
        XLIFF2.replace(' trgLang="en"', ''),
        XLIFF2.replace('<file id="f2">', '<file id="f1">'),
        XLIFF2.replace('<file id="f2">', '<file>'),
        XLIFF2.replace('<unit id="u4">', '<unit id="u2">'),
        XLIFF2.replace('<group id="g2">', '<group id="u1">'),
        XLIFF2.replace('<unit id="u2">', '<unit>'),
        XLIFF2.replace('<x:unit id="foreign">', '<x:unit id="foreign"><x:y/>').replace('</x:unit>', '</x:unit><other/>').replace('<file id="f2">', '<wrong/><file id="f2">'),
        XLIFF2.replace('<segment state="initial">', '<segment state="done">'),
        XLIFF2.replace('subState="x:ok"', 'subState="ok"'),
        XLIFF2.replace('双方<ec startRef="2"/>', '双方<ec startRef="9"/>'),
        XLIFF2.replace('<target order="2">', '<target order="7">'),
        XLIFF2.replace('<note appliesTo="source">', '<note appliesTo="both">'),
        XLIFF2.replace('<note id="n1" priority="2">', '<note id="n1" priority="12">'),
        XLIFF2.replace('<source>第一句。</source>', '<source>第一句。</source><extra/>'),
        XLIFF2.replace('<unit id="u2"><segment><source>  只有原文。  </source></segment></unit>', '<unit id="u2"><ignorable><source> </source></ignorable></unit>'),
        XLIFF2.replace('<group id="g1" name="body">', '<group id="g1" name="body">stray text'),
        XLIFF2.replace('</xliff>', ''),
        XLIFF2.replace('&lt;b&gt;', '&nbsp;'),
        XLIFF2.replace('</segment></unit>', '</unit>'),
        XLIFF2.replace('<!-- a memory', '<!DOCTYPE xliff [<!ENTITY x "y">]>\n<!-- a memory'),
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="zh"/>',
        '<memory/>',
        XLIFF2.replace('<file id="f2">', '<notes><note>太晚了</note></notes><file id="f2">'),
        XLIFF2.replace('<file id="f1" original="news.html">', '<notes/><file id="f1" original="news.html">'),
      ].map((text): [string, XliffDialect] => [text, 'xliff2']),
      ...[
        XLIFF12.replace('version="1.2"', 'version="3"'),
        XLIFF12.replace(' datatype="plaintext"', ''),
        XLIFF12.replace('original="b.txt" ', ''),
        XLIFF12.replace('<file original="b.txt" source-language="zh-CN"', '<file original="b.txt"'),
        XLIFF12.replace('<trans-unit id="4">', '<trans-unit id="2">'),
        XLIFF12.replace('<trans-unit id="4">', '<trans-unit>'),
        XLIFF12.replace('<target state="x-custom">', '<target state="done">'),
        XLIFF12.replace('<trans-unit id="2"><source>  只有原文，没有译文。  </source></trans-unit>', '<trans-unit id="2"/>'),
        XLIFF12.replace(/<body>\s*<trans-unit id="1"><source>第二个文件。[\s\S]*?<\/body>/, '<wrong/>'),
        XLIFF12.replace('<group>', '<group>text'),
        XLIFF12.replace('<file original="b.txt"', '<!-- only files here --><file original="b.txt"'),
        XLIFF12.replace('<file original="b.txt"', '<other/><file original="b.txt"'),
        XLIFF12.replace('</trans-unit>', '</source>'),
        '<xliff version="1.2"></xliff>',
      ].map((text): [string, XliffDialect] => [text, 'xliff12']),
    ];
    for (const [text, dialect] of broken) {
      expect(() => fullReader(text, 'bad.xlf'), String(broken.findIndex(([other]) => other === text))).toThrow(InputError);
      let error: unknown;
      try {
        Array.from(xliffEntries(pieces(text, 50), 'bad.xlf', dialect));
      } catch (caught) {
        error = caught;
      }
      expect(error, text.slice(0, 300)).toBeInstanceOf(InputError);
      expect((error as InputError).message).toMatch(/^bad\.xlf:\d+:\d+: /);
    }
  });
});
