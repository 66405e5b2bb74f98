import { copyFileSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

let dir: string;

const INPUTS: Record<string, string> = {
  'talk.zh.txt': '会谈在北京举行。双方交换了意见。\n',
  'talk.en.txt': 'The talks were held in Beijing. The two sides exchanged views.\n',
  'terms.csv': 'zh,en,status,kind,note\n北京,Beijing,preferred,name,\n',
  'tmkit.config.json': '{ "rules": { "spelling": "off" } }\n',
};

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tmkit-guard-'));
  for (const [name, text] of Object.entries(INPUTS)) writeFileSync(path.join(dir, name), text);
  for (const name of ['memory.tmx', 'document.xlf']) copyFileSync(path.join(ROOT, 'tests/fixtures/tm', name), path.join(dir, name));
  mkdirSync(path.join(dir, 'memories'));
  copyFileSync(path.join(ROOT, 'tests/fixtures/tm/memory.tmx'), path.join(dir, 'memories/a.tmx'));
});

/** Every file of the folder with its bytes (index files and all). */
function snapshot(): Record<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(files.map((entry) => [path.relative(dir, path.join(entry.parentPath, entry.name)), readFileSync(path.join(entry.parentPath, entry.name))]));
}

/** The command fails with exit 2 and one line naming the output and the input, and no file changes. */
function expectRefused(args: string[], output: string, input: string): void {
  const before = snapshot();
  const result = runCli(args, { cwd: dir });
  expect(result.status, result.stderr).toBe(2);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(output);
  expect(lines[0]).toContain(input);
  expect(snapshot()).toEqual(before);
}

describe('no output overwrites an input', () => {
  it('align: --out naming the source, the target or the termbase', () => {
    expectRefused(['align', 'talk.zh.txt', 'talk.en.txt', '--out', 'talk.zh.txt'], 'talk.zh.txt would overwrite', 'talk.zh.txt');
    expectRefused(['align', 'talk.zh.txt', 'talk.en.txt', '--out', './talk.en.txt', '--format', 'jsonl'], './talk.en.txt', 'talk.en.txt');
    expectRefused(['align', 'talk.zh.txt', 'talk.en.txt', '--terms', 'terms.csv', '--out', 'terms.csv', '--overwrite'], 'terms.csv', 'terms.csv');
  });

  it('pipeline: --memory naming a text, the termbase or the config', () => {
    expectRefused(['pipeline', 'talk.zh.txt', 'talk.en.txt', '--memory', 'talk.zh.txt'], 'talk.zh.txt', 'talk.zh.txt');
    expectRefused(['pipeline', 'talk.zh.txt', 'talk.en.txt', '--terms', 'terms.csv', '--memory', 'terms.csv', '--overwrite'], 'terms.csv', 'terms.csv');
    expectRefused(['pipeline', 'talk.zh.txt', 'talk.en.txt', '--memory', 'tmkit.config.json', '--overwrite'], 'tmkit.config.json', 'tmkit.config.json');
  });

  it('leverage: --out naming the memory or the document', () => {
    expectRefused(['leverage', 'document.xlf', '--tm', 'memory.tmx', '--out', 'memory.tmx'], 'memory.tmx', 'memory.tmx');
    expectRefused(['leverage', 'document.xlf', '--tm', 'memory.tmx', '--out', 'document.xlf'], 'document.xlf', 'document.xlf');
    expectRefused(['leverage', 'document.xlf', '--tm', 'memories', '--out', 'memories/a.tmx'], 'memories/a.tmx', 'memories');
  });

  it('tm convert, merge, export and import', () => {
    expectRefused(['tm', 'convert', 'document.xlf', '--out', 'document.xlf', '--to', 'xliff12'], 'document.xlf', 'document.xlf');
    expectRefused(['tm', 'merge', 'memory.tmx', 'document.xlf', '--out', 'memory.tmx'], 'memory.tmx', 'memory.tmx');
    expectRefused(['tm', 'export', '--tm', 'memories', '--out', 'memories/all.tmx'], 'memories/all.tmx', 'memories');
    expectRefused(['tm', 'import', 'memory.tmx', '--tm', 'memory.tmx'], 'memory.tmx', 'memory.tmx');
  });

  it('check: the report, and the baseline --fix-baseline writes', () => {
    expectRefused(['check', 'document.xlf', '--format', 'json', '--out', 'document.xlf'], 'document.xlf', 'document.xlf');
    expectRefused(['check', 'document.xlf', '--terms', 'terms.csv', '--out', 'terms.csv'], 'terms.csv', 'terms.csv');
    expectRefused(['check', 'document.xlf', '--baseline', 'document.xlf', '--fix-baseline'], 'document.xlf', 'document.xlf');
    expectRefused(['check', 'document.xlf', '--out', 'tmkit.config.json'], 'tmkit.config.json', 'tmkit.config.json');
    writeFileSync(path.join(dir, 'known.json'), '[]');
    expectRefused(['check', 'document.xlf', '--baseline', 'known.json', '--out', 'known.json'], 'known.json', 'known.json');
  });

  it('sees through symbolic and hard links', () => {
    symlinkSync('memory.tmx', path.join(dir, 'link.tmx'));
    linkSync(path.join(dir, 'document.xlf'), path.join(dir, 'hard.xlf'));
    symlinkSync('.', path.join(dir, 'here'));
    expectRefused(['leverage', 'document.xlf', '--tm', 'memory.tmx', '--out', 'link.tmx'], 'link.tmx', 'memory.tmx');
    expectRefused(['tm', 'convert', 'document.xlf', '--out', 'hard.xlf'], 'hard.xlf', 'document.xlf');
    expectRefused(['check', 'document.xlf', '--format', 'json', '--out', 'here/document.xlf'], 'here/document.xlf', 'document.xlf');
    expectRefused(['align', 'talk.zh.txt', 'talk.en.txt', '--format', 'jsonl', '--out', 'here/talk.en.txt'], 'here/talk.en.txt', 'talk.en.txt');
    symlinkSync('talk.en.txt', path.join(dir, 'english.xlf'));
    expectRefused(['pipeline', 'talk.zh.txt', 'talk.en.txt', '--memory', 'english.xlf'], 'english.xlf', 'talk.en.txt');
    symlinkSync('talk.zh.txt', path.join(dir, 'source-link.txt'));
    expectRefused(['align', 'source-link.txt', 'talk.en.txt', '--format', 'jsonl', '--out', 'talk.zh.txt'], 'talk.zh.txt', 'source-link.txt');
  });

  it('speaks the user’s language', () => {
    const result = runCli(['tm', 'convert', 'document.xlf', '--out', 'document.xlf'], { cwd: dir, env: { LANG: 'zh_CN.UTF-8' } });
    expect(result).toMatchObject({ status: 2, stderr: 'tmkit: document.xlf 会覆盖输入文件 document.xlf：请写到另一个文件\n' });
  });

  it('segment, lookup and concordance write no file and leave their inputs as they were', () => {
    const before = snapshot();
    expect(runCli(['segment', 'talk.zh.txt', '--lang', 'zh'], { cwd: dir }).status).toBe(0);
    expect(runCli(['lookup', '--tm', 'memory.tmx', '--queries', 'talk.zh.txt'], { cwd: dir }).status).toBe(0);
    expect(runCli(['concordance', '--tm', 'memory.tmx', '展览'], { cwd: dir }).status).toBe(0);
    const after = snapshot();
    for (const [file, bytes] of Object.entries(before)) expect(after[file], file).toEqual(bytes);
  });
});
