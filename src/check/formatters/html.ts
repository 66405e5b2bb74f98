import type { Finding, Severity } from '../../model/types.js';
import type { CheckReport, Formatter, FormatterOptions } from '../report.js';
import { escapeHtml } from './escape.js';
import { HTML_SCRIPT, HTML_STYLE } from './html-assets.js';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

interface Row {
  file: string;
  unit: string;
  source?: string;
  /** `undefined`: the unit has no translation at all. */
  target?: string;
  findings: Finding[];
}

/** A row per checked unit, in order, then one per unit a finding names that the unit list lacks. */
function rowsOf(report: CheckReport): Row[] {
  const rows = new Map<string, Row>();
  for (const checked of report.units) {
    rows.set(`${checked.file}\u0000${checked.unit.id}`, { file: checked.file, unit: checked.unit.id, source: checked.source, target: checked.hasTarget ? checked.target : undefined, findings: [] });
  }
  for (const finding of report.findings) {
    const key = `${finding.file}\u0000${finding.unit}`;
    const row = rows.get(key) ?? rows.set(key, { file: finding.file, unit: finding.unit, findings: [] }).get(key)!;
    row.findings.push(finding);
  }
  return [...rows.values()];
}

/**
 * The text with every occurrence of the given forms marked, longest form first where they overlap:
 * `Kim Jong-un met Kim Jong-un` marks both mentions.
 */
function marked(text: string, forms: ReadonlyArray<[form: string, severity: Severity, rule: string]>): string {
  const marks: Array<[start: number, end: number, severity: Severity, rule: string]> = [];
  for (const [form, severity, rule] of [...forms].sort((a, b) => b[0].length - a[0].length)) {
    if (form === '') continue;
    for (let start = text.indexOf(form); start >= 0; start = text.indexOf(form, start + form.length)) {
      const end = start + form.length;
      if (!marks.some(([from, to]) => start < to && end > from)) marks.push([start, end, severity, rule]);
    }
  }
  marks.sort((a, b) => a[0] - b[0]);
  let html = '';
  let at = 0;
  for (const [start, end, severity, rule] of marks) {
    html += `${escapeHtml(text.slice(at, start))}<mark class="${severity}" title="${escapeHtml(rule)}">${escapeHtml(text.slice(start, end))}</mark>`;
    at = end;
  }
  return html + escapeHtml(text.slice(at));
}

function findingItem(finding: Finding, { t }: FormatterOptions): string {
  const where = finding.line === undefined ? '' : ` · ${finding.line}:${finding.column ?? '-'}`;
  const forms = [
    finding.found === undefined ? '' : ` <span class="form"><span class="label">${escapeHtml(t('report:html.found'))}</span> <del>${escapeHtml(finding.found)}</del></span>`,
    finding.expected === undefined ? '' : ` <span class="form"><span class="label">${escapeHtml(t('report:html.expected'))}</span> <ins>${escapeHtml(finding.expected)}</ins></span>`,
  ].join('');
  return `<li class="finding" data-rule="${escapeHtml(finding.rule)}" data-severity="${finding.severity}"><span class="sev ${finding.severity}">${escapeHtml(t(`report:severity.${finding.severity}`))}</span> ${escapeHtml(finding.message)}${forms} <span class="rule">${escapeHtml(finding.rule)}${escapeHtml(where)}</span></li>`;
}

function rowElement(row: Row, options: FormatterOptions): string {
  const { t } = options;
  const sourceForms = row.findings.filter((finding) => finding.source !== undefined).map((finding) => [finding.source!, finding.severity, finding.rule] as [string, Severity, string]);
  const targetForms = row.findings.filter((finding) => finding.found !== undefined).map((finding) => [finding.found!, finding.severity, finding.rule] as [string, Severity, string]);
  const source = row.source === undefined ? '' : marked(row.source, sourceForms);
  const target = row.target === undefined ? `<em class="missing">${escapeHtml(t('report:html.noTarget'))}</em>` : marked(row.target, targetForms);
  const findings = row.findings.length === 0 ? '' : `<ul>${row.findings.map((finding) => findingItem(finding, options)).join('')}</ul>`;
  return `<tr data-clean="${row.findings.length === 0 ? 1 : 0}"><td class="unit"><span class="file">${escapeHtml(row.file)}</span><br>${escapeHtml(row.unit)}</td><td class="source" lang="zh">${source}</td><td class="target" lang="en">${target}</td><td class="findings">${findings}</td></tr>`;
}

