import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { tmWorkspace } from './tm-fixtures.js';

describe('tmkit concordance', () => {
  it('finds one- and two-character Chinese terms in context, with the translation', () => {
    const cwd = tmWorkspace();
    const one = runCli(['concordance', '--tm', 'memory.tmx', '幕'], { cwd });
    expect(one.status).toBe(0);
    expect(one.stdout).toContain('展览明天上午开 [幕] 。');
    expect(one.stdout).toContain('The exhibition closes tomorrow afternoon.');
    expect(one.stdout).toContain('2 occurrences of "幕"');
    expect(runCli(['concordance', '--tm', 'memory.tmx', '门票'], { cwd }).stdout).toContain('1 occurrence of "门票"');
  });

  it('searches one side when asked', () => {
    const cwd = tmWorkspace();
    expect(runCli(['concordance', '--tm', 'memory.tmx', 'EXHIBITION', '--side', 'target'], { cwd }).stdout).toContain('2 occurrences');
    expect(runCli(['concordance', '--tm', 'memory.tmx', 'exhibition', '--side', 'source'], { cwd }).stdout).toContain('0 occurrences');
    expect(runCli(['concordance', '--tm', 'memory.tmx', 'x', '--side', 'middle'], { cwd }).status).toBe(2);
  });
});
