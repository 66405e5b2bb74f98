import { describe, expect, it } from 'vitest';
import { textFormatter } from '../../../src/check/formatters/text.js';
import { highlightDifference } from '../../../src/check/formatters/highlight.js';
import { FILE_A, FILE_B, emptyReport, hostileReport, options, sampleReport } from './report-fixture.js';

describe('text formatter', () => {
  it('groups findings by file as line:column, severity, message, rule and unit', () => {
    const lines = textFormatter.format(sampleReport(), options()).split('\n');
    expect(lines[0]).toBe(FILE_A);
    expect(lines[1]).toBe('  14:9   error    Deprecated form "Kim Jong-un" of 金正恩; use "Kim Jong Un".  term-deprecated (u1)');
    expect(lines[2]).toBe('         found → expected: Kim Jong[-u→ U]n');
    expect(lines[3]).toBe('  18:18  warning  Unknown word "arived".  spelling (u2)');
    expect(lines[4]).toBe('         found → expected: ar[→r]ived');
    expect(lines[5]).toBe('  18:24  info     Double space.  typography (u2)');
    expect(lines[6]).toBe('');
    expect(lines[7]).toBe(FILE_B);
    expect(lines.at(-2)).toBe('4 problems (2 errors, 1 warning, 1 info) in 2 files, 4 units');
    expect(lines.at(-1)).toBe('');
  });

  it('uses no escape sequences without colour and colours severities and the difference with it', () => {
    const plain = textFormatter.format(sampleReport(), options());
    expect(plain).not.toContain('\u001b');
    const colored = textFormatter.format(sampleReport(), options('en', true));
    expect(colored).toContain('\u001b[31merror  \u001b[0m');
    expect(colored).toContain('\u001b[33mwarning\u001b[0m');
    expect(colored).toContain(`Kim Jong\u001b[31m\u001b[9m-u\u001b[0m\u001b[32m U\u001b[0mn`);
  });

  it('lists files that could not be read and counts them as a failure', () => {
    const report = emptyReport();
    report.failures.push({ file: 'memory/bad.xlf', line: 3, column: 9, message: 'not well-formed XML: unclosed tag' });
    const text = textFormatter.format(report, options());
    expect(text).toContain('1 file could not be checked:\n  memory/bad.xlf:3:9  not well-formed XML: unclosed tag\n');
    expect(text).not.toContain('No problems');
    expect(text.trimEnd().split('\n').at(-1)).toBe('0 problems in 0 files, 0 units');
  });

  it('says so when everything is clean, in both locales', () => {
    const report = { ...emptyReport(), summary: { errors: 0, warnings: 0, infos: 0, files: 3, units: 12 } };
    expect(textFormatter.format(report, options())).toBe('No problems in 3 files, 12 units.\n');
    expect(textFormatter.format(report, options('zh-CN'))).toBe('3 个文件、12 个单元中未发现问题。\n');
    const single = { ...emptyReport(), summary: { errors: 1, warnings: 0, infos: 0, files: 1, units: 1 } };
    expect(textFormatter.format(single, options())).toBe('1 problem (1 error) in 1 file, 1 unit\n');
  });

  it('speaks Chinese with the zh-CN translator', () => {
    const text = textFormatter.format(sampleReport(), options('zh-CN'));
    expect(text).toContain('  14:9   错误  Deprecated form');
    expect(text).toContain('实为 → 应为： Kim Jong[-u→ U]n');
    expect(text).toContain('共 4 个问题（2 个错误，1 个警告，1 条提示），涉及 2 个文件、4 个单元');
  });

  it('keeps control characters from checked files out of the terminal', () => {
    const text = textFormatter.format(hostileReport(), options());
    for (const control of ['\u0007', '\u001b', '\r']) expect(text).not.toContain(control);
    expect(text).toContain('a,b:c\\r\\nnext\\u0007bell\\u001b[31m');
    expect(text.split('\n').filter((line) => line.includes('term-deprecated'))).toHaveLength(1);
    expect(text).toContain('found → expected: [<script>→"Kim" & Co]');
  });
});

describe('highlightDifference', () => {
  it('brackets replaced, inserted and removed text', () => {
    expect(highlightDifference('Kim Jong-un', 'Kim Jong Un', false)).toBe('Kim Jong[-u→ U]n');
    expect(highlightDifference('Sep 5', 'Sep 4', false)).toBe('Sep [5→4]');
    expect(highlightDifference('Workers’ Party', "Workers' Party", false)).toBe("Workers[’→'] Party");
    expect(highlightDifference('the DPRK', 'DPRK', false)).toBe('[the →]DPRK');
    expect(highlightDifference('Xi Jinping', 'Xi', false)).toBe('Xi[ Jinping→]');
    expect(highlightDifference('Premier', 'Foreign Minister', false)).toBe('[Premier→Foreign Minister]');
    expect(highlightDifference('Premier', 'Foreign Minister', true)).toBe('\u001b[31m\u001b[9mPremier\u001b[0m\u001b[32mForeign Minister\u001b[0m');
  });
});
