import { describe, expect, it } from 'vitest';
import { rule } from '../../../src/check/rules/term-forbidden.js';
import { found, run, termbase, unit } from '../rule-harness.js';

describe('term-forbidden', () => {
  it('reports a forbidden form and nothing else', () => {
    const terms = termbase('台湾地区领导人,leader of the Taiwan region,preferred,title,\n台湾地区领导人,Taiwan President,forbidden,title,');
    expect(found(run(rule, [unit('u1', '台湾地区领导人', 'The Taiwan President spoke.'), unit('u2', '台湾地区领导人', 'The leader of the Taiwan region spoke.')], { termbase: terms }))).toEqual([
      ['u1', 'used', 'Taiwan President', 'leader of the Taiwan region'],
    ]);
  });
});
