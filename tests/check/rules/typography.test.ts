import { describe, expect, it } from 'vitest';
import { rule } from '../../../src/check/rules/typography.js';
import { found, run, unit } from '../rule-harness.js';
import { testRule } from '../rule-tester.js';

describe('typography', () => {
  it("reports the less used apostrophe style of a document", () => {
    const units = [unit('u1', '', "the Workers' Party"), unit('u2', '', 'China’s view, Kim’s visit'), unit('u3', '', 'the People’s Republic')];
    expect(found(run(rule, units))).toEqual([['u1', 'mixedApostrophes', "Workers'", 'Workers’']]);
  });

  it('reports double spaces and a space before punctuation', () => {
    expect(found(run(rule, [unit('u1', '', 'Two  spaces here , and there.')]))).toEqual([
      ['u1', 'doubleSpace', '  ', ' '],
      ['u1', 'spaceBeforePunctuation', ' ,', ','],
    ]);
  });

  it('is quiet on a document with one style', () => {
    expect(run(rule, [unit('u1', '', 'China’s view'), unit('u2', '', '“Yes,” he said.')])).toEqual([]);
  });
});

testRule(rule, {
  valid: [
    { units: [['', 'One space here.']] },
  ],
  invalid: [
    {
      units: [['', 'Two  spaces here.']],
      errors: [
        { unit: 'u1', message: 'two or more spaces in a row', line: 1, column: 4, found: '  ', expected: ' ' },
      ],
    },
  ],
});
