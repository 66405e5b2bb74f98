import { escapeAttribute, escapeText } from '../../formats/xml.js';
import type { Finding } from '../../types.js';
import type { Formatter } from '../report.js';

/**
 * JUnit XML for CI dashboards: a test suite per checked file, a test case per unit (failing with
 * one <failure> per finding), so a clean unit shows as a passed test.
 */
export const junitFormatter: Formatter = {
  id: 'junit',
  format(report) {
    const files = [...new Set([...report.units.map((unit) => unit.file), ...report.findings.map((finding) => finding.file)])];
    const byUnit = new Map<string, Finding[]>();
    for (const finding of report.findings) byUnit.set(`${finding.file}\u0000${finding.unit}`, [...(byUnit.get(`${finding.file}\u0000${finding.unit}`) ?? []), finding]);
    const suites = files.map((file) => {
      const units = [...new Set([...report.units.filter((unit) => unit.file === file).map((unit) => unit.unit.id), ...report.findings.filter((finding) => finding.file === file).map((finding) => finding.unit)])];
      const cases = units.map((unit) => {
        const findings = byUnit.get(`${file}\u0000${unit}`) ?? [];
        const failures = findings.map(
          (finding) =>
            `      <failure type="${escapeAttribute(finding.rule)}" message="${escapeAttribute(finding.message)}">${escapeText(
              `${finding.severity} ${finding.rule} at ${file}:${finding.line ?? '-'}:${finding.column ?? '-'}${finding.found !== undefined ? `\nfound: ${finding.found}` : ''}${finding.expected !== undefined ? `\nexpected: ${finding.expected}` : ''}`,
            )}</failure>`,
        );
        const open = `    <testcase classname="${escapeAttribute(file)}" name="${escapeAttribute(unit)}"`;
        return failures.length === 0 ? `${open}/>` : `${open}>\n${failures.join('\n')}\n    </testcase>`;
      });
      const failing = units.filter((unit) => (byUnit.get(`${file}\u0000${unit}`) ?? []).length > 0).length;
      return `  <testsuite name="${escapeAttribute(file)}" tests="${units.length}" failures="${failing}" errors="0">\n${cases.join('\n')}${cases.length > 0 ? '\n' : ''}  </testsuite>`;
    });
    for (const failure of report.failures) {
      suites.push(`  <testsuite name="${escapeAttribute(failure.file)}" tests="1" failures="0" errors="1">\n    <testcase classname="${escapeAttribute(failure.file)}" name="read">\n      <error message="${escapeAttribute(failure.message)}"/>\n    </testcase>\n  </testsuite>`);
    }
    const tests = suites.length === 0 ? 0 : report.units.length;
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="tmkit check" tests="${tests}" failures="${report.findings.length}">\n${suites.join('\n')}${suites.length > 0 ? '\n' : ''}</testsuites>\n`;
  },
};
