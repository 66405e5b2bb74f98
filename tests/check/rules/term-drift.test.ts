import { describe, expect, it } from 'vitest';
import { rule } from '../../../src/check/rules/term-drift.js';
import { found, run, termbase, unit } from '../rule-harness.js';

describe('term-drift', () => {
  const units = [
    unit('u1', '这是他担任朝鲜领导人后的首次访问。', 'It is his first visit as leader of the DPRK.'),
    unit('u2', '中方支持朝鲜。', 'China supports the DPRK.'),
    unit('u3', '朝鲜代表团抵达。', 'The DPRK delegation arrived.'),
    unit('u4', '中朝承诺巩固关系', 'China, North Korea vow to consolidate ties'),
  ];

  it('learns the usual rendering from the units and reports the minority one, without a termbase', () => {
    expect(found(run(rule, units))).toEqual([['u4', 'drift', 'North Korea', 'DPRK']]);
  });

  it('leaves forms the termbase rules on to the termbase rules', () => {
    expect(run(rule, units, { termbase: termbase('朝鲜,North Korea,deprecated,org,') })).toEqual([]);
  });

  it('treats spelling variants and short forms as one rendering', () => {
    const consistent = [unit('u1', '朝鲜', 'the DPRK said'), unit('u2', '朝鲜', "the DPRK's view"), unit('u3', '朝鲜', 'D.P.R.K. officials')];
    expect(run(rule, consistent.slice(0, 2))).toEqual([]);
  });
});
