import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { applySrx, exportSrx, parseSrx, segment } from '../../src/segment/index.js';

const srx = (cascade: 'yes' | 'no', rules: string, maps: string) => `<?xml version="1.0" encoding="UTF-8"?>
<srx xmlns="http://www.lisa.org/srx20" version="2.0">
  <header segmentsubflows="yes" cascade="${cascade}"/>
  <body>
    <languagerules>${rules}</languagerules>
    <maprules>${maps}</maprules>
  </body>
</srx>`;

const rule = (isBreak: boolean, before: string, after: string) => `<rule break="${isBreak ? 'yes' : 'no'}"><beforebreak>${before}</beforebreak><afterbreak>${after}</afterbreak></rule>`;

describe('SRX 2.0', () => {
  const file = srx(
    'yes',
    `<languagerule languagerulename="Titles">${rule(false, '\\bProf\\.', '\\s')}</languagerule>
     <languagerule languagerulename="Default">${rule(true, '[.!?]+', '\\s+\\p{Lu}')}</languagerule>`,
    `<languagemap languagepattern="en.*" languagerulename="Titles"/><languagemap languagepattern=".*" languagerulename="Default"/>`,
  );

  it('applies the first matching rule at each position, cascading through matching language maps', () => {
    const rules = parseSrx(file, 'rules.srx');
    expect(segment('Prof. Wang arrived. He spoke.', { lang: 'en', rules }).map((s) => s.text)).toEqual(['Prof. Wang arrived.', 'He spoke.']);
    // Chinese maps only to Default: the no-break rule for "Prof." does not apply.
    expect(segment('Prof. Wang arrived.', { lang: 'zh', rules }).map((s) => s.text)).toEqual(['Prof.', 'Wang arrived.']);
  });

  it('without cascading, uses the first matching language map only', () => {
    const rules = parseSrx(file.replace('cascade="yes"', 'cascade="no"'), 'rules.srx');
    expect(applySrx(rules, 'en', 'Prof. Wang arrived. He spoke.')).toEqual([]);
  });

  it('reads its own export and segments like the built-in rules on plain cases', () => {
    const rules = parseSrx(exportSrx(), 'tmkit.srx');
    expect(segment('Mr. Kim came. He left.', { lang: 'en', rules }).map((s) => s.text)).toEqual(['Mr. Kim came.', 'He left.']);
    expect(segment('他来了。他走了！', { lang: 'zh', rules }).map((s) => s.text)).toEqual(['他来了。', '他走了！']);
  });

  it('names the file and the problem for malformed or non-SRX input', () => {
    expect(() => parseSrx('<srx><body>', 'bad.srx')).toThrow(InputError);
    expect(() => parseSrx('<rules/>', 'other.srx')).toThrow(/other\.srx.*not an SRX file/);
    expect(() => parseSrx(srx('yes', `<languagerule languagerulename="X">${rule(true, '[', '')}</languagerule>`, ''), 're.srx')).toThrow(/invalid regular expression/);
    expect(() => parseSrx(srx('yes', '', '<languagemap languagepattern=".*" languagerulename="Missing"/>'), 'map.srx')).toThrow(/unknown language rule "Missing"/);
  });
});
