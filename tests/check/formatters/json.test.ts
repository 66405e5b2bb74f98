import { describe, expect, it } from 'vitest';
import { jsonFormatter } from '../../../src/check/formatters/json.js';
import { FILE_A, emptyReport, hostileReport, options, sampleReport } from './report-fixture.js';

describe('json formatter', () => {
  it('writes the contract: every finding key in order, nulls for absent values, the summary', () => {
    const text = jsonFormatter.format(sampleReport(), options());
    expect(text.endsWith('}\n')).toBe(true);
    const output = JSON.parse(text);
    expect(Object.keys(output)).toEqual(['findings', 'summary']);
    expect(output.findings).toHaveLength(4);
    for (const finding of output.findings) {
      expect(Object.keys(finding)).toEqual(['rule', 'severity', 'file', 'unit', 'line', 'column', 'message', 'source', 'expected', 'found']);
    }
    expect(output.findings[0]).toEqual({
      rule: 'term-deprecated',
      severity: 'error',
      file: FILE_A,
      unit: 'u1',
      line: 14,
      column: 9,
      message: 'Deprecated form "Kim Jong-un" of 金正恩; use "Kim Jong Un".',
      source: '金正恩',
      expected: 'Kim Jong Un',
      found: 'Kim Jong-un',
    });
    expect(output.findings[1].source).toBeNull();
    expect(output.summary).toEqual({ errors: 2, warnings: 1, files: 2, units: 4, infos: 1 });
    expect(Object.keys(output.summary).slice(0, 4)).toEqual(['errors', 'warnings', 'files', 'units']);
  });

  it('writes an empty report as empty findings and a zero summary', () => {
    expect(JSON.parse(jsonFormatter.format(emptyReport(), options()))).toEqual({ findings: [], summary: { errors: 0, warnings: 0, files: 0, units: 0, infos: 0 } });
  });

  it('adds unreadable files under a separate top-level key, keeping the rest intact', () => {
    const output = JSON.parse(jsonFormatter.format(hostileReport(), options()));
    expect(Object.keys(output)).toEqual(['findings', 'summary', 'failures']);
    expect(output.failures).toEqual([{ file: 'memory/broken <1>.xlf', line: 7, column: 2, message: 'not well-formed XML: "<" & more' }]);
    expect(output.findings[0].message).toBe(hostileReport().findings[0].message);
  });

  it('does not depend on the locale, colour or anything but the report', () => {
    const english = jsonFormatter.format(sampleReport(), options('en', true));
    expect(jsonFormatter.format(sampleReport(), options('zh-CN'))).toBe(english);
  });
});
