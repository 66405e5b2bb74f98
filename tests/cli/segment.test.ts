import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'tmkit-segment-'));
const file = (name: string, content: string | Buffer) => {
  const full = path.join(dir, name);
  writeFileSync(full, content);
  return full;
};

describe('tmkit segment', () => {
  it('prints one sentence a line from a file', () => {
    const result = runCli(['segment', file('a.txt', 'Dr. Fox came. He sat.\n\nThen he left.\n'), '--lang', 'en']);
    expect(result).toMatchObject({ status: 0, stdout: 'Dr. Fox came.\nHe sat.\nThen he left.\n', stderr: '' });
  });
  it('prints JSON lines with offsets into the input, from stdin, through a BOM and CRLF', () => {
    const input = '\uFEFF天亮了。我们走吧！\r\n好。\r\n';
    const result = runCli(['segment', '-', '--lang', 'zh', '--format', 'jsonl'], { input });
    expect(result.status).toBe(0);
    const text = input.slice(1);
    const sentences = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { index: number; start: number; end: number; text: string });
    expect(sentences.map((sentence) => sentence.text)).toEqual(['天亮了。', '我们走吧！', '好。']);
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
  it('prints nothing for empty input', () => {
    expect(runCli(['segment', '--lang', 'en'], { input: '' })).toMatchObject({ status: 0, stdout: '', stderr: '' });
  });
  it('rejects a missing or bad --lang, a missing file and invalid UTF-8 with one line and exit 2', () => {
    for (const [args, input, pattern] of [
      [['segment'], 'Hi.', /--lang/],
      [['segment', '--lang', 'fr'], 'Hi.', /--lang.*fr/],
      [['segment', path.join(dir, 'nope.txt'), '--lang', 'en'], '', /nope\.txt.*no such file/],
      [['segment', '--lang', 'en'], Buffer.from([0x48, 0xff, 0xfe, 0x41]), /invalid UTF-8/],
    ] as const) {
      const result = runCli([...args], { input });
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(pattern);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
  it('rejects UTF-16 with an odd number of bytes or a lone surrogate, and reads valid UTF-16', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tmkit-segment-'));
    const utf16 = (text: string, extra: number[] = []) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le'), Buffer.from(extra)]);
    const cases: Array<[string, Buffer, RegExp]> = [
      ['odd.txt', utf16('Hello.', [0x41]), /odd\.txt: invalid UTF-16: an odd number of bytes \(15\)/],
      ['lone.txt', utf16('Hi \ud800 there.'), /lone\.txt: invalid UTF-16: lone surrogate D800 at byte 8/],
      ['low.txt', utf16('Hi \udc00.'), /low\.txt: invalid UTF-16: lone surrogate DC00 at byte 8/],
    ];
    for (const [name, bytes, message] of cases) {
      writeFileSync(path.join(dir, name), bytes);
      const result = runCli(['segment', path.join(dir, name), '--lang', 'en']);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
    writeFileSync(path.join(dir, 'good.txt'), utf16('Smile 😀. Then stop.'));
    expect(runCli(['segment', path.join(dir, 'good.txt'), '--lang', 'en'])).toMatchObject({ status: 0, stdout: 'Smile 😀.\nThen stop.\n' });
    const bigEndian = Buffer.from(utf16('Hi.').subarray(2).swap16());
    writeFileSync(path.join(dir, 'be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), bigEndian, Buffer.from([0xd8, 0x00])]));
    expect(runCli(['segment', path.join(dir, 'be.txt'), '--lang', 'en']).stderr).toMatch(/lone surrogate D800 at byte 8/);
  });

  it('warns once when --lang en is given Chinese text', () => {
    const chinese = '会谈开始了。双方交换了意见！\n第二段。\n第三段？\n';
    const result = runCli(['segment', '--lang', 'en'], { input: chinese });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('tmkit: warning: the text is mostly Chinese but --lang is en: Chinese sentence ends (。！？) are not split; use --lang zh\n');
    expect(runCli(['segment', '--lang', 'zh'], { input: chinese }).stderr).toBe('');
    expect(runCli(['segment', '--lang', 'en'], { input: 'The talks began. Xi met Kim (金正恩).\n' }).stderr).toBe('');
  });

  it('rejects an SRX file that is not XML or not SRX, naming the file', () => {
    for (const [name, content] of [
      ['broken.srx', '<srx><body>'],
      ['other.srx', '<?xml version="1.0"?><html/>'],
    ]) {
      const result = runCli(['segment', '--lang', 'en', '--rules', file(name, content)], { input: 'A. B.' });
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(name);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
  it('exports the built-in rules as SRX that it can load again', () => {
    const exported = runCli(['segment', '--export-srx']);
    expect(exported.status).toBe(0);
    expect(exported.stdout).toContain('<srx xmlns="http://www.lisa.org/srx20" version="2.0">');
    const rules = file('built-in.srx', exported.stdout);
    const result = runCli(['segment', '--lang', 'en', '--rules', rules], { input: 'Mr. Li sang. We clapped.\n' });
    expect(result).toMatchObject({ status: 0, stdout: 'Mr. Li sang.\nWe clapped.\n' });
  });
});
