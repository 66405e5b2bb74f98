import type { Finding } from '../../types.js';
import type { CheckedUnit } from '../rule.js';
import type { Formatter, FormatterOptions } from '../report.js';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The target with every found form marked, at the offsets the findings give or by search. */
function markTarget(target: string, findings: readonly Finding[]): string {
  const marks: Array<[number, number, Finding]> = [];
  for (const finding of findings) {
    if (!finding.found) continue;
    const start = target.indexOf(finding.found);
    if (start >= 0 && !marks.some(([from, to]) => start < to && start + finding.found!.length > from)) marks.push([start, start + finding.found.length, finding]);
  }
  marks.sort((a, b) => a[0] - b[0]);
  let html = '';
  let at = 0;
  for (const [start, end, finding] of marks) {
    html += `${escapeHtml(target.slice(at, start))}<mark class="${finding.severity}" title="${escapeHtml(finding.rule)}">${escapeHtml(target.slice(start, end))}</mark>`;
    at = end;
  }
  return html + escapeHtml(target.slice(at));
}

const STYLE = `
body{font:15px/1.5 system-ui,"Noto Sans CJK SC","PingFang SC",sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
header{padding:16px 24px;background:#fff;border-bottom:1px solid #ddd;position:sticky;top:0}
h1{font-size:20px;margin:0 0 8px}
.summary span{margin-right:16px}
.filters label{margin-right:12px;white-space:nowrap}
main{padding:16px 24px}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border:1px solid #e2e2e2;padding:8px;vertical-align:top;text-align:left}
th{background:#f2f2f2}
td.source{width:35%}
td.target{width:35%}
mark.error{background:#ffd7d7}mark.warning{background:#fff0b3}mark.info{background:#d7ecff}
.finding{margin:2px 0;font-size:13px}
.finding .rule{font-family:ui-monospace,monospace;color:#555}
.sev{display:inline-block;min-width:4.5em;font-weight:600}
.sev.error{color:#b00020}.sev.warning{color:#8a6d00}.sev.info{color:#005a9c}
.clean{color:#2e7d32}
tr.hidden,.finding.hidden{display:none}
`;

const SCRIPT = `
(function(){
  var boxes=document.querySelectorAll('.filters input');
  function apply(){
    var on={};boxes.forEach(function(b){on[b.value]=b.checked;});
    document.querySelectorAll('.finding').forEach(function(f){
      f.classList.toggle('hidden',!(on['rule:'+f.dataset.rule]&&on['severity:'+f.dataset.severity]));
    });
    document.querySelectorAll('tbody tr').forEach(function(r){
      var visible=r.querySelectorAll('.finding:not(.hidden)').length>0;
      var showClean=document.getElementById('show-clean').checked;
      r.classList.toggle('hidden',!(visible||(showClean&&r.dataset.clean==='1')));
    });
  }
  boxes.forEach(function(b){b.addEventListener('change',apply);});
  apply();
})();
`;

/** One self-contained page for editors: units side by side, found forms highlighted, filters by rule and severity. */
export const htmlFormatter: Formatter = {
  id: 'html',
  format(report, options) {
    const { t } = options;
    const findingsByUnit = new Map<string, Finding[]>();
    for (const finding of report.findings) {
      const key = `${finding.file}\u0000${finding.unit}`;
      findingsByUnit.set(key, [...(findingsByUnit.get(key) ?? []), finding]);
    }
    const rules = [...new Set(report.findings.map((finding) => finding.rule))].sort();
    const severities = (['error', 'warning', 'info'] as const).filter((severity) => report.findings.some((finding) => finding.severity === severity));
    const rows = report.units.map((unit) => row(unit, findingsByUnit.get(`${unit.file}\u0000${unit.unit.id}`) ?? [], options));
    const { errors, warnings, infos, files, units } = report.summary;
    const failures = report.failures.map((failure) => `<p class="sev error">${escapeHtml(`${failure.file}${failure.line !== undefined ? `:${failure.line}` : ''}: ${failure.message}`)}</p>`).join('\n');
    return `<!DOCTYPE html>
<html lang="${escapeHtml(options.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t('report:html.title'))}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(t('report:html.title'))}</h1>
<div class="summary"><span>${escapeHtml(t('report:html.files', { count: files }))}</span><span>${escapeHtml(t('report:html.units', { count: units }))}</span><span class="sev error">${escapeHtml(t('report:html.errors', { count: errors }))}</span><span class="sev warning">${escapeHtml(t('report:html.warnings', { count: warnings }))}</span><span class="sev info">${escapeHtml(t('report:html.infos', { count: infos }))}</span></div>
<div class="filters">${severities.map((severity) => `<label><input type="checkbox" value="severity:${severity}" checked> ${escapeHtml(t(`report:severity.${severity}`))}</label>`).join('')}${rules
      .map((rule) => `<label><input type="checkbox" value="rule:${escapeHtml(rule)}" checked> ${escapeHtml(rule)}</label>`)
      .join('')}<label><input type="checkbox" id="show-clean" value="clean"> ${escapeHtml(t('report:html.showClean'))}</label></div>
</header>
<main>
${failures}
${report.findings.length === 0 && report.failures.length === 0 ? `<p class="clean">${escapeHtml(t('report:html.clean'))}</p>` : ''}
<table>
<thead><tr><th>${escapeHtml(t('report:html.unit'))}</th><th>${escapeHtml(t('report:html.source'))}</th><th>${escapeHtml(t('report:html.target'))}</th><th>${escapeHtml(t('report:html.findings'))}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</main>
<footer><p>tmkit ${escapeHtml(options.toolVersion)}</p></footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
  },
};

function row(unit: CheckedUnit, findings: readonly Finding[], { t }: FormatterOptions): string {
  const items = findings
    .map(
      (finding) =>
        `<div class="finding" data-rule="${escapeHtml(finding.rule)}" data-severity="${finding.severity}"><span class="sev ${finding.severity}">${escapeHtml(t(`report:severity.${finding.severity}`))}</span> ${escapeHtml(finding.message)} <span class="rule">${escapeHtml(finding.rule)}${finding.line !== undefined ? ` · ${finding.line}:${finding.column ?? '-'}` : ''}</span></div>`,
    )
    .join('');
  const target = unit.hasTarget ? markTarget(unit.target, findings) : `<em>${escapeHtml(t('report:html.noTarget'))}</em>`;
  return `<tr data-clean="${findings.length === 0 ? 1 : 0}"><td>${escapeHtml(`${unit.file} · ${unit.unit.id}`)}</td><td class="source" lang="zh">${escapeHtml(unit.source)}</td><td class="target" lang="en">${target}</td><td>${items}</td></tr>`;
}
