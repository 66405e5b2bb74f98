import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'tmkit-check-'));
const memory = path.join(dir, 'talks.xlf');
const terms = path.join(ROOT, 'memory/terms.tbx');

beforeAll(() => {
  const aligned = runCli(['align', 'samples/xi-kim-talks.zh.txt', 'samples/xi-kim-talks.en.txt', '--terms', terms, '--out', memory]);
  expect(aligned.status, aligned.stderr).toBe(0);
});

interface JsonReport {
  findings: Array<{ rule: string; severity: string; unit: string; line: number; column: number; found: string | null; expected: string | null }>;
  summary: { errors: number; warnings: number; files: number; units: number };
}

const json = (args: string[]) => {
  const result = runCli(['check', ...args, '--format', 'json']);
  return { status: result.status, report: JSON.parse(result.stdout) as JsonReport };
};

describe('tmkit check on the sample', () => {
  it('finds what an editor must see, with a termbase, and nothing more', () => {
    const { status, report } = json([memory, '--terms', terms]);
    expect(status).toBe(1);
    const found = report.findings.map((finding) => `${finding.rule}:${finding.found}→${finding.expected}`);
    expect(found.sort()).toEqual(
      [
        'term-deprecated:Kim Jong-un→Kim Jong Un',
        'term-deprecated:Kim Jong-un→Kim Jong Un',
        'term-deprecated:Choe Son-hui→Choe Son Hui',
        'term-deprecated:North Korea→DPRK',
        'spelling:folloing→null',
        'number-mismatch:Sep 5→Sep 4',
        "typography:Workers'→Workers’",
        "typography:People's→People’s",
        'untranslated:null→null',
      ].sort(),
    );
    expect(report.summary).toMatchObject({ files: 1, units: 25 });
    for (const finding of report.findings) expect(finding.line).toBeGreaterThan(0);
  });

  it('still finds the North Korea/DPRK drift without a termbase', () => {
    const { report } = json([memory]);
    expect(report.findings.map((finding) => `${finding.rule}:${finding.found}→${finding.expected}`)).toContain('term-drift:North Korea→DPRK');
  });

  it('points line and column at the offending form in the file', () => {
    const { report } = json([memory, '--terms', terms]);
    const lines = readFileSync(memory, 'utf8').split('\n');
    for (const finding of report.findings.filter((item) => item.found && item.rule !== 'number-mismatch')) {
      expect(lines[finding.line - 1].slice(finding.column - 1)).toMatch(new RegExp(`^${finding.found!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]")}`));
    }
  });
});

