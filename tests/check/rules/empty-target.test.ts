import { describe, expect, it } from 'vitest';
import { rule } from '../../../src/check/rules/empty-target.js';
import { found, run, unit } from '../rule-harness.js';

describe('empty-target', () => {
  it('reports a target element without text, not a missing one', () => {
    expect(found(run(rule, [unit('u1', '你好。', ''), unit('u2', '你好。', '  '), unit('u3', '你好。', null), unit('u4', '你好。', 'Hello.')]))).toEqual([
      ['u1', 'empty', null, null],
      ['u2', 'empty', null, null],
    ]);
  });
});
