import type { Formatter } from '../report.js';

/** The machine-readable contract: findings with fixed keys, then the summary. */
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
    const { errors, warnings, files, units } = report.summary;
    const output: Record<string, unknown> = { findings, summary: { errors, warnings, infos: report.summary.infos, files, units } };
    if (report.failures.length > 0) output.failures = report.failures;
    return `${JSON.stringify(output, null, 2)}\n`;
  },
};