describe('tmkit check: CI behaviour', () => {
  it('writes every report format; SARIF and JUnit are well formed', () => {
    for (const format of ['text', 'json', 'sarif', 'github', 'junit', 'html']) {
      const out = path.join(dir, `report.${format}`);
      const result = runCli(['check', memory, '--terms', terms, '--format', format, '--out', out]);
      expect(result.status, format).toBe(1);
      expect(readFileSync(out, 'utf8').length).toBeGreaterThan(100);
    }
    expect(JSON.parse(readFileSync(path.join(dir, 'report.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(() => new SaxesParser().write(readFileSync(path.join(dir, 'report.junit'), 'utf8')).close()).not.toThrow();
    expect(readFileSync(path.join(dir, 'report.github'), 'utf8')).toMatch(/^::error file=.*,line=\d+,col=\d+,title=tmkit term-deprecated::/m);
  });

  it('fails only on new findings with a baseline', () => {
    const baseline = path.join(dir, 'baseline.json');
    expect(runCli(['check', memory, '--terms', terms, '--baseline', baseline, '--fix-baseline']).status).toBe(0);
    expect(runCli(['check', memory, '--terms', terms, '--baseline', baseline]).status).toBe(0);
    const original = readFileSync(memory, 'utf8');
    writeFileSync(memory, `${original.replace('the Chinese capital', 'the Chinese capital (sic, folowing)')}`);
    try {
      const { report } = json([memory, '--terms', terms, '--baseline', baseline]);
      expect(report.findings.map((finding) => `${finding.rule}:${finding.found}`)).toEqual(['spelling:folowing']);
    } finally {
      writeFileSync(memory, original);
    }
  });

  it('honours a config file and --max-warnings', () => {
    const config = path.join(dir, 'tmkit.config.json');
    writeFileSync(config, JSON.stringify({ rules: { 'term-deprecated': 'off', spelling: 'off', 'number-mismatch': 'warning', 'title-mismatch': 'off' } }));
    const relaxed = runCli(['check', memory, '--terms', terms, '--config', config]);
    expect(relaxed.status).toBe(0);
    expect(runCli(['check', memory, '--terms', terms, '--config', config, '--max-warnings', '1']).status).toBe(1);
  });

  it('spells by the target language: British and American forms where it names no region, one of them where it does', () => {
    const spelled = (language: string) => {
      const file = path.join(dir, `spelling-${language}.xlf`);
      writeFileSync(
        file,
        `<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh-CN" trgLang="${language}">\n <file id="f1">\n  <unit id="u1"><segment><source>该组织的颜色和中心</source><target>the colour of the organisation's center</target></segment></unit>\n </file>\n</xliff>\n`,
      );
      return json([file]).report.findings.filter((finding) => finding.rule === 'spelling').map((finding) => finding.found);
    };
    expect(spelled('en')).toEqual([]);
    expect(spelled('en-US')).toEqual(['colour', 'organisation']);
    expect(spelled('en-GB')).toEqual(['center']);
  });

  it('checks a large file on two threads with the same findings as one', () => {
    const places = ['北京', '上海', '广州', '深圳', '南京'];
    const placeNames = ['Beijing', 'Shanghai', 'Guangzhou', 'Shenzhen', 'Nanjing'];
    const units = Array.from({ length: 18_000 }, (_, index) => {
      const place = index % places.length;
      const korea = index % 997 === 0 ? 'North Korea' : 'the DPRK';
      const typo = index % 1499 === 0 ? 'deligation' : 'delegation';
      return `<trans-unit id="u${index + 1}"><source>朝鲜代表团于${(index % 28) + 1}日抵达${places[place]}，并同当地官员举行了会谈。</source><target>A ${typo} of ${korea} arrived in ${placeNames[place]} on the ${(index % 28) + 1}th and held talks with local officials.</target></trans-unit>`;
    });
    const big = path.join(dir, 'big.xlf');
    writeFileSync(big, `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="big.txt" source-language="zh-CN" target-language="en" datatype="plaintext"><body>\n${units.join('\n')}\n</body></file></xliff>\n`);
    expect(readFileSync(big).length).toBeGreaterThan(4_000_000);
    const configured = (rules: Record<string, string>) => {
      const file = path.join(dir, `rules-${Object.keys(rules).length}.json`);
      writeFileSync(file, JSON.stringify({ rules }));
      return json([big, '--config', file]).report;
    };
    const otherRules = ['term-missing', 'term-deprecated', 'term-forbidden', 'title-mismatch', 'target-inconsistency', 'source-inconsistency', 'number-mismatch', 'placeholder-mismatch', 'untranslated', 'empty-target', 'spelling', 'typography'];
    const driftOnly = configured(Object.fromEntries(otherRules.map((rule) => [rule, 'off'])));
    const withoutDrift = configured({ 'term-drift': 'off' });
    const both = json([big]).report;
    expect(driftOnly.findings.length).toBeGreaterThan(0);
    expect(withoutDrift.findings.length).toBeGreaterThan(0);
    const key = (finding: JsonReport['findings'][number]) => JSON.stringify(finding);
    expect(both.findings.map(key).sort()).toEqual([...driftOnly.findings, ...withoutDrift.findings].map(key).sort());
    expect(both.summary).toEqual({ ...withoutDrift.summary, warnings: withoutDrift.summary.warnings + driftOnly.summary.warnings, errors: withoutDrift.summary.errors + driftOnly.summary.errors });
  });

  it('checks an i18next release', () => {
    const release = path.join(dir, 'release');
    mkdirSync(path.join(release, 'zh-CN'), { recursive: true });
    mkdirSync(path.join(release, 'en'), { recursive: true });
    writeFileSync(path.join(release, 'zh-CN/common.json'), JSON.stringify({ greeting: '你好，{{name}}！', cart: { items_other: '共{{count}}件商品' } }, null, 2));
    writeFileSync(path.join(release, 'en/common.json'), JSON.stringify({ greeting: 'Hello!', cart: { items_one: '{{count}} item', items_other: '{{count}} items' } }, null, 2));
    const { status, report } = json([release]);
    expect(status).toBe(1);
    expect(report.findings.map((finding) => `${finding.rule}:${finding.unit}:${finding.expected}`)).toEqual(['placeholder-mismatch:common:greeting:{{name}}']);
  });

  it('reports a broken file among several and still checks the others (exit 2)', () => {
    const broken = path.join(dir, 'broken.xlf');
    writeFileSync(broken, '<xliff version="2.0"><file>');
    const result = runCli(['check', broken, memory, '--terms', terms, '--format', 'json']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/broken\.xlf:\d+:\d+: /);
    expect((JSON.parse(result.stdout) as JsonReport).summary.files).toBe(1);
  });

  it('refuses bad configuration and termbases with one line and exit 2', () => {
    const config = path.join(dir, 'bad.config.json');
    writeFileSync(config, '{"rules": {"no-such-rule": "error"}}');
    const csv = path.join(dir, 'bad.csv');
    writeFileSync(csv, 'zh,en,status,kind,note\n朝鲜,DPRK,approved,org,\n');
    for (const args of [['--config', config], ['--terms', csv], ['--format', 'pdf']]) {
      const result = runCli(['check', memory, ...args]);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(runCli(['check', memory, '--config', config]).stderr).toMatch(/unknown rule "no-such-rule"/);
    expect(runCli(['check', memory, '--terms', csv]).stderr).toMatch(/bad\.csv:2: unknown status "approved"/);
  });
});
