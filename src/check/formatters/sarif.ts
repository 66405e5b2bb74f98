import { createHash } from 'node:crypto';
import type { Finding } from '../../types.js';
import type { Formatter } from '../report.js';

const LEVEL: Record<string, string> = { error: 'error', warning: 'warning', info: 'note' };

function uri(file: string): string {
  return file.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}

/** Stable across line moves: the same finding in the same unit keeps its fingerprint. */
export function findingFingerprint(finding: Finding): string {
  return createHash('sha256').update([finding.rule, finding.file, finding.unit, finding.source ?? '', finding.found ?? '', finding.expected ?? ''].join('\u0000')).digest('hex').slice(0, 32);
}

/** SARIF 2.1.0, for code-scanning dashboards. */
export const sarifFormatter: Formatter = {
  id: 'sarif',
  format(report, { toolVersion }) {
    const rules = report.rules.map((rule) => ({
      id: rule.id,
      shortDescription: { text: rule.description },
      fullDescription: { text: rule.description },
      help: { text: `${rule.description} See docs/rules/${rule.id}.md.`, markdown: `${rule.description} See [${rule.id}](docs/rules/${rule.id}.md).` },
      helpUri: `docs/rules/${rule.id}.md`,
      defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
      properties: { tags: [rule.type] },
    }));
    const results = report.findings.map((finding) => ({
      ruleId: finding.rule,
      ruleIndex: Math.max(0, report.rules.findIndex((rule) => rule.id === finding.rule)),
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uri(finding.file) },
            ...(finding.line !== undefined ? { region: { startLine: finding.line, ...(finding.column !== undefined ? { startColumn: finding.column } : {}) } } : {}),
          },
          logicalLocations: [{ name: finding.unit, kind: 'object' }],
        },
      ],
      partialFingerprints: { 'tmkitFinding/v1': findingFingerprint(finding) },
    }));
    const sarif = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'tmkit', version: toolVersion, semanticVersion: toolVersion, rules } },
          results,
          invocations: [
            {
              executionSuccessful: report.failures.length === 0,
              toolExecutionNotifications: report.failures.map((failure) => ({
                level: 'error',
                message: { text: failure.message },
                locations: [{ physicalLocation: { artifactLocation: { uri: uri(failure.file) }, ...(failure.line !== undefined ? { region: { startLine: failure.line } } : {}) } }],
              })),
            },
          ],
        },
      ],
    };
    return `${JSON.stringify(sarif, null, 2)}\n`;
  },
};
