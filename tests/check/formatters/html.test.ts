import { describe, expect, it } from 'vitest';
import { htmlFormatter } from '../../../src/check/formatters/html.js';
import { HTML_SCRIPT } from '../../../src/check/formatters/html-assets.js';
import { emptyReport, hostileReport, options, sampleReport } from './report-fixture.js';

function rowOf(html: string, unit: string): string {
  return html.split('\n').find((line) => line.startsWith('<tr') && line.includes(`<br>${unit}</td>`)) ?? '';
}

describe('html formatter', () => {
  const html = htmlFormatter.format(sampleReport(), options());

  it('is one self-contained page: inline style and script, nothing fetched', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<style>[^<]+<\/style>/);
    expect(html).toMatch(/<script>[^<]+<\/script>/);
    expect(html).not.toMatch(/\b(src|href)=|url\(|@import|<link|https?:/);
    expect(() => new Function(HTML_SCRIPT)).not.toThrow();
  });

  it('shows source and target side by side with found forms and source terms marked', () => {
    const row = rowOf(html, 'u1');
    expect(row).toContain('<td class="source" lang="zh"><mark class="error" title="term-deprecated">金正恩</mark>会见了代表团。<mark class="error" title="term-deprecated">金正恩</mark>表示欢迎。</td>');
    expect(row).toContain(
      '<td class="target" lang="en"><mark class="error" title="term-deprecated">Kim Jong-un</mark> met the delegation. <mark class="error" title="term-deprecated">Kim Jong-un</mark> welcomed it.</td>',
    );
    expect(row).toContain('<span class="label">found</span> <del>Kim Jong-un</del></span> <span class="form"><span class="label">expected</span> <ins>Kim Jong Un</ins>');
    expect(row).toContain('<span class="rule">term-deprecated · 14:9</span>');
    expect(rowOf(html, 'u2')).toContain('The minister <mark class="warning" title="spelling">arived</mark> on<mark class="info" title="typography">  </mark>Monday.');
  });

  it('marks a unit without translation and lists clean units for the "show clean" filter', () => {
    expect(rowOf(html, 'n1')).toContain('<td class="target" lang="en"><em class="missing">no translation</em></td>');
    expect(rowOf(html, 'u3').startsWith('<tr data-clean="1">')).toBe(true);
    expect(rowOf(html, 'u1').startsWith('<tr data-clean="0">')).toBe(true);
  });

  it('offers filters for every severity and every rule found, and a summary', () => {
    for (const value of ['severity:error', 'severity:warning', 'severity:info', 'rule:spelling', 'rule:term-deprecated', 'rule:typography', 'rule:untranslated']) {
      expect(html).toContain(`<input type="checkbox" value="${value}" checked>`);
    }
    expect(html).toContain('<div class="summary"><span>2 files</span><span>4 units</span><span class="sev error">2 errors</span><span class="sev warning">1 warning</span><span class="sev info">1 info</span></div>');
  });

  it('keeps a row for a finding whose unit is not among the checked units', () => {
    const report = sampleReport({ findings: [...sampleReport().findings, { rule: 'term-drift', severity: 'warning', file: 'x.xlf', unit: 'gone', message: 'Drift.' }] });
    expect(rowOf(htmlFormatter.format(report, options()), 'gone')).toContain('Drift.');
  });

  it('speaks Chinese with the zh-CN translator', () => {
    const chinese = htmlFormatter.format(sampleReport(), options('zh-CN'));
    expect(chinese).toContain('<html lang="zh-CN">');
    expect(chinese).toContain('<title>tmkit 检查报告</title>');
    expect(chinese).toContain('<th>单元</th><th>原文</th><th>译文</th><th>问题</th>');
    expect(chinese).toContain('<legend>严重程度</legend>');
    expect(chinese).toContain('<span class="sev error">2 个错误</span>');
    expect(chinese).toContain('<em class="missing">无译文</em>');
  });

  it('escapes every piece of checked text', () => {
    const hostile = htmlFormatter.format(hostileReport(), options());
    expect(hostile.match(/<script>/g)).toHaveLength(1);
    expect(hostile).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;');
    expect(hostile).toContain('<mark class="error" title="term-deprecated">&lt;script&gt;</mark>alert(&quot;x&quot;)&lt;/script&gt; &amp; more');
    expect(hostile).toContain('data-rule="term-deprecated"');
    expect(hostile).toContain('<br>u&quot;1&quot;&lt;</td>');
    expect(hostile).toContain('<del>&lt;script&gt;</del>');
    expect(hostile).toContain('<ins>&quot;Kim&quot; &amp; Co</ins>');
    expect(hostile).toContain('<li><span class="file">memory/broken &lt;1&gt;.xlf:7:2</span> not well-formed XML: &quot;&lt;&quot; &amp; more</li>');
    expect(hostile).toContain('<h2>1 file could not be checked</h2>');
  });

  it('is byte-identical for the same report', () => {
    expect(htmlFormatter.format(sampleReport(), options())).toBe(html);
  });

  it('says so when nothing was found', () => {
    const clean = htmlFormatter.format(emptyReport(), options());
    expect(clean).toContain('<p class="clean">No problems found.</p>');
    expect(clean).not.toContain('value="rule:');
  });
});

