import { describe, expect, it } from 'vitest';
import { rule } from '../../../src/check/rules/term-forbidden.js';
import { found, run, termbase, unit } from '../rule-harness.js';
import { testRule } from '../rule-tester.js';

describe('term-forbidden', () => {
  it('reports a forbidden form and nothing else', () => {
    const terms = termbase('台湾地区领导人,leader of the Taiwan region,preferred,title,\n台湾地区领导人,Taiwan President,forbidden,title,');
    expect(found(run(rule, [unit('u1', '台湾地区领导人', 'The Taiwan President spoke.'), unit('u2', '台湾地区领导人', 'The leader of the Taiwan region spoke.')], { termbase: terms }))).toEqual([
      ['u1', 'used', 'Taiwan President', 'leader of the Taiwan region'],
    ]);
  });
});

testRule(rule, {
  valid: [
    { units: [['台湾地区领导人讲话。', 'The leader of the Taiwan region spoke.']], termbase: termbase('台湾地区领导人,leader of the Taiwan region,preferred,title,\n台湾地区领导人,Taiwan President,forbidden,title,') },
  ],
  invalid: [
    {
      units: [['台湾地区领导人讲话。', 'The Taiwan President spoke.']], termbase: termbase('台湾地区领导人,leader of the Taiwan region,preferred,title,\n台湾地区领导人,Taiwan President,forbidden,title,'),
      errors: [
        { unit: 'u1', message: 'forbidden form "Taiwan President": use "leader of the Taiwan region"', line: 1, column: 5, found: 'Taiwan President', expected: 'leader of the Taiwan region' },
      ],
    },
  ],
});
