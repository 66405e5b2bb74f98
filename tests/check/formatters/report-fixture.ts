import { createTranslator, type Locale } from '../../../src/i18n/i18n.js';
import type { CheckReport, FormatterOptions } from '../../../src/check/report.js';
import type { CheckedUnit, RuleMeta } from '../../../src/check/rule.js';
import type { Finding, Unit } from '../../../src/types.js';

export function options(locale: Locale = 'en', color = false): FormatterOptions {
  return { t: createTranslator(locale), locale, color, toolVersion: '0.1.0' };
}

export const RULES: RuleMeta[] = [
  { id: 'term-deprecated', type: 'terminology', defaultSeverity: 'error', description: 'A deprecated form of a termbase term in the target.', needsTermbase: true, messageIds: ['deprecated'] },
  { id: 'spelling', type: 'fluency', defaultSeverity: 'warning', description: 'An English word not in the dictionary.', needsTermbase: false, messageIds: ['unknown'] },
  { id: 'typography', type: 'style', defaultSeverity: 'info', description: 'Mixed quote styles and double spaces.', needsTermbase: false, messageIds: ['doubleSpace'] },
];

function unit(id: string, source: string, target: string | undefined, line: number): Unit {
  return {
    id,
    segments: [{ source: [source], target: target === undefined ? undefined : [target], location: { line, column: 5 } }],
    notes: [],
    metadata: {},
    location: { line, column: 3 },
  };
}

function checked(file: string, id: string, source: string, target: string | undefined, line: number): CheckedUnit {
  return { file, unit: unit(id, source, target, line), source, target: target ?? '', hasTarget: target !== undefined, srcLang: 'zh-CN', trgLang: 'en' };
}

export const FILE_A = 'memory/visit.xlf';
export const FILE_B = 'memory/news\\夏季 2.xlf';

export const UNITS: CheckedUnit[] = [
  checked(FILE_A, 'u1', '金正恩会见了代表团。金正恩表示欢迎。', 'Kim Jong-un met the delegation. Kim Jong-un welcomed it.', 12),
  checked(FILE_A, 'u2', '部长周一抵达。', 'The minister arived on  Monday.', 16),
  checked(FILE_A, 'u3', '会谈很顺利。', 'The talks went well.', 20),
  checked(FILE_B, 'n1', '他们讨论了贸易。', undefined, 4),
];

export const FINDINGS: Finding[] = [
  { rule: 'term-deprecated', severity: 'error', file: FILE_A, unit: 'u1', line: 14, column: 9, message: 'Deprecated form "Kim Jong-un" of 金正恩; use "Kim Jong Un".', source: '金正恩', expected: 'Kim Jong Un', found: 'Kim Jong-un' },
  { rule: 'spelling', severity: 'warning', file: FILE_A, unit: 'u2', line: 18, column: 18, message: 'Unknown word "arived".', found: 'arived', expected: 'arrived' },
  { rule: 'typography', severity: 'info', file: FILE_A, unit: 'u2', line: 18, column: 24, message: 'Double space.', found: '  ' },
  { rule: 'untranslated', severity: 'error', file: FILE_B, unit: 'n1', line: 4, column: 5, message: 'The unit has no translation.', source: '他们讨论了贸易。' },
];

export function sampleReport(overrides: Partial<CheckReport> = {}): CheckReport {
  return {
    findings: FINDINGS,
    summary: { errors: 2, warnings: 1, infos: 1, files: 2, units: 4 },
    failures: [],
    rules: RULES,
    units: UNITS,
    ...overrides,
  };
}

export function emptyReport(): CheckReport {
  return { findings: [], summary: { errors: 0, warnings: 0, infos: 0, files: 0, units: 0 }, failures: [], rules: RULES, units: [] };
}

/** Text a hostile or careless file could carry into every report. */
export const HOSTILE = `<script>alert("x")</script> & 'q' 100% a,b:c\r\nnext\u0007bell\u001b[31m`;

export function hostileReport(): CheckReport {
  const file = 'memory/a,b:c%<x>.xlf';
  return {
    findings: [{ rule: 'term-deprecated', severity: 'error', file, unit: 'u"1"<', line: 3, column: 1, message: HOSTILE, source: '<b>金</b>', expected: '"Kim" & Co', found: '<script>' }],
    summary: { errors: 1, warnings: 0, infos: 0, files: 1, units: 1 },
    failures: [{ file: 'memory/broken <1>.xlf', line: 7, column: 2, message: 'not well-formed XML: "<" & more' }],
    rules: RULES,
    units: [checked(file, 'u"1"<', '<b>金</b>', '<script>alert("x")</script> & more', 3)],
  };
}
