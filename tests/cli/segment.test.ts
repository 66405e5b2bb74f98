import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('tmkit segment', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tmkit-segment-'));

  it('prints one sentence a line from a file or stdin', () => {
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, '会谈开始了。双方交换了意见。\n');
    expect(runCli(['segment', file, '--lang', 'zh'])).toMatchObject({ status: 0, stdout: '会谈开始了。\n双方交换了意见。\n' });
    expect(runCli(['segment', '--lang', 'en'], { input: 'Hi there. Bye.' }).stdout).toBe('Hi there.\nBye.\n');
    expect(runCli(['segment', '-', '--lang', 'en'], { input: 'One.' }).stdout).toBe('One.\n');
  });

  it('writes JSON lines with offsets into the input, BOM and CRLF handled', () => {
    const input = '\uFEFFFirst. Second.\r\nThird.';
    const result = runCli(['segment', '--lang', 'en', '--format', 'jsonl'], { input });
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    const text = input.slice(1);
    expect(lines.map((line) => line.text)).toEqual(['First.', 'Second.', 'Third.']);
    for (const line of lines) expect(text.slice(line.start, line.end)).toBe(line.text);
  });

  it('prints nothing for empty input', () => {
    expect(runCli(['segment', '--lang', 'zh'], { input: '' })).toMatchObject({ status: 0, stdout: '' });
  });

  it('exports its rules as SRX and reads SRX back', () => {
    const exported = runCli(['segment', '--export-srx']);
    expect(exported.status).toBe(0);
    const file = path.join(dir, 'rules.srx');
    writeFileSync(file, exported.stdout);
    expect(runCli(['segment', '--lang', 'en', '--rules', file], { input: 'Dr. Lee came. She left.' }).stdout).toBe('Dr. Lee came.\nShe left.\n');
  });

  it('fails with one line and exit 2 on bad input', () => {
    const cases: Array<[string[], string | Buffer, RegExp]> = [
      [['segment'], 'x', /missing --lang/],
      [['segment', '--lang', 'fr'], 'x', /--lang: "fr" is not one of en, zh/],
      [['segment', path.join(dir, 'missing.txt'), '--lang', 'en'], '', /missing\.txt: no such file/],
      [['segment', '--lang', 'en'], Buffer.from([0x41, 0xff, 0xfe, 0x42]), /invalid UTF-8/],
      [['segment', '--lang', 'en'], Buffer.from([0x41, 0x00, 0x42]), /binary data/],
      [['segment', '--lang', 'en', '--rules', path.join(dir, 'a.txt')], 'x', /a\.txt.*not well-formed XML/],
    ];
    for (const [args, input, message] of cases) {
      const result = runCli(args, { input });
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
