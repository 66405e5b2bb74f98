import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { ROOT, runCli } from './run-cli.js';

describe('tmkit (global behaviour)', () => {
  it('prints the package version', () => {
    const version = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
    expect(runCli(['--version'])).toMatchObject({ status: 0, stdout: `${version}\n` });
  });

  it('lists every command in --help', () => {
    const result = runCli(['--help']);
    expect(result.status).toBe(0);
    for (const command of COMMANDS) expect(result.stdout).toMatch(new RegExp(`^  ${command.name} `, 'm'));
    expect(result.stdout).not.toMatch(/\.summary/);
  });

  it('has --help on every command, in both locales, with every option described', async () => {
    for (const entry of COMMANDS) {
      const command = await entry.load();
      expect([command.name, command.namespace]).toEqual([entry.name, entry.namespace]);
      for (const locale of ['en', 'zh-CN']) {
        const result = runCli([command.name, '--help', '--locale', locale]);
        expect(result.status, `${command.name} ${locale}`).toBe(0);
        expect(result.stdout).not.toMatch(/\b(summary|usage|options\.[\w-]+)\b$/m);
        for (const option of Object.keys(command.options)) expect(result.stdout).toContain(`--${option}`);
      }
    }
  });

  it('rejects an unknown command with one line and exit 2', () => {
    const result = runCli(['frobnicate']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('tmkit: unknown command "frobnicate" (see tmkit --help)\n');
  });

  it('speaks Chinese with --locale zh-CN or LANG=zh_CN', () => {
    expect(runCli(['frobnicate', '--locale', 'zh-CN']).stderr).toContain('未知命令');
    expect(runCli(['frobnicate'], { env: { LANG: 'zh_CN.UTF-8' } }).stderr).toContain('未知命令');
  });

  it('rejects a bad --locale', () => {
    const result = runCli(['--locale', 'fr', '--help']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--locale.*"fr"/);
  });
});
