import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/check/config.js';
import { checkMemories } from '../../src/check/engine.js';
import type { Rule } from '../../src/check/rule.js';
import { createTranslator } from '../../src/i18n/i18n.js';
import type { Dictionary } from '../../src/terms/dictionary.js';
import type { Memory, Termbase, Unit } from '../../src/types.js';
import { DICTIONARY } from './rule-harness.js';

/** A unit of a case: source and target text (target `null`: no target element). */
export type CaseUnit = [source: string, target: string | null];

export interface ValidCase {
  name?: string;
  /** One unit, or several for rules that compare units; unit ids are u1, u2, … */
  units: CaseUnit[];
  termbase?: Termbase;
  options?: Record<string, unknown>;
  spell?: (word: string, language: string) => boolean;
  dictionary?: Dictionary;
}

export interface ExpectedError {
  unit: string;
  /** The English message, exactly as `tmkit check` prints it. */
  message: string;
  /** Unit n starts on line n; the column counts from 1 in the target text (the source text for source findings). */
  line: number;
  column: number;
  found?: string;
  expected?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
}

const t = createTranslator('en');

function memoryOf(units: readonly CaseUnit[]): Memory {
  const items: Unit[] = units.map(([source, target], index) => {
    const location = { line: index + 1, column: 1 };
    return {
      id: `u${index + 1}`,
      segments: [{ source: [source], ...(target !== null ? { target: [target], targetLocation: location } : {}), location }],
      notes: [],
      metadata: {},
    };
  });
  return { srcLang: 'zh', trgLang: 'en', files: [{ id: 'f1', items, notes: [], metadata: {} }] };
}

function findingsOf(rule: Rule, testCase: ValidCase): ExpectedError[] {
  const config = resolveConfig([rule], undefined);
  config.rules[rule.meta.id].options = testCase.options ?? {};
  const report = checkMemories([{ file: 'case.xlf', memory: memoryOf(testCase.units) }], {
    rules: [rule],
    config,
    t,
    termbase: testCase.termbase,
    spell: testCase.spell,
    dictionary: testCase.dictionary ?? DICTIONARY,
  });
  return report.findings.map((finding) => ({
    unit: finding.unit,
    message: finding.message,
    line: finding.line!,
    column: finding.column!,
    ...(finding.found !== undefined ? { found: finding.found } : {}),
    ...(finding.expected !== undefined ? { expected: finding.expected } : {}),
  }));
}

const nameOf = (testCase: ValidCase) => testCase.name ?? testCase.units.map(([source, target]) => `${source} → ${target ?? '(no target)'}`).join(' | ');

/**
 * Runs a rule over valid cases (no finding) and invalid ones (exactly the findings listed, with
 * their English messages and positions), through the checker as `tmkit check` runs it.
 */
export function testRule(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(`${rule.meta.id} (rule tester)`, () => {
    it.each(cases.valid.map((testCase) => [nameOf(testCase), testCase] as const))('valid: %s', (_name, testCase) => {
      expect(findingsOf(rule, testCase)).toEqual([]);
    });
    it.each(cases.invalid.map((testCase) => [nameOf(testCase), testCase] as const))('invalid: %s', (_name, testCase) => {
      expect(testCase.errors.length, 'an invalid case lists its findings').toBeGreaterThan(0);
      expect(findingsOf(rule, testCase)).toEqual(testCase.errors);
    });
  });
}
