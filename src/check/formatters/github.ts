import type { Severity } from '../../model/types.js';
import type { Formatter } from '../report.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Workflow-command data: `%`, CR and LF would end or corrupt the command. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values additionally end at `,` (next property) and `:` (`::` starts the message). */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(kind: string, properties: Array<[string, string | number | undefined]>, message: string): string {
  const list = properties.filter(([, value]) => value !== undefined).map(([name, value]) => `${name}=${escapeProperty(String(value))}`);
  return `::${kind} ${list.join(',')}::${escapeData(message)}`;
}

/**
 * GitHub Actions workflow commands: each finding an annotation on its file and line
 * (`::error file=a.xlf,line=40,col=7,title=term-deprecated::…`), info findings as notices,
 * unreadable files as errors.
 */
export const githubFormatter: Formatter = {
  id: 'github',
  format(report) {
    const lines = report.findings.map((finding) =>
      command(COMMAND[finding.severity], [['file', finding.file], ['line', finding.line], ['col', finding.column], ['title', `tmkit ${finding.rule}`]], `${finding.message} (${finding.unit})`),
    );
    for (const failure of report.failures) {
      lines.push(command('error', [['file', failure.file], ['line', failure.line], ['col', failure.column], ['title', 'tmkit']], failure.message));
    }
    return lines.map((line) => `${line}\n`).join('');
  },
};
