import { describe, expect, it } from 'vitest';
import { rule } from '../../../src/check/rules/empty-target.js';
import { found, run, unit } from '../rule-harness.js';
import { testRule } from '../rule-tester.js';

describe('empty-target', () => {
  it('reports a target element without text, not a missing one', () => {
    expect(found(run(rule, [unit('u1', '你好。', ''), unit('u2', '你好。', '  '), unit('u3', '你好。', null), unit('u4', '你好。', 'Hello.')]))).toEqual([
      ['u1', 'empty', null, null],
      ['u2', 'empty', null, null],
    ]);
  });
});

testRule(rule, {
  valid: [
    { units: [['谢谢。', 'Thank you.']] },
    { units: [['谢谢。', null]] },
  ],
  invalid: [
    {
      units: [['谢谢。', '']],
      errors: [
        { unit: 'u1', message: 'the target is empty', line: 1, column: 1 },
      ],
    },
  ],
});
