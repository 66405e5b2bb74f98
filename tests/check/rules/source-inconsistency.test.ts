import { describe, expect, it } from 'vitest';
import { rule } from '../../../src/check/rules/source-inconsistency.js';
import { found, run, unit } from '../rule-harness.js';
import { testRule } from '../rule-tester.js';

describe('source-inconsistency', () => {
  it('reports different sources with one translation', () => {
    const units = [unit('u1', '双方举行会谈。', 'The two sides held talks.'), unit('u2', '双方举行会谈。', 'The two sides held talks.'), unit('u3', '双方举行会见。', 'The two sides held talks.')];
    expect(found(run(rule, units))).toEqual([['u3', 'same', '见', '谈']]);
  });

  it('ignores one-word translations, which legitimately render many sources', () => {
    expect(run(rule, [unit('u1', '发布', 'Published'), unit('u2', '发表', 'Published')])).toEqual([]);
  });
});

testRule(rule, {
  valid: [
    { units: [['会谈成功。', 'The talks succeeded.'], ['会谈顺利。', 'The talks went smoothly.']] },
  ],
  invalid: [
    {
      units: [['会谈成功。', 'The talks succeeded.'], ['会谈顺利。', 'The talks succeeded.']],
      errors: [
        { unit: 'u2', message: 'this translation also renders a different source ("成功" instead of "顺利")', line: 2, column: 3, found: '顺利', expected: '成功' },
      ],
    },
  ],
});
