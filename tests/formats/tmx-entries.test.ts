import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { tmxFormat } from '../../src/formats/index.js';
import { tmxEntries } from '../../src/formats/tmx-entries.js';
import { memoryEntries } from '../../src/tm/index.js';

const TRICKY = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="zh-CN" datatype="xml"/>
  <body>
    <!-- before the first unit -->
    <tu tuid="a" creationdate="20240101T000000Z">
      <note>a note</note>
      <prop type="x-tmkit:context-previous">上文。</prop>
      <prop type="x-tmkit:context-previous">ignored: the first one counts</prop>
      <prop type="x-domain">politics</prop>
      <tuv xml:lang="zh-CN"><seg>点击<bpt i="1">&lt;b&gt;</bpt>这里<ept i="1">&lt;/b&gt;</ept>，<ph>&lt;br/&gt;</ph>然后<hi x="1">继续<sub>（注）</sub></hi>。</seg></tuv>
      <tuv xml:lang="en-US"><seg>Click <bpt i="1">&lt;b&gt;</bpt>here<ept i="1">&lt;/b&gt;</ept>, then <hi>go on</hi>.</seg></tuv>
      <tuv xml:lang="fr"><seg>Cliquez ici.</seg></tuv>
    </tu>
    <tu changedate="20240202T101010Z" creationdate="20230101T000000Z">
      <tuv xml:lang="zh"><seg>  只有原文，没有译文。  </seg></tuv>
    </tu>
    <tu tuid="c" changedate="not a date">
      <tuv xml:lang="zh-CN"><seg><![CDATA[价格 < 30 & 更多]]>元<!-- a comment counts -->。</seg></tuv>
      <tuv xml:lang="en-US"><seg>Price &lt; 30 &amp; more &#x4E2D;.</seg></tuv>
      <tuv xml:lang="en-US"><seg>A second English text is not the target.</seg></tuv>
    </tu>
    <tu tuid="d">
      <prop type="x-tmkit:context-next"></prop>
      <tuv xml:lang="zh-CN"><seg>空的译文。</seg></tuv>
      <tuv xml:lang="en-US"><seg>   </seg></tuv>
    </tu>
    <tu tuid="e">
      <tuv xml:lang="en-US"><seg>English first.</seg></tuv>
      <tuv xml:lang="zh-CN"><seg>原文在后。</seg></tuv>
    </tu>
  </body>
</tmx>
`;

function fullReader(text: string, file: string) {
  return memoryEntries(tmxFormat.parse(text, { fileName: file }), file);
}

/** The text cut into pieces of `size` characters, as a stream would deliver it. */
function pieces(text: string, size: number): string[] {
  const result: string[] = [];
  for (let at = 0; at < text.length; at += size) result.push(text.slice(at, at + size));
  return result;
}

describe('tmxEntries', () => {
  it('reads the same entries as the full reader: inline codes, comments, notes, props, untranslated units', () => {
    const expected = fullReader(TRICKY, 'tricky.tmx');
    expect(expected.map((entry) => entry.origin)).toEqual(['tricky.tmx#a', 'tricky.tmx#c', 'tricky.tmx#e']);
    for (const size of [TRICKY.length, 64, 7, 1]) expect([...tmxEntries(pieces(TRICKY, size), 'tricky.tmx')]).toEqual(expected);
  });

  it('agrees with the full reader on the fixtures', () => {
    for (const file of ['tests/fixtures/tm/memory.tmx', 'tests/formats/fixtures/omegat.tmx']) {
      const text = readFileSync(file, 'utf8');
      expect([...tmxEntries([text], file)]).toEqual(fullReader(text, file));
    }
  });

  it('takes the source language from the first unit when the header says *all*', () => {
    const text = TRICKY.replace('srclang="zh-CN"', 'srclang="*all*"');
    expect([...tmxEntries(pieces(text, 100), 'all.tmx')]).toEqual(fullReader(text, 'all.tmx'));
  });

  it('rejects what the full reader rejects, with the file and a line', () => {
    const broken = [
      TRICKY.replace('<tmx version="1.4">', '<tmx version="2.0">'),
      TRICKY.replace('tuid="c"', 'tuid="a"'),
      TRICKY.replace('<tuv xml:lang="zh"><seg>  只有原文', '<tuv xml:lang="de"><seg>  只有原文'),
      TRICKY.replace('<tuv xml:lang="fr"><seg>Cliquez ici.</seg></tuv>', '<tuv xml:lang="fr"></tuv>'),
      TRICKY.replace('<tuv xml:lang="fr">', '<tuv>'),
      TRICKY.replace('</body>', '<other/></body>'),
      TRICKY.replace('<note>a note</note>', 'stray text'),
      TRICKY.replace('</tu>', '</tuv>'),
      TRICKY.replace('&lt; 30', '&nbsp; 30'),
      TRICKY.replace('<!DOCTYPE tmx SYSTEM "tmx14.dtd">', '<!DOCTYPE tmx [<!ENTITY x "y">]>'),
      TRICKY.replace(/<header[^>]*>/, '<header srclang="zh"/>').replace(/<header[^>]*>/, ''),
      '<tmx version="1.4"><header srclang="zh"/></tmx>',
      '<memory/>',
    ];
    for (const text of broken) {
      expect(() => fullReader(text, 'bad.tmx')).toThrow(InputError);
      let error: unknown;
      try {
        tmxEntries(pieces(text, 50), 'bad.tmx');
      } catch (caught) {
        error = caught;
      }
      expect(error, text.slice(0, 200)).toBeInstanceOf(InputError);
      expect((error as InputError).message).toMatch(/^bad\.tmx:\d+:\d+: /);
    }
  });
});
