import { describe, expect, it } from 'vitest';
import { githubFormatter } from '../../../src/check/formatters/github.js';
import { emptyReport, hostileReport, options, sampleReport } from './report-fixture.js';

describe('github formatter', () => {
  it('writes one workflow command per finding, info as a notice', () => {
    const lines = githubFormatter.format(sampleReport(), options()).split('\n');
    expect(lines[0]).toBe('::error file=memory/visit.xlf,line=14,col=9,title=tmkit term-deprecated::Deprecated form "Kim Jong-un" of 金正恩; use "Kim Jong Un". (u1)');
    expect(lines[1]).toBe('::warning file=memory/visit.xlf,line=18,col=18,title=tmkit spelling::Unknown word "arived". (u2)');
    expect(lines[2]).toBe('::notice file=memory/visit.xlf,line=18,col=24,title=tmkit typography::Double space. (u2)');
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe('');
  });

  it('escapes %, CR and LF in messages and also : and , in properties', () => {
    const lines = githubFormatter.format(hostileReport(), options()).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      `::error file=memory/a%2Cb%3Ac%25<x>.xlf,line=3,col=1,title=tmkit term-deprecated::<script>alert("x")</script> & 'q' 100%25 a,b:c%0D%0Anext\u0007bell\u001b[31m (u"1"<)`,
    );
    expect(lines[1]).toBe('::error file=memory/broken <1>.xlf,line=7,col=2,title=tmkit::not well-formed XML: "<" & more');
  });

  it('leaves out a line and column the finding lacks', () => {
    const report = { ...emptyReport(), findings: [{ rule: 'term-drift', severity: 'warning' as const, file: 'a.xlf', unit: 'u1', message: 'Drift.' }] };
    expect(githubFormatter.format(report, options())).toBe('::warning file=a.xlf,title=tmkit term-drift::Drift. (u1)\n');
  });

  it('writes nothing for a clean report', () => {
    expect(githubFormatter.format(emptyReport(), options())).toBe('');
  });
});
