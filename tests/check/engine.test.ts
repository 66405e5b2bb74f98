import { describe, expect, it } from 'vitest';
import { createBaseline, parseBaseline, withoutBaseline } from '../../src/check/baseline.js';
import { globMatches, resolveConfig } from '../../src/check/config.js';
import { checkMemories, combineReports } from '../../src/check/engine.js';
import { RULES } from '../../src/check/rules/index.js';
import { InputError } from '../../src/errors.js';
import { readMemory } from '../../src/formats/index.js';
import { createTranslator } from '../../src/i18n/i18n.js';

const t = createTranslator('en');

function xliff(units: ReadonlyArray<[string, string, string]>, padding = 0): string {
  const body = units.map(([id, source, target]) => `<trans-unit id="${id}">\n<source>${source}</source>\n<target>${target}</target>\n</trans-unit>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${'\n'.repeat(padding)}<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n<file original="a.txt" source-language="zh-CN" target-language="en" datatype="plaintext"><body>\n${body}\n</body></file>\n</xliff>\n`;
}

const UNITS: Array<[string, string, string]> = [
  ['u1', '会谈于9月4日举行。', 'The talks were held on Sep 5.'],
  ['u2', '双方举行了会谈。', 'The two  sides held talks.'],
];

function check(text: string, configText?: string) {
  return checkMemories([{ file: 'a.xlf', memory: readMemory(text, 'a.xlf') }], { rules: RULES, config: resolveConfig(RULES, configText), t, spell: () => true });
}

describe('combineReports', () => {
  it('gives the report of all rules at once from the reports of two shares of them', () => {
    const units: Array<[string, string, string]> = [...UNITS, ['u3', '双方举行了会谈。', 'Both sides held  talks on 5 Sep.'], ['u4', '会谈于9月4日举行。', 'Talks were held on Sep 4.']];
    const memory = readMemory(xliff(units), 'a.xlf');
    const config = resolveConfig(RULES, undefined);
    const run = (rules: typeof RULES) => checkMemories([{ file: 'a.xlf', memory }], { rules, config, t, spell: () => true });
    const [first, second] = [RULES.filter((_, index) => index % 2 === 0), RULES.filter((_, index) => index % 2 === 1)];
    const whole = run(RULES);
    expect(whole.findings.length).toBeGreaterThan(2);
    expect(new Set(whole.findings.map((finding) => finding.rule)).size).toBeGreaterThan(1);
    expect(combineReports(run(first), run(second), RULES)).toEqual(whole);
  });
});

describe('checkMemories', () => {
  it('reports findings with messages, severities and the position of the found form in the file', () => {
    const text = xliff(UNITS);
    const report = check(text);
    const number = report.findings.find((finding) => finding.rule === 'number-mismatch');
    expect(number).toMatchObject({ severity: 'error', unit: 'u1', found: 'Sep 5', expected: 'Sep 4', source: '9月4日' });
    expect(number?.message).toContain('Sep 5');
    const line = text.split('\n')[number!.line! - 1];
    expect(line.slice(number!.column! - 1)).toMatch(/^Sep 5/);
    expect(report.summary).toMatchObject({ files: 1, units: 2, errors: 1 });
    expect(report.findings.map((finding) => finding.rule)).toContain('typography');
  });

  it('applies severities from the config and leaves out ignored units and files', () => {
    const relaxed = check(xliff(UNITS), JSON.stringify({ rules: { 'number-mismatch': 'info', typography: 'off' }, ignore: { units: ['u9*'] } }));
    expect(relaxed.findings.map((finding) => `${finding.rule}:${finding.severity}`)).toEqual(['number-mismatch:info']);
    expect(relaxed.summary.errors).toBe(0);
    expect(check(xliff(UNITS), JSON.stringify({ ignore: { units: ['u*'] } })).findings).toEqual([]);
    const config = resolveConfig(RULES, JSON.stringify({ ignore: { files: ['legacy/**'] } }));
    const skipped = checkMemories([{ file: 'legacy/old/a.xlf', memory: readMemory(xliff(UNITS), 'a.xlf') }], { rules: RULES, config, t });
    expect(skipped.summary.files).toBe(0);
  });
});

describe('resolveConfig', () => {
  it('defaults every rule to its meta severity', () => {
    const config = resolveConfig(RULES, undefined);
    for (const rule of RULES) expect(config.rules[rule.meta.id].severity).toBe(rule.meta.defaultSeverity);
  });

  it('rejects an unknown rule, naming the file and line', () => {
    const text = '{\n  "rules": {\n    "spelling": "off",\n    "no-such-rule": "error"\n  }\n}';
    const error = (() => {
      try {
        resolveConfig(RULES, text, 'tmkit.config.json');
      } catch (caught) {
        return caught;
      }
    })() as InputError;
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ file: 'tmkit.config.json', line: 4 });
    expect(error.reason).toMatch(/unknown rule "no-such-rule"/);
  });

  it.each(['[1]', '{"rules": {"spelling": "loud"}}', '{"rules": {"spelling": ["error", 3]}}', '{"ignore": {"units": "u1"}}', '{"colour": true}', '{'])('rejects %s', (text) => {
    expect(() => resolveConfig(RULES, text)).toThrow(InputError);
  });

  it('accepts [severity, options]', () => {
    expect(resolveConfig(RULES, '{"rules": {"typography": ["error", {"quotes": false}]}}').rules.typography).toEqual({ severity: 'error', options: { quotes: false } });
  });
});

describe('globMatches', () => {
  it.each([
    ['*.xlf', 'a.xlf', true],
    ['*.xlf', 'dir/a.xlf', false],
    ['**/*.xlf', 'dir/sub/a.xlf', true],
    ['u?', 'u1', true],
    ['u?', 'u12', false],
    ['a.b', 'axb', false],
  ])('%s against %s → %s', (pattern, name, expected) => {
    expect(globMatches(pattern, name)).toBe(expected);
  });
});

describe('baseline', () => {
  it('keeps suppressing known findings when lines move, and lets new ones through', () => {
    const before = check(xliff(UNITS)).findings;
    const baseline = parseBaseline(JSON.stringify(createBaseline(before)), 'baseline.json');
    const moved = check(xliff(UNITS, 7)).findings;
    expect(moved[0].line).not.toBe(before[0].line);
    expect(withoutBaseline(moved, baseline)).toEqual([]);
    const changed = check(xliff([...UNITS, ['u3', '代表团于5日离开。', 'The delegation left on the 6th.']], 7)).findings;
    expect(withoutBaseline(changed, baseline).map((finding) => finding.unit)).toEqual(['u3']);
  });

  it('rejects a file that is not a baseline', () => {
    expect(() => parseBaseline('{"version": 2}', 'b.json')).toThrow(InputError);
    expect(() => parseBaseline('nope', 'b.json')).toThrow(/b\.json|baseline/);
  });
});
