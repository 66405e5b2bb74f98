import { describe, expect, it } from 'vitest';
import { getMemoryFormat, readMemory } from '../../src/formats/index.js';
import { validate } from './validate-xml.js';

const XLIFF2 = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="zh" trgLang="en"><file id="f1"><unit id="u1"><segment><source>下雨了。</source><target>It rains.</target></segment></unit></file></xliff>`;

describe('validation against the shipped schemas (libxml2 as WebAssembly)', () => {
  it('accepts a valid file and names the line of what breaks the schema', async () => {
    expect(await validate('xliff-2.1', XLIFF2)).toBe('valid');
    expect(await validate('xliff-2.1', XLIFF2.replace('<segment>', '\n<segment state="done">'))).toMatch(/^2: .*state/);
    expect(await validate('xliff-2.1', XLIFF2.replace('<file id="f1">', '<file>'))).toMatch(/id/);
  });

  it('XLIFF 2.2 and 1.2 schemas load the W3C xml.xsd they import by URL from the shipped copy', async () => {
    expect(await validate('xliff-2.2', XLIFF2.replace('document:2.0', 'document:2.2').replace('version="2.1"', 'version="2.2" xml:space="default"'))).toBe('valid');
    const xliff12 = getMemoryFormat('xliff12').serialize(readMemory(XLIFF2, 'a.xlf'));
    expect(await validate('xliff-1.2', xliff12)).toBe('valid');
    expect(await validate('xliff-1.2', xliff12.replace('<source', '<source xml:space="sometimes"'))).toMatch(/space/);
  });

  it('checks TMX 1.4 with the RELAX NG rendering of its DTD', async () => {
    const tmx = getMemoryFormat('tmx').serialize(readMemory(XLIFF2, 'a.xlf'));
    expect(await validate('tmx-1.4', tmx)).toBe('valid');
    expect(await validate('tmx-1.4', tmx.replace('segtype="sentence"', 'segtype="word"'))).not.toBe('valid');
    expect(await validate('tmx-1.4', tmx.replace(/<tuv xml:lang="en">[\s\S]*?<\/tuv>/, '$&<tuv><seg>x</seg></tuv>'))).not.toBe('valid');
  });
});
