import { describe, expect, it } from 'vitest';
import { rule } from '../../../src/check/rules/source-inconsistency.js';
import { found, run, unit } from '../rule-harness.js';

describe('source-inconsistency', () => {
  it('reports different sources with one translation', () => {
    const units = [unit('u1', '双方举行会谈。', 'The two sides held talks.'), unit('u2', '双方举行会谈。', 'The two sides held talks.'), unit('u3', '双方举行会见。', 'The two sides held talks.')];
    expect(found(run(rule, units))).toEqual([['u3', 'same', '见', '谈']]);
  });

  it('ignores one-word translations, which legitimately render many sources', () => {
    expect(run(rule, [unit('u1', '发布', 'Published'), unit('u2', '发表', 'Published')])).toEqual([]);
  });
});
