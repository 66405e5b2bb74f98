import { describe, expect, it } from 'vitest';
import { rule } from '../../../src/check/rules/number-mismatch.js';
import { found, run, unit } from '../rule-harness.js';
import { testRule } from '../rule-tester.js';

describe('number-mismatch', () => {
  it('reports a date that became another date', () => {
    expect(found(run(rule, [unit('u1', '本报北京10月8日电 会议开幕。', 'BEIJING, Oct 9 — The meeting opened.')]))).toEqual([['u1', 'different', 'Oct 9', 'Oct 8']]);
  });

  it('reports a number of the source missing from the target', () => {
    expect(found(run(rule, [unit('u1', '共有3500人参加。', 'Many people took part.')]))).toEqual([['u1', 'missing', null, '3,500']]);
  });

  it('accepts numerals in words, scaled amounts, approximations, ordinals, years and weekdays for dates', () => {
    const units = [
      unit('u1', '时隔六年，20多位领导人出席80周年活动。', 'After six years, more than 20 leaders attended the 80th anniversary events.'),
      unit('u2', '这是他2019年初以来首次访问，3.5万人迎接。', 'It is his first visit since early 2019; 35,000 people greeted him.'),
      unit('u3', '9月2日抵达，增长百分之五。', 'He arrived on Tuesday; growth was 5 percent.'),
      unit('u4', '抗日战争胜利纪念', 'the war (1931-45) victory'),
      unit('u5', '一名官员陪同。', 'An official came along.'),
    ];
    expect(run(rule, units)).toEqual([]);
  });

  it('accepts words that confirm a small number or a multiple, and a day alone read as a count', () => {
    const units = [
      unit('u1', '两国外长第二次会晤。', 'The foreign ministers of both countries met for the second time.'),
      unit('u2', '产量增长三倍，1名代表出席。', 'Output grew threefold; one delegate attended.'),
      unit('u3', '会议持续七日。', 'The meeting lasted seven days.'),
      unit('u4', '这是头一日。', 'It was the first day.'),
      unit('u5', '贸易额达1.2万亿元，投资5亿美元。', 'Trade reached 1.2 trillion yuan and investment 500 million dollars.'),
    ];
    expect(run(rule, units)).toEqual([]);
  });

  it('still reports a number that the words do not confirm', () => {
    expect(found(run(rule, [unit('u1', '三国领导人第二次会晤。', 'The leaders of both countries met for the second time.')]))).toEqual([['u1', 'missing', null, '3']]);
  });

  it('does not count a weekday', () => {
    const units = [unit('u1', '他周三抵达，星期五离开，礼拜天休息。', 'He arrived on Wednesday, left on Friday and rested on Sunday.')];
    expect(run(rule, units)).toEqual([]);
  });

  it('writes the expected form as English writes it, in the style of the target', () => {
    const different = (source: string, target: string) => found(run(rule, [unit('u1', source, target)]));
    expect(different('9月4日会谈。', 'Talks on Sep 5.')).toEqual([['u1', 'different', 'Sep 5', 'Sep 4']]);
    expect(different('9月4日会谈。', 'Talks on 5 September.')).toEqual([['u1', 'different', '5 September', '4 September']]);
    expect(different('2025年9月4日会谈。', 'Talks on September 5, 2025.')).toEqual([['u1', 'different', 'September 5, 2025', 'September 4, 2025']]);
    expect(found(run(rule, [unit('u1', '增长百分之五。', 'Growth was strong.')]))).toEqual([['u1', 'missing', null, '5%']]);
  });

  it('reads numbers set apart from their unit by a space, and takes 零售 and 十分 for words', () => {
    const units = [unit('u1', '在 2017 年 4 月，新零售十分活跃。', 'In April 2017, new retail was very active.')];
    expect(run(rule, units)).toEqual([]);
  });
});

testRule(rule, {
  valid: [
    { units: [['共有12人参加。', '12 people took part.']] },
  ],
  invalid: [
    {
      units: [['会议于7月3日开幕。', 'The meeting opened on July 4.']],
      errors: [
        { unit: 'u1', message: '"July 4" in the target, "7月3日" in the source (expected "July 3")', line: 1, column: 23, found: 'July 4', expected: 'July 3' },
      ],
    },
  ],
});
