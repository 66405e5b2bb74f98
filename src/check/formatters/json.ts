import type { Formatter } from '../report.js';

/**
 * The machine-readable contract: `{"findings": [...], "summary": {...}}` with every key always
 * present (absent values as `null`) in a fixed order. `summary.infos` and, only when some file could
 * not be read, a top-level `failures` list are additions that leave the contract intact.
 */
export const jsonFormatter: Formatter = {
  id: 'json',
  format(report) {
    const findings = report.findings.map((finding) => ({
      rule: finding.rule,
      severity: finding.severity,
      file: finding.file,
      unit: finding.unit,
      line: finding.line ?? null,
      column: finding.column ?? null,
      message: finding.message,
      source: finding.source ?? null,
      expected: finding.expected ?? null,
      found: finding.found ?? null,
    }));
    const { errors, warnings, infos, files, units } = report.summary;
    const output: Record<string, unknown> = { findings, summary: { errors, warnings, files, units, infos } };
    if (report.failures.length > 0) {
      output.failures = report.failures.map((failure) => ({ file: failure.file, line: failure.line ?? null, column: failure.column ?? null, message: failure.message }));
    }
    return `${JSON.stringify(output, null, 2)}\n`;
  },
};
