import { describe, expect, it } from 'vitest';
import { rule } from '../../../src/check/rules/target-inconsistency.js';
import { found, run, unit } from '../rule-harness.js';
import { testRule } from '../rule-tester.js';

describe('target-inconsistency', () => {
  it('reports the minority translation of a repeated source, with the differing part only', () => {
    const units = [unit('u1', '会谈取得成功。', 'The talks were a success.'), unit('u2', '会谈取得成功。', 'The talks were a success.', 'b.xlf'), unit('u3', '会谈取得成功。', 'The talks were a triumph.')];
    expect(found(run(rule, units))).toEqual([['u3', 'differs', 'triumph', 'success']]);
  });

  it('is quiet when repeated sources are translated alike', () => {
    expect(run(rule, [unit('u1', '好。', 'Good.'), unit('u2', '好。', 'Good.')])).toEqual([]);
  });
});

testRule(rule, {
  valid: [
    { units: [['双方会晤。', 'The two sides met.'], ['双方会晤。', 'The two sides met.']] },
  ],
  invalid: [
    {
      units: [['双方会晤。', 'The two sides met.'], ['双方会晤。', 'Both sides met.']],
      errors: [
        { unit: 'u1', message: 'the same source is translated "Both" elsewhere, "The two" here', line: 1, column: 1, found: 'The two', expected: 'Both' },
      ],
    },
  ],
});
