import type { Finding } from '../../types.js';
import type { Formatter } from '../report.js';
import { highlightDifference } from './highlight.js';

const STYLE: Record<string, [string, string]> = { error: ['\u001b[31m', '\u001b[0m'], warning: ['\u001b[33m', '\u001b[0m'], info: ['\u001b[36m', '\u001b[0m'] };

/** For people at a terminal: findings grouped by file, the expected/found difference shown. */
export const textFormatter: Formatter = {
  id: 'text',
  format(report, { t, color }) {
    const paint = (severity: string, text: string) => (color ? `${STYLE[severity][0]}${text}${STYLE[severity][1]}` : text);
    const lines: string[] = [];
    const byFile = new Map<string, Finding[]>();
    for (const finding of report.findings) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
    for (const [file, findings] of byFile) {
      lines.push(color ? `\u001b[4m${file}\u001b[0m` : file);
      for (const finding of findings) {
        const where = `${finding.line ?? '-'}:${finding.column ?? '-'}`.padEnd(8);
        const severity = paint(finding.severity, t(`report:severity.${finding.severity}`).padEnd(8));
        lines.push(`  ${where} ${severity} ${finding.message}  ${finding.rule}  (${finding.unit})`);
        if (finding.expected !== undefined && finding.found !== undefined && finding.expected !== finding.found) {
          lines.push(`           ${t('report:text.difference')} ${highlightDifference(finding.expected, finding.found, color)}`);
        }
      }
      lines.push('');
    }
    for (const failure of report.failures) {
      lines.push(paint('error', `${failure.file}${failure.line !== undefined ? `:${failure.line}` : ''}: ${failure.message}`));
    }
    const { errors, warnings, infos, files, units } = report.summary;
    const total = errors + warnings + infos;
    lines.push(
      total === 0 && report.failures.length === 0
        ? t('report:text.clean', { files, units })
        : paint(errors > 0 || report.failures.length > 0 ? 'error' : 'warning', t('report:text.summary', { count: total, errors, warnings, infos, files, units })),
    );
    return `${lines.join('\n')}\n`;
  },
};
