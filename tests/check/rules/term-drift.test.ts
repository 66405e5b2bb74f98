import { describe, expect, it } from 'vitest';
import { rule } from '../../../src/check/rules/term-drift.js';
import { found, run, termbase, unit } from '../rule-harness.js';
import { testRule } from '../rule-tester.js';

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

  it('does not take a name that translates another word of the source for drift', () => {
    const units = [
      unit('u1', '高德抵达。', 'Gao De arrived.'),
      unit('u2', '高德发言。', 'Gao De spoke.'),
      unit('u3', '高德离开。', 'Gao De left.'),
      unit('u4', '高德说神保佑。', 'He said: God bless.'),
      unit('u5', '高德说。', 'Gaude said.'),
    ];
    expect(found(run(rule, units))).toEqual([['u5', 'drift', 'Gaude', 'Gao De']]);
  });

  it('follows dictionary references and knows the former names of places', () => {
    const units = [
      unit('u1', '会议在广州举行。', 'The meeting was held in Guangzhou.'),
      unit('u2', '广州的会议结束。', 'The Guangzhou meeting ended.'),
      unit('u3', '他抵达广州。', 'He arrived in Guangzhou.'),
      unit('u4', '欢迎来到广州。', 'Welcome to Canton.'),
    ];
    expect(found(run(rule, units))).toEqual([['u4', 'drift', 'Canton', 'Guangzhou']]);
  });

  it('does not take a common word opening a sentence for a name that sounds like the missing rendering', () => {
    const units = [
      unit('u1', '罗德发言。', 'Luo De spoke.'),
      unit('u2', '罗德离开。', 'Luo De left.'),
      unit('u3', '罗德抵达。', 'Luo De arrived.'),
      unit('u4', '罗德说让我们开始。', 'Let us begin, he said.'),
      unit('u5', '会议开始。', 'The delegates let the meeting begin.'),
    ];
    expect(run(rule, units)).toEqual([]);
  });

  it('takes plurals and possessives for the same rendering', () => {
    const inflected = [
      unit('u1', '巴勒斯坦人抗议。', 'Palestinians protested.'),
      unit('u2', '巴勒斯坦人的要求。', "The Palestinians' demands."),
      unit('u3', '一名巴勒斯坦人受伤。', 'A Palestinian was hurt.'),
      unit('u4', '巴勒斯坦人回家。', 'Palestinians went home.'),
      unit('u5', '巴勒斯坦人集会。', 'Palestinians gathered.'),
      unit('u6', '巴勒斯坦人投票。', 'Palestinians voted.'),
    ];
    expect(run(rule, inflected)).toEqual([]);
  });

  it('reports a minority spelling of the usual rendering, but not short forms or headlines', () => {
    const spelled = [
      unit('u1', '金正恩会见了代表团。', 'Kim Jong Un met the delegation.'),
      unit('u2', '金正恩表示。', 'Kim Jong Un said so.'),
      unit('u3', '金正恩抵达。', 'Kim Jong-un arrived.'),
      unit('u4', '金正恩讲话。', 'Kim spoke.'),
      unit('u5', '金正恩访华', 'KIM JONG-UN VISITS'),
    ];
    expect(found(run(rule, spelled))).toEqual([['u3', 'drift', 'Kim Jong-un', 'Kim Jong Un']]);
  });

  it('learns names the dictionary lacks from their pinyin, and flags an old romanization of one', () => {
    const named = [
      unit('u1', '王明远3月2日在北京会见了代表团。', 'Wang Mingyuan met a delegation in Beijing on March 2.'),
      unit('u2', '王明远表示欢迎。', 'Wang welcomed them.'),
      unit('u3', '王明远4月3日抵达北京。', 'Wang Mingyuan arrived in Beijing on April 3.'),
      unit('u4', '王明远会见了北京代表团。', 'Wang Mingyuan met the Beijing delegation.'),
      unit('u5', '王明远10月9日在北京会见了代表团。', 'Wong Ming-yuen met a delegation in Peking on Oct 9.'),
    ];
    expect(found(run(rule, named)).sort()).toEqual([
      ['u5', 'drift', 'Peking', 'Beijing'],
      ['u5', 'drift', 'Wong Ming-yuen', 'Wang Mingyuan'],
    ]);
  });

  it('does not take another name in the unit for a missing rendering', () => {
    const named = [
      unit('u1', '王明远在北京。', 'Wang Mingyuan is in Beijing.'),
      unit('u2', '王明远在北京。', 'Wang Mingyuan stays in Beijing.'),
      unit('u3', '王明远在北京。', 'Wang Mingyuan left Beijing.'),
      unit('u4', '王明远和李华在北京。', 'Wang Mingyuan and Li Hua met in the capital.'),
    ];
    expect(run(rule, named)).toEqual([]);
  });

  it('reports a person the other units name but this one leaves out, and the name written in another case', () => {
    const units = [
      unit('u1', '特朗普签署了法案。', 'Trump signed the bill.'),
      unit('u2', '特朗普发表讲话。', 'Trump gave a speech.'),
      unit('u3', '特朗普会见了记者。', 'The US president met reporters.'),
      unit('u4', '特朗普政府宣布。', 'The Donald trump administration announced it.'),
      unit('u5', '特朗普说。', 'Trump said.'),
    ];
    expect(found(run(rule, units))).toEqual([
      ['u3', 'dropped', null, 'Trump'],
      ['u4', 'drift', 'Donald trump', 'Trump'],
    ]);
  });

  it('does not take an ordinary word that other units write in lower case for a name in another case', () => {
    const units = [
      unit('u1', '梅说。', 'May said.'),
      unit('u2', '梅发表讲话。', 'May gave a speech.'),
      unit('u3', '梅会见了记者。', 'The talks may go on.'),
      unit('u4', '会议开始。', 'It may rain.'),
    ];
    expect(found(run(rule, units)).filter(([, message]) => message === 'drift')).toEqual([]);
  });

  it('clusters renderings across all files checked together, romanizations included', () => {
    const units = [
      unit('u1', '金正恩抵达。', 'Kim Jong Un arrived.', 'a.xlf'),
      unit('u2', '金正恩讲话。', 'Kim Jong Un spoke.', 'b.xlf'),
      unit('u3', '金正恩离开。', 'Kim Jongun left.', 'c.xlf'),
      unit('u4', '金正恩会见。', 'Kim Jong Un met them.', 'c.xlf'),
    ];
    expect(found(run(rule, units))).toEqual([['u3', 'drift', 'Kim Jongun', 'Kim Jong Un']]);
  });

  it('learns a foreign name written by sound that no dictionary lists, and reports it left out', () => {
    const units = [
      unit('u1', '泽连斯基周二发表讲话。', 'Zelensky spoke on Tuesday.'),
      unit('u2', '泽连斯基会见了记者。', 'Zelensky met reporters.'),
      unit('u3', '泽连斯基随后离开。', 'The Ukrainian leader then left.'),
    ];
    expect(found(run(rule, units))).toEqual([['u3', 'dropped', null, 'Zelensky']]);
  });
});

testRule(rule, {
  valid: [
    { units: [['朝鲜代表团抵达。', 'The DPRK delegation arrived.'], ['中方支持朝鲜。', 'China supports the DPRK.']], termbase: termbase('朝鲜,DPRK,preferred,org,') },
  ],
  invalid: [
    {
      units: [['朝鲜代表团抵达。', 'The DPRK delegation arrived.'], ['中方支持朝鲜。', 'China supports North Korea.'], ['朝鲜领导人讲话。', 'The DPRK leader spoke.']], termbase: termbase('朝鲜,DPRK,preferred,org,'),
      errors: [
        { unit: 'u2', message: '"朝鲜" is rendered "North Korea" here but "DPRK" in 2 other places', line: 2, column: 16, found: 'North Korea', expected: 'DPRK' },
      ],
    },
  ],
});
