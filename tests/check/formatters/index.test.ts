import { describe, expect, it } from 'vitest';
import { FORMATTERS, FORMAT_IDS } from '../../../src/check/formatters/index.js';
import { emptyReport, hostileReport, options, sampleReport } from './report-fixture.js';

describe('formatter registry', () => {
  it('has one formatter per format id, under its own id', () => {
    expect(Object.keys(FORMATTERS).sort()).toEqual([...FORMAT_IDS].sort());
    for (const id of FORMAT_IDS) expect(FORMATTERS[id].id).toBe(id);
  });

  for (const id of FORMAT_IDS) {
    it(`${id}: deterministic, leaves the report untouched, handles empty and hostile reports`, () => {
      for (const make of [sampleReport, emptyReport, hostileReport]) {
        const report = make();
        const before = JSON.stringify(report);
        const first = FORMATTERS[id].format(report, options());
        expect(FORMATTERS[id].format(make(), options())).toBe(first);
        expect(JSON.stringify(report)).toBe(before);
        if (id !== 'github' || report.findings.length + report.failures.length > 0) expect(first.endsWith('\n')).toBe(true);
      }
    });
  }
});
