import { safeForTerminal } from '../errors.js';
import type { Translate } from '../i18n/i18n.js';
import type { Dictionary } from '../terms/dictionary.js';
import { allUnits, unitHasTarget, unitSourceText, unitTargetText } from '../model/memory.js';
import type { Finding, Memory, Severity, Termbase } from '../model/types.js';
import { type CheckConfig, globMatches } from './config.js';
import type { CheckReport, CheckSummary, FileFailure } from './report.js';
import type { CheckedUnit, Report, Rule } from './rule.js';
import { positionAt } from '../text-position.js';

export interface CheckInput {
  file: string;
  memory: Memory;
}

export interface CheckOptions {
  rules: readonly Rule[];
  config: CheckConfig;
  t: Translate;
  termbase?: Termbase;
  spell?: (word: string, language: string) => boolean;
  dictionary?: Dictionary;
  failures?: FileFailure[];
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Runs every enabled rule over all units of all inputs; pure. */
export function checkMemories(inputs: readonly CheckInput[], options: CheckOptions): CheckReport {
  const { config } = options;
  const included = inputs.filter((input) => !config.ignore.files.some((pattern) => globMatches(pattern, input.file)));
  const units: CheckedUnit[] = included.flatMap(({ file, memory }) =>
    allUnits(memory)
      .filter(({ unit }) => !config.ignore.units.some((pattern) => globMatches(pattern, unit.id)))
      .map(({ unit }) => ({
        file,
        unit,
        source: unitSourceText(unit),
        target: unitTargetText(unit),
        hasTarget: unitHasTarget(unit),
        srcLang: memory.srcLang,
        trgLang: memory.trgLang ?? 'en',
      })),
  );
  const findings: Finding[] = [];
  const ran = options.rules.filter((rule) => config.rules[rule.meta.id]?.severity !== 'off' && (!rule.meta.needsTermbase || options.termbase));
  for (const rule of ran) {
    const setting = config.rules[rule.meta.id];
    const severity = setting.severity as Severity;
    rule.check({
      units,
      termbase: options.termbase,
      options: setting.options,
      spell: options.spell,
      dictionary: options.dictionary,
      report: (report) => findings.push(toFinding(rule, severity, report, options.t)),
    });
  }
  findings.sort(compareFindings);
  return {
    findings,
    summary: summarize(findings, included.length, units.length),
    failures: options.failures ?? [],
    rules: ran.map((rule) => rule.meta),
    units,
  };
}

/** Report order: by file, position, severity, then rule. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.rule.localeCompare(b.rule);
}

export function summarize(findings: readonly Finding[], files: number, units: number): CheckSummary {
  const count = (severity: Severity) => findings.filter((finding) => finding.severity === severity).length;
  return { errors: count('error'), warnings: count('warning'), infos: count('info'), files, units };
}

/**
 * One report from the reports of different rules over the same inputs (checked on two threads):
 * the same findings, order and summary as checking with all the rules at once.
 */
export function combineReports(first: CheckReport, second: Pick<CheckReport, 'findings' | 'rules'>, ruleOrder: readonly Rule[]): CheckReport {
  const findings = [...first.findings, ...second.findings].sort(compareFindings);
  const ran = new Set([...first.rules, ...second.rules].map((meta) => meta.id));
  return {
    ...first,
    findings,
    summary: summarize(findings, first.summary.files, first.summary.units),
    rules: ruleOrder.filter((rule) => ran.has(rule.meta.id)).map((rule) => rule.meta),
  };
}

function toFinding(rule: Rule, severity: Severity, report: Report, t: Translate): Finding {
  const finding: Finding = {
    rule: rule.meta.id,
    severity,
    file: report.unit.file,
    unit: report.unit.unit.id,
    ...position(report),
    message: safeForTerminal(t(`rules:${rule.meta.id}.${report.messageId}`, report.data ?? {})),
  };
  if (report.source !== undefined) finding.source = report.source;
  if (report.expected !== undefined) finding.expected = report.expected;
  if (report.found !== undefined) finding.found = report.found;
  return finding;
}

/** Line and column in the checked file: where the target (or source) text starts, plus the offset in it. */
function position(report: Report): { line?: number; column?: number } {
  const { unit } = report.unit;
  const segment = unit.segments.find((candidate) => !candidate.ignorable) ?? unit.segments[0];
  const start = report.side === 'source' ? segment?.location : (segment?.targetLocation ?? segment?.location);
  const base = start ?? unit.location;
  if (!base) return {};
  const text = report.side === 'source' ? report.unit.source : report.unit.target;
  return positionAt(text, Math.min(report.offset ?? 0, text.length), base);
}
