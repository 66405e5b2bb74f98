import { describe, expect, it } from 'vitest';
import { rule } from '../../../src/check/rules/placeholder-mismatch.js';
import { found, run, unit } from '../rule-harness.js';
import { testRule } from '../rule-tester.js';

describe('placeholder-mismatch', () => {
  it('reports a missing or added i18next placeholder or nesting', () => {
    const reports = run(rule, [unit('u1', '欢迎，{{name}}！$t(common:hint)', 'Welcome!'), unit('u2', '共{{count}}条', '{{total}} items')]);
    expect(found(reports)).toEqual([
      ['u1', 'missing', null, '{{name}}'],
      ['u1', 'missing', null, '$t(common:hint)'],
      ['u2', 'missing', null, '{{count}}'],
      ['u2', 'extra', '{{total}}', null],
    ]);
  });

  it('compares inline codes of XLIFF segments', () => {
    const code = { kind: 'ph', id: '1', attrs: [['id', '1']] as Array<[string, string]> };
    const units = [
      unit('u1', '点击此处', 'Click here', 'a.xlf', { source: ['点击', code, '此处'], target: ['Click here'] }),
      unit('u2', '点击此处', 'Click here', 'a.xlf', { source: ['点击', code, '此处'], target: ['Click ', code, 'here'] }),
    ];
    expect(found(run(rule, units))).toEqual([['u1', 'missing', null, '<ph id="1">']]);
  });
});

testRule(rule, {
  valid: [
    { units: [['你好，{{name}}！', 'Hello, {{name}}!']] },
  ],
  invalid: [
    {
      units: [['共{{count}}项', '{{total}} entries']],
      errors: [
        { unit: 'u1', message: 'placeholder or code {{count}} of the source is missing from the target', line: 1, column: 1, expected: '{{count}}' },
        { unit: 'u1', message: 'placeholder or code {{total}} is not in the source', line: 1, column: 1, found: '{{total}}' },
      ],
    },
  ],
});
