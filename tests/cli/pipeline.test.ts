import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

describe('tmkit pipeline (npm start)', () => {
  it('segments, aligns, writes a deterministic memory, checks it and reports', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tmkit-pipeline-'));
    cpSync(path.join(ROOT, 'samples'), path.join(dir, 'samples'), { recursive: true });
    cpSync(path.join(ROOT, 'memory/terms.tbx'), path.join(dir, 'memory/terms.tbx'));
    cpSync(path.join(ROOT, 'memory/xi-kim-talks.xlf'), path.join(dir, 'memory/xi-kim-talks.xlf'));
    const args = ['pipeline', 'samples/xi-kim-talks.zh.txt', 'samples/xi-kim-talks.en.txt', '--memory', 'memory/xi-kim-talks.xlf', '--terms', 'memory/terms.tbx'];
    const first = runCli(args, { cwd: dir });
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Segmented: 26 Chinese sentences, 25 English sentences\./);
    expect(first.stdout).toMatch(/deprecated form "Kim Jong-un"/);
    expect(first.stdout).toContain('Replaced the units of xi-kim-talks.zh.txt in memory/xi-kim-talks.xlf: 25 units in all.');
    const written = readFileSync(path.join(dir, 'memory/xi-kim-talks.xlf'), 'utf8');
    // The committed memory is what `npm start` writes.
    expect(written).toBe(readFileSync(path.join(ROOT, 'memory/xi-kim-talks.xlf'), 'utf8'));
    expect(runCli(args, { cwd: dir }).status).toBe(0);
    expect(readFileSync(path.join(dir, 'memory/xi-kim-talks.xlf'), 'utf8')).toBe(written);
    expect(runCli([...args, '--fail-on-findings'], { cwd: dir }).status).toBe(1);
    expect(runCli(args, { cwd: dir, env: { LANG: 'zh_CN.UTF-8' } }).stdout).toMatch(/分句：中文 26 句/);
  }, 300_000);

  it('leaves an existing memory untouched when the input is bad', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tmkit-pipeline-'));
    const memory = path.join(dir, 'm.xlf');
    writeFileSync(memory, 'previous');
    const result = runCli(['pipeline', path.join(ROOT, 'samples/xi-kim-talks.en.txt'), path.join(ROOT, 'samples/xi-kim-talks.zh.txt'), '--memory', memory, '--overwrite']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/swapped/);
    expect(readFileSync(memory, 'utf8')).toBe('previous');
  });
});
