import { describe, expect, it } from 'vitest';
import { rule } from '../../../src/check/rules/title-mismatch.js';
import { found, run, termbase, unit } from '../rule-harness.js';
import { testRule } from '../rule-tester.js';

const terms = termbase('外务相,Foreign Minister,preferred,title,\n国家主席,President,preferred,title,\n总书记,general secretary,preferred,title,');

describe('title-mismatch', () => {
  it('reports a title that does not render the source title', () => {
    expect(found(run(rule, [unit('u1', '朝鲜外务相崔善姬陪同。', 'Vice Foreign Minister Choe Son Hui came along.')], { termbase: terms }))).toEqual([
      ['u1', 'differsFromSource', 'Vice Foreign Minister', 'Foreign Minister'],
    ]);
    expect(found(run(rule, [unit('u1', '朝鲜外务相崔善姬陪同。', 'Premier Choe Son Hui came along.')], { termbase: terms }))).toEqual([['u1', 'differsFromSource', 'Premier', 'Foreign Minister']]);
  });

  it('accepts another title of the source for the same person', () => {
    expect(run(rule, [unit('u1', '总书记、国家主席习近平说。', 'President Xi Jinping said.')], { termbase: terms })).toEqual([]);
  });

  it('reports a title that changes between mentions, without a termbase', () => {
    const units = [unit('u1', '', 'Foreign Minister Choe Son Hui spoke.'), unit('u2', '', 'Foreign Minister Choe Son Hui left.'), unit('u3', '', 'Vice Foreign Minister Choe Son Hui returned.')];
    expect(found(run(rule, units))).toEqual([['u3', 'changes', 'Vice Foreign Minister', 'Foreign Minister']]);
  });

  it('learns an office from the units that name it and reports another title in its place, without a termbase', () => {
    const units = [
      unit('u1', '委员长主持会议。', 'The Chairman presided over the meeting.'),
      unit('u2', '委员长发表讲话。', 'The Chairman gave a speech.'),
      unit('u3', '副委员长出席。', 'Vice Chairman Li attended.'),
      unit('u4', '副委员长致辞。', 'Vice President Wang spoke.'),
    ];
    expect(found(run(rule, units))).toEqual([['u4', 'changes', 'Vice President', 'Chairman']]);
  });

  it('does not report a title another source word explains', () => {
    const units = [
      unit('u1', '委员长主持会议。', 'The Chairman presided over the meeting.'),
      unit('u2', '委员长发表讲话。', 'The Chairman gave a speech.'),
      unit('u3', '委员长会见主席。', 'He met the President.'),
    ];
    expect(run(rule, units)).toEqual([]);
  });
});

testRule(rule, {
  valid: [
    { units: [['外务相崔善姬讲话。', 'Foreign Minister Choe Son Hui spoke.']], termbase: termbase('外务相,Foreign Minister,preferred,title,\n崔善姬,Choe Son Hui,preferred,name,') },
  ],
  invalid: [
    {
      units: [['外务相崔善姬讲话。', 'Premier Choe Son Hui spoke.']], termbase: termbase('外务相,Foreign Minister,preferred,title,\n崔善姬,Choe Son Hui,preferred,name,'),
      errors: [
        { unit: 'u1', message: 'title "Premier" does not render "外务相" (expected "Foreign Minister")', line: 1, column: 1, found: 'Premier', expected: 'Foreign Minister' },
      ],
    },
  ],
});
