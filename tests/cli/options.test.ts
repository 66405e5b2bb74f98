import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'tmkit-options-'));
const run = (args: string[], env?: Record<string, string>) => runCli(args, { cwd: dir, env });

beforeAll(() => {
  for (const name of ['memory.tmx', 'document.xlf']) copyFileSync(path.join(ROOT, 'tests/fixtures/tm', name), path.join(dir, name));
  writeFileSync(path.join(dir, 'talk.zh.txt'), '会谈在北京举行。双方交换了意见。\n');
  writeFileSync(path.join(dir, 'talk.en.txt'), 'The talks were held in Beijing. The two sides exchanged views.\n');
});

/** Exit 2 with one line of tmkit's own, never a message of Node's option parser. */
function expectUsageError(args: string[], message: string | RegExp, env?: Record<string, string>): void {
  const result = run(args, env);
  expect(result.status, result.stderr).toBe(2);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(typeof message === 'string' ? new RegExp(`^tmkit: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n$`) : message);
  expect(result.stderr).not.toMatch(/ERR_PARSE_ARGS|TypeError|Option '/);
}

describe('one score scale, 0 to 100', () => {
  it('refuses a score out of range in every command, stating the range', () => {
    expectUsageError(['align', 'talk.zh.txt', 'talk.en.txt', '--min-score', '0.5x'], '--min-score: "0.5x" is not a valid number here');
    expectUsageError(['align', 'talk.zh.txt', 'talk.en.txt', '--min-score', '101'], '--min-score: 101 is out of range (0 to 100)');
    expectUsageError(['lookup', '--tm', 'memory.tmx', '展览', '--min-score', '-1'], '--min-score: -1 is out of range (0 to 100)');
    expectUsageError(['leverage', 'document.xlf', '--tm', 'memory.tmx', '--out', 'out.xlf', '--min-score', '101'], '--min-score: 101 is out of range (0 to 100)');
    expectUsageError(['lookup', '--tm', 'memory.tmx', '展览', '--min-score', '120', '--locale', 'zh-CN'], '--min-score：120 超出范围（0 到 100）');
  });

  it('align --min-score marks beads under it for review on the same scale', () => {
    expect(run(['align', 'talk.zh.txt', 'talk.en.txt', '--min-score', '100']).stdout).not.toContain('state="translated"');
    expect(run(['align', 'talk.zh.txt', 'talk.en.txt', '--min-score', '0']).stdout).not.toContain('state="initial"');
  });
});

describe('the output format follows the extension', () => {
  it('writes TMX to .tmx and XLIFF 2 to .xlf; an explicit format the extension contradicts is exit 2', () => {
    expect(run(['align', 'talk.zh.txt', 'talk.en.txt', '--out', 'aligned.tmx']).status).toBe(0);
    expect(readFileSync(path.join(dir, 'aligned.tmx'), 'utf8')).toContain('<tmx version="1.4">');
    expect(run(['tm', 'convert', 'memory.tmx', '-o', 'converted.xlf']).status).toBe(0);
    expect(readFileSync(path.join(dir, 'converted.xlf'), 'utf8')).toContain('urn:oasis:names:tc:xliff:document:2.0');
    expect(run(['tm', 'convert', 'memory.tmx', '--output-file', 'converted12.xlf', '--to', 'xliff12']).status).toBe(0);
    expect(readFileSync(path.join(dir, 'converted12.xlf'), 'utf8')).toContain('version="1.2"');
    expectUsageError(['tm', 'convert', 'document.xlf', '--out', 'x.xlf', '--to', 'tmx'], '--to tmx contradicts the extension of x.xlf (XLIFF 2 / XLIFF 1.2)');
    expectUsageError(['align', 'talk.zh.txt', 'talk.en.txt', '-f', 'tmx', '-o', 'x.xliff'], '--format tmx contradicts the extension of x.xliff (XLIFF 2 / XLIFF 1.2)');
    expectUsageError(['align', 'talk.zh.txt', 'talk.en.txt', '-f', 'jsonl', '-o', 'x.tmx'], '--format jsonl contradicts the extension of x.tmx (TMX)');
    expectUsageError(['leverage', 'document.xlf', '--tm', 'memory.tmx', '--out', 'x.tmx'], 'x.tmx: the output is XLIFF 2, which the extension contradicts (TMX)');
  });
});

describe('flags', () => {
  it('refuses repeated and conflicting flags with tmkit’s own messages, in the user’s language', () => {
    expectUsageError(['lookup', '--tm', 'memory.tmx', '--format', 'text', '-f', 'jsonl', '展览'], 'option --format given more than once');
    expectUsageError(['tm', 'convert', 'memory.tmx', '-o', 'a.xlf', '--output-file', 'b.xlf'], 'option --out given more than once');
    expectUsageError(['lookup', '--tm', 'memory.tmx', '展览', '--queries', 'talk.zh.txt'], 'QUERY and --queries cannot be used together');
    expectUsageError(['segment', 'talk.zh.txt', '--export-srx'], '--export-srx and FILE cannot be used together');
    expectUsageError(['leverage', 'document.xlf', '--overwrite=yes'], 'option --overwrite takes no value');
    expectUsageError(['check', 'document.xlf', '--out', '--format', 'json'], 'option --out needs a value');
    expectUsageError(['check', 'document.xlf', '--bogus'], 'unknown option --bogus');
    expectUsageError(['tm', 'stats', '--tm', 'memory.tmx', '--out', 'x.tmx'], 'tm stats and --out cannot be used together');
    expectUsageError(['tm', 'merge', 'memory.tmx', '--tm', 'x.tmx', '--out', 'y.tmx'], 'tm merge and --tm cannot be used together');
    expectUsageError(['check', 'document.xlf', '-f', 'json', '-f', 'text'], '选项 --format 重复给出', { LANG: 'zh_CN.UTF-8' });
    expectUsageError(['check', 'document.xlf', '-z'], '未知选项 -z', { LANG: 'zh_CN.UTF-8' });
  });

  it('takes -o/--output-file, -f and a folder or a quoted glob as input', () => {
    mkdirSync(path.join(dir, 'release/zh'), { recursive: true });
    copyFileSync(path.join(dir, 'document.xlf'), path.join(dir, 'release/zh/a.xlf'));
    copyFileSync(path.join(dir, 'document.xlf'), path.join(dir, 'release/b.xlf'));
    for (const inputs of [['release'], ['release/**/*.xlf'], ['release/*.xlf', 'release/zh/*.xlf']]) {
      const result = run(['check', ...inputs, '-f', 'json', '-o', 'report.json']);
      expect(result.status, result.stderr).toBe(0);
      expect(JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')).summary.files).toBe(2);
    }
    expectUsageError(['check', 'release/**/*.tmx'], 'release/**/*.tmx: no file matches this pattern');
    expect(run(['tm', 'merge', 'release/**/*.xlf', 'memory.tmx', '-o', 'merged.tmx']).stdout).toMatch(/^14 units read/);
  });
});

describe('check as ESLint users expect', () => {
  it('--quiet reports errors only; --max-warnings prints "too many warnings (N, max M)"', () => {
    const loud = run(['check', 'document.xlf', '-f', 'json', '--max-warnings', '1']);
    const warnings = JSON.parse(loud.stdout).summary.warnings as number;
    expect(warnings).toBeGreaterThan(1);
    expect(loud.status).toBe(1);
    expect(loud.stderr).toBe(`tmkit: too many warnings (${warnings}, max 1)\n`);
    const quiet = run(['check', 'document.xlf', '-f', 'json', '--max-warnings', '1', '--quiet']);
    expect(quiet).toMatchObject({ status: 0, stderr: '' });
    expect(JSON.parse(quiet.stdout).findings.every((finding: { severity: string }) => finding.severity === 'error')).toBe(true);
  });

  it('finds tmkit.config.json in a folder above the working one', () => {
    const deep = path.join(dir, 'project/sub/deeper');
    mkdirSync(deep, { recursive: true });
    copyFileSync(path.join(dir, 'document.xlf'), path.join(deep, 'document.xlf'));
    const before = JSON.parse(runCli(['check', 'document.xlf', '-f', 'json'], { cwd: deep }).stdout);
    expect(before.findings.some((finding: { rule: string }) => finding.rule === 'untranslated')).toBe(true);
    writeFileSync(path.join(dir, 'project/tmkit.config.json'), '{ "rules": { "untranslated": "off" } }\n');
    const after = JSON.parse(runCli(['check', 'document.xlf', '-f', 'json'], { cwd: deep }).stdout);
    expect(after.findings.some((finding: { rule: string }) => finding.rule === 'untranslated')).toBe(false);
  });
});

describe('leverage as CAT tools expect', () => {
  it('counts repetitions, writes the analysis as CSV and JSON, refuses a memory of another source language', () => {
    const repeated = readFileSync(path.join(dir, 'document.xlf'), 'utf8').replace('<unit id="d4">', '<unit id="d1b"><segment><source>门票价格为30元。</source></segment></unit>\n    <unit id="d4">');
    writeFileSync(path.join(dir, 'repeated.xlf'), repeated);
    const result = run(['leverage', 'repeated.xlf', '--tm', 'memory.tmx', '--out', 'out.xlf', '--analysis', 'analysis.csv']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^repetitions\s+1\s+6\s+4$/m);
    const csv = readFileSync(path.join(dir, 'analysis.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toBe('band,segments,characters,words');
    expect(csv).toContain('repetitions,1,6,4');
    expect(csv).toContain('total,6,44,24');
    expect(run(['leverage', 'repeated.xlf', '--tm', 'memory.tmx', '--out', 'out.xlf', '--analysis', 'analysis.json']).status).toBe(0);
    const json = JSON.parse(readFileSync(path.join(dir, 'analysis.json'), 'utf8'));
    expect(json.bands.find((band: { band: string }) => band.band === 'repetitions')).toEqual({ band: 'repetitions', segments: 1, characters: 6, words: 4 });
    expect(json.total.segments).toBe(6);
    expectUsageError(['leverage', 'repeated.xlf', '--tm', 'memory.tmx', '--out', 'out.xlf', '--analysis', 'analysis.txt'], '--analysis analysis.txt: name a .csv or .json file');
    writeFileSync(path.join(dir, 'english.xlf'), repeated.replace('srcLang="zh" trgLang="en"', 'srcLang="en" trgLang="zh"'));
    expect(run(['tm', 'convert', 'memory.tmx', '-o', 'memory-zh.xlf']).status).toBe(0);
    expectUsageError(['leverage', 'english.xlf', '--tm', 'memory-zh.xlf', '--out', 'out.xlf'], 'english.xlf: the document is in en, the memory memory-zh.xlf in zh');
    writeFileSync(path.join(dir, 'german.xlf'), repeated.replace('srcLang="zh" trgLang="en"', 'srcLang="de-DE" trgLang="en"'));
    expectUsageError(['leverage', 'german.xlf', '--tm', 'memory.tmx', '--out', 'out.xlf'], 'german.xlf: the document is in de-DE, the memory memory.tmx in zh/en');
    expect(run(['leverage', 'repeated.xlf', '--tm', 'memory-zh.xlf', '--out', 'out.xlf']).status).toBe(0);
  });
});
