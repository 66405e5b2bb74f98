import { findingFingerprint } from '../../model/finding.js';
import type { Severity } from '../../model/types.js';
import type { FileFailure, Formatter } from '../report.js';
import type { RuleMeta } from '../rule.js';

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

/** A relative URI reference with forward slashes: `memory/新闻 1.xlf` → `memory/%E6%96%B0%E9%97%BB%201.xlf`. */
function artifactUri(file: string): string {
  return file.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}

// SARIF's helpUri must be an absolute URI; the rule pages ship as docs/rules/<id>.md, named in the help text instead.
function ruleDescriptor(rule: RuleMeta) {
  const page = `docs/rules/${rule.id}.md`;
  const needs = rule.needsTermbase ? ' Needs a termbase (--terms).' : '';
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: `${rule.description}${needs}` },
    help: { text: `${rule.description}${needs} See ${page}.`, markdown: `${rule.description}${needs} See [${rule.id}](${page}).` },
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: { tags: ['translation', rule.type] },
  };
}

function region(line: number | undefined, column: number | undefined) {
  if (line === undefined) return {};
  return { region: { startLine: line, ...(column === undefined ? {} : { startColumn: column }) } };
}

function notification(failure: FileFailure) {
  return {
    level: 'error',
    message: { text: failure.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(failure.file) }, ...region(failure.line, failure.column) } }],
  };
}

/** SARIF 2.1.0 for code-scanning dashboards: the rule table with help texts, one result per finding. */
export const sarifFormatter: Formatter = {
  id: 'sarif',
  format(report, { toolVersion }) {
    const ruleIndex = new Map(report.rules.map((rule, index) => [rule.id, index]));
    const results = report.findings.map((finding) => ({
      ruleId: finding.rule,
      ...(ruleIndex.has(finding.rule) ? { ruleIndex: ruleIndex.get(finding.rule) } : {}),
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: artifactUri(finding.file) }, ...region(finding.line, finding.column) },
          logicalLocations: [{ name: finding.unit, fullyQualifiedName: `${finding.file}#${finding.unit}`, kind: 'object' }],
        },
      ],
      partialFingerprints: { 'tmkitFinding/v1': findingFingerprint(finding) },
      properties: {
        ...(finding.source === undefined ? {} : { source: finding.source }),
        ...(finding.expected === undefined ? {} : { expected: finding.expected }),
        ...(finding.found === undefined ? {} : { found: finding.found }),
      },
    }));
    const sarif = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'tmkit', version: toolVersion, semanticVersion: toolVersion, rules: report.rules.map(ruleDescriptor) } },
          invocations: [{ executionSuccessful: report.failures.length === 0, toolExecutionNotifications: report.failures.map(notification) }],
          // Columns count UTF-16 code units, as JavaScript strings do: 金正恩 is three columns wide.
          columnKind: 'utf16CodeUnits',
          results,
        },
      ],
    };
    return `${JSON.stringify(sarif, null, 2)}\n`;
  },
};
