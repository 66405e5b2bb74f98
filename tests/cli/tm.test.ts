import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { tmWorkspace } from './tm-fixtures.js';

describe('tmkit tm', () => {
  it('merges with dedupe on source and target, keeping the newest copy', () => {
    const cwd = tmWorkspace();
    const newer = readFileSync(`${cwd}/memory.tmx`, 'utf8').replace('changedate="20240102T000000Z"', 'changedate="20250101T000000Z"');
    writeFileSync(`${cwd}/newer.tmx`, newer);
    const result = runCli(['tm', 'merge', 'memory.tmx', 'newer.tmx', '--out', 'merged.tmx'], { cwd });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('8 units read, 4 kept, 4 duplicates dropped (1 replaced by a newer copy)');
    expect(readFileSync(`${cwd}/merged.tmx`, 'utf8').match(/<tu /g)).toHaveLength(4);
    expect(readFileSync(`${cwd}/merged.tmx`, 'utf8')).toContain('20250101T000000Z');
  });

  it('converts between formats and counts a memory', () => {
    const cwd = tmWorkspace();
    expect(runCli(['tm', 'convert', 'memory.tmx', '--out', 'memory.xlf'], { cwd }).status).toBe(0);
    expect(readFileSync(`${cwd}/memory.xlf`, 'utf8')).toContain('urn:oasis:names:tc:xliff:document:2');
    expect(runCli(['tm', 'convert', 'memory.xlf', '--out', 'back.out', '--to', 'tmx'], { cwd }).status).toBe(0);
    expect(runCli(['lookup', '--tm', 'back.out', '门票价格为30元。', '--format', 'jsonl'], { cwd }).status).toBe(0);
    expect(runCli(['tm', 'stats', '--tm', 'memory.xlf'], { cwd }).stdout).toContain('4 units');
  });

  it('imports into a memory and rejects unknown actions', () => {
    const cwd = tmWorkspace();
    expect(runCli(['tm', 'import', 'memory.tmx', '--tm', 'new.tmx'], { cwd }).status).toBe(0);
    expect(existsSync(`${cwd}/new.tmx`)).toBe(true);
    const bad = runCli(['tm', 'frobnicate'], { cwd });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});
