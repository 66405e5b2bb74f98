import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseXml, serializeXml } from '../../src/formats/xml.js';

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

  it('handles deep nesting without recursion', () => {
    const depth = 50_000;
    const document = parseXml(`${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}`);
    expect(document.root.name).toBe('a');
  });
});
