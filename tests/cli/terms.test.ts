import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTermbase } from '../../src/formats/index.js';
import { runCli } from './run-cli.js';

/** A memory of invented news units: Putin and Trump named the usual way, once with a drift each. */
function memory(units: Array<[string, string]>): string {
  const body = units
    .map(([zh, en], index) => `<unit id="u${index + 1}"><segment><source>${zh}</source><target>${en}</target></segment></unit>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh-CN" trgLang="en"><file id="f1">\n${body}\n</file></xliff>\n`;
}

const UNITS: Array<[string, string]> = [
  ['普京周一会见了代表团。', 'Vladimir Putin met the delegation on Monday.'],
  ['普京表示欢迎。', 'Putin welcomed them.'],
  ['普京离开了会场。', 'Vladimir Putin left the hall.'],
  ['特朗普发表讲话。', 'Donald Trump gave a speech.'],
  ['特朗普签署了命令。', 'Trump signed the order.'],
  ['特朗普离开了。', 'Donald Trump left.'],
  ['总统出席会议。', 'The President attended the meeting.'],
  ['总统发表讲话。', 'The President spoke.'],
];

describe('tmkit terms extract', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tmkit-terms-'));
  const memoryFile = path.join(dir, 'memory.xlf');
  writeFileSync(memoryFile, memory(UNITS));

  it('proposes a termbase a check can use, in TBX and in CSV', () => {
    const result = runCli(['terms', 'extract', memoryFile, '--out', path.join(dir, 'terms.tbx')]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^3 concepts \(2 names, 1 titles, 0 organisations, 0 terms\) from 8 units written to .*terms\.tbx/);
    const termbase = readTermbase(readFileSync(path.join(dir, 'terms.tbx'), 'utf8'), 'terms.tbx');
    const putin = termbase.concepts.find((concept) => concept.terms[0].text === '普京')!;
    expect(putin.terms.slice(1).map((term) => [term.text, term.status])).toEqual([
      ['Vladimir Putin', 'preferred'],
      ['Putin', 'admitted'],
    ]);
    expect(runCli(['terms', 'extract', memoryFile, '-o', path.join(dir, 'terms.csv')]).status).toBe(0);
    expect(readFileSync(path.join(dir, 'terms.csv'), 'utf8')).toContain('普京,Vladimir Putin,preferred,name,the usual rendering: 2 of 3 units');

    const drifted = path.join(dir, 'drifted.xlf');
    writeFileSync(drifted, memory([['普京抵达。', 'Vladimir Poutine arrived.'], ['特朗普说。', 'The US president said so.'], ['总统发言。', 'The Premier spoke.']]));
    const check = runCli(['check', drifted, '--terms', path.join(dir, 'terms.tbx'), '--format', 'json']);
    const findings = (JSON.parse(check.stdout) as { findings: Array<{ rule: string; found?: string }> }).findings.map((finding) => `${finding.rule}:${finding.found ?? ''}`);
    expect(findings).toEqual(expect.arrayContaining(['term-missing:Vladimir Poutine', 'term-missing:', 'title-mismatch:Premier']));
  });

  it('refuses an output it cannot write as a termbase, or one that is an input', () => {
    const bad = runCli(['terms', 'extract', memoryFile, '--out', path.join(dir, 'terms.txt')]);
    expect([bad.status, bad.stderr]).toEqual([2, expect.stringMatching(/use \.tbx or \.csv\n$/)]);
    const disguised = path.join(dir, 'memory.csv');
    writeFileSync(disguised, memory(UNITS));
    const same = runCli(['terms', 'extract', disguised, '--out', disguised]);
    expect([same.status, same.stderr]).toEqual([2, expect.stringMatching(/would overwrite the input/)]);
    expect(readFileSync(disguised, 'utf8')).toBe(memory(UNITS));
    expect(runCli(['terms', 'extract', dir, '--out', path.join(dir, 'proposed.tbx')]).status).toBe(0);
    expect(runCli(['terms', 'list', memoryFile, '--out', 'x.tbx']).status).toBe(2);
  });
});