function filters(report: CheckReport, { t }: FormatterOptions): string {
  const rules = [...new Set(report.findings.map((finding) => finding.rule))].sort();
  const box = (value: string, label: string, extra = '') => `<label><input type="checkbox" value="${escapeHtml(value)}"${extra} checked> ${escapeHtml(label)}</label>`;
  return [
    `<fieldset><legend>${escapeHtml(t('report:html.severity'))}</legend>${SEVERITIES.map((severity) => box(`severity:${severity}`, t(`report:severity.${severity}`))).join('')}</fieldset>`,
    rules.length === 0 ? '' : `<fieldset><legend>${escapeHtml(t('report:html.rule'))}</legend>${rules.map((rule) => box(`rule:${rule}`, rule)).join('')}</fieldset>`,
    `<label class="clean-toggle"><input type="checkbox" id="show-clean"> ${escapeHtml(t('report:html.showClean'))}</label>`,
  ].join('');
}

function summary(report: CheckReport, { t }: FormatterOptions): string {
  const { errors, warnings, infos, files, units } = report.summary;
  const item = (key: string, count: number, className = '') => `<span${className ? ` class="${className}"` : ''}>${escapeHtml(t(`report:count.${key}`, { count }))}</span>`;
  return [item('files', files), item('units', units), item('errors', errors, 'sev error'), item('warnings', warnings, 'sev warning'), item('infos', infos, 'sev info')].join('');
}

/**
 * One self-contained page for editors (inline CSS and script, nothing fetched): each unit's source
 * and target side by side with the found forms marked, filters by severity and rule, a summary.
 * Every piece of checked text is HTML-escaped; the output is byte-identical for the same report.
 */
export const htmlFormatter: Formatter = {
  id: 'html',
  format(report, options) {
    const { t } = options;
    const title = escapeHtml(t('report:html.title'));
    const failures =
      report.failures.length === 0
        ? ''
        : `<section class="failures"><h2>${escapeHtml(t('report:html.failures', { count: report.failures.length }))}</h2><ul>${report.failures
            .map((failure) => `<li><span class="file">${escapeHtml(`${failure.file}${failure.line === undefined ? '' : `:${failure.line}${failure.column === undefined ? '' : `:${failure.column}`}`}`)}</span> ${escapeHtml(failure.message)}</li>`)
            .join('')}</ul></section>`;
    const clean = report.findings.length === 0 && report.failures.length === 0 ? `<p class="clean">${escapeHtml(t('report:html.clean'))}</p>` : '';
    const columns = ['unit', 'source', 'target', 'findings'].map((key) => `<th>${escapeHtml(t(`report:html.${key}`))}</th>`).join('');
    return `<!DOCTYPE html>
<html lang="${escapeHtml(options.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="tmkit ${escapeHtml(options.toolVersion)}">
<title>${title}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<header>
<h1>${title}</h1>
<div class="summary">${summary(report, options)}</div>
<form class="filters">${filters(report, options)}</form>
</header>
<main>
${failures}${clean}
<table>
<thead><tr>${columns}</tr></thead>
<tbody>
${rowsOf(report).map((row) => `${rowElement(row, options)}\n`).join('')}</tbody>
</table>
<p class="none" hidden>${escapeHtml(t('report:html.nothingShown'))}</p>
</main>
<script>${HTML_SCRIPT}</script>
</body>
</html>
`;
  },
};
