import { pushTo } from '../../collections.js';
import type { Finding, Severity } from '../../model/types.js';
import type { Translate } from '../../i18n/i18n.js';
import type { CheckReport, Formatter } from '../report.js';
import { printable } from './escape.js';
import { highlightDifference } from './highlight.js';

const COLOR: Record<Severity | 'file', string> = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m', file: '\u001b[4m' };
const RESET = '\u001b[0m';

/**
 * For people at a terminal: findings grouped by file as `line:column  severity  message  rule (unit)`,
 * then how the found form differs from the expected one, unreadable files, and a summary line.
 */
export const textFormatter: Formatter = {
  id: 'text',
  format(report, { t, color }) {
    const paint = (style: Severity | 'file', text: string) => (color ? `${COLOR[style]}${text}${RESET}` : text);
    const byFile = new Map<string, Finding[]>();
    for (const finding of report.findings) pushTo(byFile, finding.file, finding);
    const severityWidth = Math.max(...(['error', 'warning', 'info'] as const).map((severity) => t(`report:severity.${severity}`).length));
    const lines: string[] = [];
    for (const [file, findings] of byFile) {
      lines.push(paint('file', printable(file)));
      // Not Math.max(...): a file may have more findings than a call takes arguments.
      const whereWidth = findings.reduce((widest, finding) => Math.max(widest, position(finding).length), 0);
      for (const finding of findings) {
        const severity = paint(finding.severity, t(`report:severity.${finding.severity}`).padEnd(severityWidth));
        lines.push(`  ${position(finding).padEnd(whereWidth)}  ${severity}  ${printable(finding.message)}  ${printable(finding.rule)} (${printable(finding.unit)})`);
        if (finding.expected !== undefined && finding.found !== undefined && finding.expected !== finding.found) {
          const difference = highlightDifference(printable(finding.found), printable(finding.expected), color);
          lines.push(`  ${' '.repeat(whereWidth)}  ${t('report:text.difference')} ${difference}`);
        }
      }
      lines.push('');
    }
    if (report.failures.length > 0) {
      lines.push(t('report:text.failures', { count: report.failures.length }));
      for (const failure of report.failures) {
        const where = failure.line === undefined ? '' : `:${failure.line}${failure.column === undefined ? '' : `:${failure.column}`}`;
        lines.push(`  ${paint('error', `${printable(failure.file)}${where}`)}  ${printable(failure.message)}`);
      }
      lines.push('');
    }
    const { errors, warnings, infos } = report.summary;
    if (errors + warnings + infos === 0 && report.failures.length === 0) lines.push(t('report:text.clean', sizes(report, t)));
    else lines.push(paint(errors > 0 || report.failures.length > 0 ? 'error' : warnings > 0 ? 'warning' : 'info', summaryLine(report, t)));
    return `${lines.join('\n')}\n`;
  },
};

function position(finding: Finding): string {
  return `${finding.line ?? '-'}:${finding.column ?? '-'}`;
}

function sizes({ summary }: CheckReport, t: Translate): { files: string; units: string } {
  return { files: t('report:count.files', { count: summary.files }), units: t('report:count.units', { count: summary.units }) };
}

/** `4 problems (2 errors, 1 warning, 1 info) in 2 files, 57 units`; severities without findings are left out. */
function summaryLine(report: CheckReport, t: Translate): string {
  const { errors, warnings, infos } = report.summary;
  const details = (
    [
      ['errors', errors],
      ['warnings', warnings],
      ['infos', infos],
    ] as const
  )
    .filter(([, count]) => count > 0)
    .map(([key, count]) => t(`report:count.${key}`, { count }))
    .join(t('report:count.separator'));
  const problems = t('report:count.problems', { count: errors + warnings + infos });
  return t('report:text.summary', { problems, details: details === '' ? '' : t('report:text.details', { details }), ...sizes(report, t) });
}
