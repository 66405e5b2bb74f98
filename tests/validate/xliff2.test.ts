import { describe, expect, it } from 'vitest';
import { parseXml } from '../../src/xml/xml.js';
import { createTranslator, LOCALES } from '../../src/i18n/i18n.js';
import { xliff2Violations } from '../../src/validate/xliff2.js';

const translators = LOCALES.map(createTranslator);

const doc = (units: string, root = 'srcLang="zh" trgLang="en"', file = '') =>
  `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0" xmlns:slr="urn:oasis:names:tc:xliff:sizerestriction:2.0" xmlns:x="urn:example" version="2.1" ${root}>\n<file id="f1">${file}\n${units}\n</file>\n</xliff>`;
const rules = (text: string) => xliff2Violations(parseXml(text).root).map((violation) => violation.rule);

describe('XLIFF 2 processing requirements', () => {
  it('accepts a document that meets them, modules and extensions included', () => {
    const valid = doc(
      `<unit id="u1" x:tool="a">
  <mtc:matches><mtc:match ref="#s1"><source>会谈</source><target>Talks</target></mtc:match></mtc:matches>
  <notes><note id="n1">核实</note></notes>
  <originalData><data id="d1">&lt;b&gt;</data><data id="d2">&lt;/b&gt;</data></originalData>
  <segment id="s1" state="final" subState="x:ok"><source><sc id="1" dataRef="d1"/>会谈<mrk id="m1" type="comment" ref="#n=n1">开始</mrk></source><target><sc id="1" dataRef="d1"/>Talks <mrk id="m1" type="comment" value="ok">began</mrk></target></segment>
  <ignorable><source> </source></ignorable>
  <segment id="s2"><source>了。<ec startRef="1" dataRef="d2"/><ph id="2" canCopy="no" canDelete="no" canReorder="firstNo"/><ph id="3" canCopy="no" canDelete="no" canReorder="no"/></source><target>.<ec startRef="1" dataRef="d2"/><ph id="2" canCopy="no" canDelete="no" canReorder="firstNo"/><ph id="3" canCopy="no" canDelete="no" canReorder="no"/></target></segment>
</unit>
<unit id="u2" slr:sizeRestriction="35,*"><segment><source><ph id="1" slr:equivStorage="7"/>另一句。</source></segment></unit>`,
    );
    expect(xliff2Violations(parseXml(valid).root)).toEqual([]);
  });

  it.each([
    ['unique-id', doc('<unit id="u1"><segment><source>a</source></segment></unit><group id="u1"/>')],
    ['unique-id', doc('<unit id="u1"><segment id="s"><source>a</source></segment><ignorable id="s"><source> </source></ignorable></unit>')],
    ['unique-id', doc('<unit id="u1"><notes><note id="n">a</note><note id="n">b</note></notes><segment><source>a</source></segment></unit>')],
    ['language', doc('<unit id="u1"><segment><source>a</source><target>b</target></segment></unit>', 'srcLang="zh"')],
    ['language', doc('<unit id="u1" xml:lang="fr"><segment><source>a</source></segment></unit>')],
    ['language-tag', doc('<unit id="u1"><segment><source>a</source></segment></unit>', 'srcLang="z" trgLang="en"')],
    ['sc-ec', doc('<unit id="u1"><segment><source><ec startRef="1"/>a<sc id="1"/></source></segment></unit>')],
    ['sc-ec', doc('<unit id="u1"><segment><source><sc id="1"/>a</source></segment></unit>')],
    ['sc-ec-attributes', doc('<unit id="u1"><segment><source><sc id="1" canCopy="no"/>a<ec startRef="1"/></source></segment></unit>')],
    ['sm-em', doc('<unit id="u1"><segment><source>a<sm id="m1" type="comment" value="v"/>b</source></segment></unit>')],
    ['data-ref', doc('<unit id="u1"><segment><source><ph id="1" dataRef="d9"/></source></segment></unit>')],
    ['copy-of', doc('<unit id="u1"><segment><source><ph id="1"/><ph id="2" copyOf="7"/></source></segment></unit>')],
    ['can-reorder', doc('<unit id="u1"><segment><source><ph id="1" canReorder="no" canCopy="no" canDelete="no"/></source></segment></unit>')],
    ['target-order', doc('<unit id="u1"><segment><source>a</source><target order="2">b</target></segment><segment><source>c</source><target>d</target></segment></unit>')],
    ['sub-state', doc('<unit id="u1"><segment subState="x:y"><source>a</source></segment></unit>')],
    ['sub-type', doc('<unit id="u1"><segment><source><ph id="1" subType="xlf:var" type="fmt"/></source></segment></unit>')],
    ['unit-segment', doc('<unit id="u1"><ignorable><source> </source></ignorable></unit>')],
    ['skeleton', doc('<unit id="u1"><segment><source>a</source></segment></unit>', undefined, '<skeleton/>')],
    ['fragment-id', doc('<unit id="u1"><segment><source><mrk id="m1" type="x:t" ref="#u=u1/f=f1/n=n1">a</mrk></source></segment></unit>')],
    ['comment-annotation', doc('<unit id="u1"><segment><source><mrk id="m1" type="comment">a</mrk></source></segment></unit>')],
    ['non-removable', doc('<unit id="u1"><segment><source><ph id="1" canDelete="no"/>a</source><target>b</target></segment></unit>')],
    ['extension-attribute', doc('<unit id="u1"><segment><source><pc id="1" x:bad="1">a</pc></source></segment></unit>')],
    ['cp', doc('<unit id="u1"><segment><source><cp hex="0041"/></source></segment></unit>')],
    ['mtc', doc('<unit id="u1"><mtc:matches><mtc:match ref="s1"><source>a</source><target>b</target></mtc:match></mtc:matches><segment id="s1"><source>a</source></segment></unit>')],
    ['slr', doc('<unit id="u1" slr:sizeRestriction="ninety"><segment><source>a</source></segment></unit>')],
  ])('reports %s, in words of both locales', (rule, text) => {
    const violations = xliff2Violations(parseXml(text).root);
    expect(violations.map((violation) => violation.rule)).toContain(rule);
    for (const t of translators) {
      for (const { messageId, data } of violations) expect(t(`validate:problems.${messageId}`, data)).not.toMatch(/problems\.|\{\{/);
    }
  });

  it('reports every violation with its line, not only the first', () => {
    const text = doc('<unit id="u1"><segment subState="x:y"><source>a</source></segment></unit>\n<unit id="u1"><ignorable><source> </source></ignorable></unit>');
    const violations = xliff2Violations(parseXml(text).root);
    expect(violations.map((violation) => [violation.rule, violation.line])).toEqual([
      ['sub-state', 3],
      ['unique-id', 4],
      ['unit-segment', 4],
    ]);
  });

  it('walks a document nested up to the reading limit; deeper is refused while parsing', () => {
    const nested = (depth: number) => doc(`<unit id="u1"><segment><source>${'<pc id="p">'.repeat(depth)}a${'</pc>'.repeat(depth)}</source></segment></unit>`);
    expect(rules(nested(250))).toContain('unique-id');
    expect(() => parseXml(nested(50_000))).toThrow(/nest more than 256 deep/);
  });
});
