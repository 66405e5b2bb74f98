import { describe, expect, it } from 'vitest';
import { rule } from '../../../src/check/rules/term-deprecated.js';
import { found, run, termbase, unit } from '../rule-harness.js';
import { testRule } from '../rule-tester.js';

const terms = termbase('金正恩,Kim Jong Un,preferred,name,\n金正恩,Kim Jong-un,deprecated,name,\n朝鲜,DPRK,preferred,org,\n朝鲜,North Korea,deprecated,org,');

describe('term-deprecated', () => {
  it('reports a deprecated form with the preferred one as expected, wherever it stands', () => {
    const reports = run(rule, [unit('u1', '金正恩抵达。', "Kim Jong-un's train arrived."), unit('u2', '中朝关系', 'China, North Korea vow closer ties')], { termbase: terms });
    expect(found(reports)).toEqual([
      ['u1', 'used', 'Kim Jong-un', 'Kim Jong Un'],
      ['u2', 'used', 'North Korea', 'DPRK'],
    ]);
    expect(reports[0].offset).toBe(0);
  });

  it('is quiet on approved forms, however they are cased or inflected', () => {
    expect(run(rule, [unit('u1', '金正恩', "KIM JONG UN arrived; Kim Jong Un's visit; the DPRK's view")], { termbase: terms })).toEqual([]);
  });
});

testRule(rule, {
  valid: [
    { units: [['金正恩发表讲话。', 'Kim Jong Un gave a speech.']], termbase: termbase('金正恩,Kim Jong Un,preferred,name,\n金正恩,Kim Jong-un,deprecated,name,') },
  ],
  invalid: [
    {
      units: [['金正恩发表讲话。', 'Kim Jong-un gave a speech.']], termbase: termbase('金正恩,Kim Jong Un,preferred,name,\n金正恩,Kim Jong-un,deprecated,name,'),
      errors: [
        { unit: 'u1', message: 'deprecated form "Kim Jong-un": use "Kim Jong Un"', line: 1, column: 1, found: 'Kim Jong-un', expected: 'Kim Jong Un' },
      ],
    },
  ],
});
