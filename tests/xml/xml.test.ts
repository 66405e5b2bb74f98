import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseXml, serializeXml } from '../../src/xml/xml.js';
import { MAX_NESTING_DEPTH } from '../../src/xml/legal-text.js';

describe('parseXml', () => {
  it('keeps attributes in order, text, CDATA, comments and processing instructions, with positions', () => {
    const text = '<?xml version="1.0" encoding="UTF-8"?>\n<!-- head -->\n<a z="1" b="&lt;2&gt;">x &amp; y<![CDATA[<raw>]]><?pi body?><b/>\n  <c>中文</c></a>\n';
    const document = parseXml(text);
    expect(document.declaration).toEqual({ version: '1.0', encoding: 'UTF-8', standalone: undefined });
    expect(document.root.attrs).toEqual([['z', '1'], ['b', '<2>']]);
    expect(document.root.children.map((child) => child.type)).toEqual(['text', 'cdata', 'pi', 'element', 'text', 'element']);
    const c = document.root.children[5];
    expect(c.type === 'element' && [c.line, c.column]).toEqual([4, 3]);
    expect(serializeXml(parseXml(serializeXml(document)))).toBe(serializeXml(document));
  });

  it('refuses entity declarations (XXE, entity expansion) and undefined entities', () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>';
    expect(() => parseXml(xxe, { fileName: 'x.xml' })).toThrow(/entity declarations are refused/);
    const bomb = '<!DOCTYPE a [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><a>&b;</a>';
    expect(() => parseXml(bomb)).toThrow(InputError);
    expect(() => parseXml('<a>&nbsp;</a>')).toThrow(/undefined entity &nbsp;/);
  });

  it('reports malformed XML with line and column', () => {
    const cases: Array<[string, RegExp]> = [
      ['<a>\n<b></a>', /^x\.xml:2:\d+: .*end tag <\/a> does not match <b>/],
      ['<a x="1" x="2"/>', /duplicate attribute x/],
      ['<a>text', /element <a> is not closed/],
      ['<a/><b/>', /more than one root element/],
      ['', /no root element/],
      ['<a b=1/>', /must be quoted/],
      ['<a>x & y</a>', /unescaped "&"/],
    ];
    for (const [text, message] of cases) expect(() => parseXml(text, { fileName: 'x.xml' }), text).toThrow(message);
  });

  it('reads nesting up to the documented limit and refuses deeper nesting with one line', () => {
    const nest = (depth: number) => `${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}`;
    expect(parseXml(nest(MAX_NESTING_DEPTH)).root.name).toBe('a');
    expect(() => parseXml(nest(MAX_NESTING_DEPTH + 1))).toThrow(/nest more than 256 deep/);
    expect(() => parseXml(nest(50_000))).toThrow(InputError);
  });

  it('refuses characters outside XML 1.0 Char, raw or as references, and unknown encodings', () => {
    for (const text of ['<a>\u0001</a>', '<a>&#1;</a>', '<a b="&#x1B;"/>', '<a>\uD800</a>', '<a>&#xFFFE;</a>', '<a>\u000C</a>']) {
      expect(() => parseXml(text), JSON.stringify(text)).toThrow(InputError);
    }
    expect(parseXml('<a>\t\u2028\uD83D\uDE00&#x10000;</a>').root.children).toHaveLength(1);
    expect(() => parseXml('<?xml version="1.0" encoding="UTF 8"?><a/>')).toThrow(/invalid encoding name/);
    expect(() => parseXml('<?xml version="1.0" encoding="Shift_JIS"?><a/>')).toThrow(/unsupported encoding/);
    expect(parseXml('<?xml version="1.0" encoding="utf-16"?><a/>').declaration?.encoding).toBe('utf-16');
  });

  it('finds a duplicate attribute among few or many', () => {
    const attributes = (n: number) => Array.from({ length: n }, (_, i) => ` a${i}="v"`).join('');
    for (const n of [1, 7, 8, 20]) expect(() => parseXml(`<a${attributes(n)} a0="w"/>`), String(n)).toThrow(/duplicate attribute a0/);
    expect(parseXml(`<a${attributes(20)}/>`).root.attrs).toHaveLength(20);
  });

  it('finds the column of an error far along a single long line', () => {
    const text = `<a>${'<x/>'.repeat(200_000)}<b></c></a>`;
    expect(() => parseXml(text)).toThrow(/1:800007: .*end tag <\/c> does not match <b>/);
  });
});
