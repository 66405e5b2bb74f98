import { describe, expect, it } from 'vitest';
import { rule } from '../../../src/check/rules/term-missing.js';
import { found, run, termbase, unit } from '../rule-harness.js';
import { testRule } from '../rule-tester.js';

const terms = termbase('崔善姬,Choe Son Hui,preferred,name,\n何立峰,He Lifeng,preferred,name,\n何立峰,He,admitted,name,\n全球发展倡议,Global Development Initiative,preferred,term,\n朝鲜,DPRK,preferred,org,\n外务相,Foreign Minister,preferred,title,');

describe('term-missing', () => {
  it('reports a name or fixed term of the source that the target lacks, with no found form', () => {
    expect(found(run(rule, [unit('u1', '全球发展倡议得到支持。', 'The initiative won support.')], { termbase: terms }))).toEqual([['u1', 'missing', null, 'Global Development Initiative']]);
    const [report] = run(rule, [unit('u1', '会见时崔善姬说。', 'The minister said.')], { termbase: terms });
    expect(report).toMatchObject({ messageId: 'missing', side: 'source', offset: 3, source: '崔善姬' });
  });

  it('names a variant spelling and a near form of an approved form as found', () => {
    expect(found(run(rule, [unit('u1', '崔善姬出席。', 'Choe Son-Hui attended.')], { termbase: terms }))).toEqual([['u1', 'variant', 'Choe Son-Hui', 'Choe Son Hui']]);
    expect(found(run(rule, [unit('u1', '崔善姬出席。', 'Choe Sun Hui attended.')], { termbase: terms }))).toEqual([['u1', 'near', 'Choe Sun Hui', 'Choe Son Hui']]);
  });

  it('accepts possessives, plurals, short forms, and paraphrased organisations and titles', () => {
    const units = [
      unit('u1', '崔善姬出席。', "Choe Son Hui's team attended."),
      unit('u2', '崔善姬说。', 'Choe said.'),
      unit('u3', '访问朝鲜。', 'A visit to the neighbouring country.'),
      unit('u4', '全球发展倡议', 'Global Development Initiatives'),
      unit('u5', '外务相崔善姬说。', 'Choe Son Hui said.'),
    ];
    expect(run(rule, units, { termbase: terms })).toEqual([]);
  });

  it('takes neither a lower-case common word for a name nor a near form for a term the source does not name', () => {
    const units = [unit('u1', '她说他会来。', 'She said he would come.'), unit('u2', '全球治理', 'A global development initiative of theirs.')];
    expect(run(rule, units, { termbase: terms })).toEqual([]);
  });
});

testRule(rule, {
  valid: [
    { units: [['全球发展倡议受到欢迎。', 'The Global Development Initiative was welcomed.']], termbase: termbase('全球发展倡议,Global Development Initiative,preferred,term,') },
  ],
  invalid: [
    {
      units: [['全球发展倡议受到欢迎。', 'The initiative was welcomed.']], termbase: termbase('全球发展倡议,Global Development Initiative,preferred,term,'),
      errors: [
        { unit: 'u1', message: '"全球发展倡议" is in the source but the target has none of its approved forms (expected "Global Development Initiative")', line: 1, column: 1, expected: 'Global Development Initiative' },
      ],
    },
  ],
});
