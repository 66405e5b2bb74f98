import type { Translate } from '../../i18n/i18n.js';
import type { Finding } from '../../model/types.js';
import type { CheckReport, FileFailure, Formatter } from '../report.js';
import { xmlAttribute, xmlText } from './escape.js';

interface TestCase {
  unit: string;
  findings: Finding[];
}

/** Every unit checked, plus any unit a finding names that the report's unit list lacks: nothing dropped. */
function testCasesByFile(report: CheckReport): Map<string, Map<string, TestCase>> {
  const files = new Map<string, Map<string, TestCase>>();
  const testCase = (file: string, unit: string) => {
    const cases = files.get(file) ?? files.set(file, new Map()).get(file)!;
    return cases.get(unit) ?? cases.set(unit, { unit, findings: [] }).get(unit)!;
  };
  for (const checked of report.units) testCase(checked.file, checked.unit.id);
  for (const finding of report.findings) testCase(finding.file, finding.unit).findings.push(finding);
  return files;
}

function failureElement(finding: Finding, t: Translate): string {
  const details = [`${finding.severity} ${finding.rule} ${finding.file}:${finding.line ?? '-'}:${finding.column ?? '-'}`, finding.message];
  if (finding.source !== undefined) details.push(`${t('report:junit.source')} ${finding.source}`);
  if (finding.found !== undefined) details.push(`${t('report:junit.found')} ${finding.found}`);
  if (finding.expected !== undefined) details.push(`${t('report:junit.expected')} ${finding.expected}`);
  return `      <failure message="${xmlAttribute(finding.message)}" type="${xmlAttribute(finding.rule)}">${xmlText(details.join('\n'))}</failure>`;
}

function testCaseElement(file: string, { unit, findings }: TestCase, t: Translate): string {
  const open = `    <testcase classname="${xmlAttribute(file)}" name="${xmlAttribute(unit)}"`;
  const failures = findings.filter((finding) => finding.severity !== 'info').map((finding) => failureElement(finding, t));
  const notes = findings.filter((finding) => finding.severity === 'info').map((finding) => `${t('report:severity.info')} ${finding.rule}: ${finding.message}`);
  if (failures.length === 0 && notes.length === 0) return `${open}/>`;
  const out = notes.length === 0 ? [] : [`      <system-out>${xmlText(notes.join('\n'))}</system-out>`];
  return `${open}>\n${[...failures, ...out].join('\n')}\n    </testcase>`;
}

function failedFileSuite(failure: FileFailure): string {
  const where = failure.line === undefined ? '' : `:${failure.line}${failure.column === undefined ? '' : `:${failure.column}`}`;
  return [
    `  <testsuite name="${xmlAttribute(failure.file)}" tests="1" failures="0" errors="1" skipped="0">`,
    `    <testcase classname="${xmlAttribute(failure.file)}" name="${xmlAttribute(failure.file)}">`,
    `      <error message="${xmlAttribute(failure.message)}" type="input">${xmlText(`${failure.file}${where}: ${failure.message}`)}</error>`,
    '    </testcase>',
    '  </testsuite>',
  ].join('\n');
}

/**
 * JUnit XML for CI test dashboards: a test suite per checked file, a test case per unit. A unit
 * with error or warning findings fails with one `<failure>` each (type = rule id); info findings do
 * not fail it and go to `<system-out>`; a file that could not be read is a suite with one `<error>`.
 */
export const junitFormatter: Formatter = {
  id: 'junit',
  format(report, { t }) {
    const suites: string[] = [];
    let tests = 0;
    let failed = 0;
    for (const [file, cases] of testCasesByFile(report)) {
      const failing = [...cases.values()].filter((testCase) => testCase.findings.some((finding) => finding.severity !== 'info')).length;
      tests += cases.size;
      failed += failing;
      const body = [...cases.values()].map((testCase) => `${testCaseElement(file, testCase, t)}\n`).join('');
      suites.push(`  <testsuite name="${xmlAttribute(file)}" tests="${cases.size}" failures="${failing}" errors="0" skipped="0">\n${body}  </testsuite>`);
    }
    suites.push(...report.failures.map(failedFileSuite));
    const errors = report.failures.length;
    const header = `<testsuites name="tmkit check" tests="${tests + errors}" failures="${failed}" errors="${errors}">`;
    return `<?xml version="1.0" encoding="UTF-8"?>\n${header}\n${suites.map((suite) => `${suite}\n`).join('')}</testsuites>\n`;
  },
};
