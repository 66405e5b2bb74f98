import { describe, expect, it } from 'vitest';
import { rule } from '../../../src/check/rules/target-inconsistency.js';
import { found, run, unit } from '../rule-harness.js';

describe('target-inconsistency', () => {
  it('reports the minority translation of a repeated source, with the differing part only', () => {
    const units = [unit('u1', '会谈取得成功。', 'The talks were a success.'), unit('u2', '会谈取得成功。', 'The talks were a success.', 'b.xlf'), unit('u3', '会谈取得成功。', 'The talks were a triumph.')];
    expect(found(run(rule, units))).toEqual([['u3', 'differs', 'triumph', 'success']]);
  });

  it('is quiet when repeated sources are translated alike', () => {
    expect(run(rule, [unit('u1', '好。', 'Good.'), unit('u2', '好。', 'Good.')])).toEqual([]);
  });
});