/** Just enough DOM for the report's filter script: elements parsed from the page's rows and filters. */
function fakeDocument(page: string) {
  const listeners: Array<() => void> = [];
  const element = (attributes: Record<string, string>) => {
    const classes = new Set<string>();
    return {
      dataset: attributes,
      value: attributes.value,
      checked: 'checked' in attributes,
      hidden: false,
      classList: { toggle: (name: string, on: boolean) => (on ? classes.add(name) : classes.delete(name)), contains: (name: string) => classes.has(name) },
      addEventListener: (_event: string, listener: () => void) => listeners.push(listener),
    };
  };
  const attributesOf = (tag: string) => Object.fromEntries([...tag.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].slice(1).map(([, name, value]) => [name.replace(/^data-/, ''), value ?? '']));
  const boxes = [...page.matchAll(/<input type="checkbox" value="[^"]*"[^>]*>/g)].map(([tag]) => element(attributesOf(tag)));
  const showClean = element(attributesOf(page.match(/<input type="checkbox" id="show-clean"[^>]*>/)![0]));
  const rows = [...page.matchAll(/<tr data-clean="(\d)">(.*?)<\/tr>/g)].map(([, clean, body]) => {
    const row = element({ clean });
    const findings = [...body.matchAll(/<li class="finding"[^>]*>/g)].map(([tag]) => element(attributesOf(tag)));
    return Object.assign(row, { findings, querySelector: () => findings.find((finding) => !finding.classList.contains('hidden')) ?? null });
  });
  const none = element({});
  const document = {
    querySelectorAll: (selector: string) => (selector === '.filters input[value]' ? boxes : selector === '.finding' ? rows.flatMap((row) => row.findings) : selector === 'tbody tr' ? rows : []),
    getElementById: () => showClean,
    querySelector: () => none,
  };
  const change = (box: { checked: boolean }, checked: boolean) => {
    box.checked = checked;
    listeners.forEach((listener) => listener());
  };
  const visibleRows = () => rows.filter((row) => !row.classList.contains('hidden')).length;
  return { document, boxes, showClean, rows, none, change, visibleRows };
}

describe('html filters', () => {
  it('show findings by severity and rule, and clean units on request', () => {
    const page = htmlFormatter.format(sampleReport(), options());
    const dom = fakeDocument(page);
    new Function('document', HTML_SCRIPT)(dom.document);
    const box = (value: string) => dom.boxes.find((candidate) => candidate.value === value)!;
    expect(dom.visibleRows()).toBe(3);
    dom.change(box('severity:error'), false);
    expect(dom.visibleRows()).toBe(1);
    dom.change(box('rule:spelling'), false);
    expect(dom.visibleRows()).toBe(1);
    dom.change(box('rule:typography'), false);
    expect(dom.visibleRows()).toBe(0);
    expect(dom.none.hidden).toBe(false);
    dom.change(dom.showClean, true);
    expect(dom.visibleRows()).toBe(1);
    expect(dom.none.hidden).toBe(true);
  });
});
