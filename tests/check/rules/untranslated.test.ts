import { describe, expect, it } from 'vitest';
import { rule } from '../../../src/check/rules/untranslated.js';
import { found, run, unit } from '../rule-harness.js';
import { testRule } from '../rule-tester.js';

describe('untranslated', () => {
  it('reports a source with no target, and a target copied from a Chinese source', () => {
    expect(found(run(rule, [unit('u1', '会谈前举行了欢迎仪式。', null), unit('u2', '北京', '北京')]))).toEqual([
      ['u1', 'noTarget', null, null],
      ['u2', 'copied', '北京', null],
    ]);
  });

  it('ignores units with no source (text only in the translation) and copies of Latin text', () => {
    expect(run(rule, [unit('u1', '', null), unit('u2', 'iPhone', 'iPhone')])).toEqual([]);
  });
});

testRule(rule, {
  valid: [
    { units: [['欢迎仪式。', 'The welcome ceremony.']] },
  ],
  invalid: [
    {
      units: [['欢迎仪式。', null]],
      errors: [
        { unit: 'u1', message: 'no translation for "欢迎仪式。"', line: 1, column: 1 },
      ],
    },
  ],
});
