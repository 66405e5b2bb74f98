import type { Formatter } from '../report.js';

const COMMAND: Record<string, string> = { error: 'error', warning: 'warning', info: 'notice' };

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions workflow commands: each finding becomes an annotation on the file and line. */
export const githubFormatter: Formatter = {
  id: 'github',
  format(report) {
    const lines = report.findings.map((finding) => {
      const properties = [`file=${escapeProperty(finding.file)}`];
      if (finding.line !== undefined) properties.push(`line=${finding.line}`);
      if (finding.column !== undefined) properties.push(`col=${finding.column}`);
      properties.push(`title=${escapeProperty(`tmkit ${finding.rule}`)}`);
      return `::${COMMAND[finding.severity]} ${properties.join(',')}::${escapeData(`${finding.message} [${finding.unit}]`)}`;
    });
    for (const failure of report.failures) {
      const where = failure.line !== undefined ? `,line=${failure.line}` : '';
      lines.push(`::error file=${escapeProperty(failure.file)}${where},title=tmkit::${escapeData(failure.message)}`);
    }
    return lines.length > 0 ? `${lines.join('\n')}\n` : '';
  },
};
