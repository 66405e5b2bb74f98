import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('tmkit align', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tmkit-align-'));
  const file = (name: string, text: string | Buffer) => {
    const target = path.join(dir, name);
    writeFileSync(target, text);
    return target;
  };
  const zh = file('a.zh', '代表团周一抵达北京。\n双方讨论了贸易问题。会谈持续了三个小时。\n');
  const en = file('a.en', 'The delegation arrived in Beijing on Monday.\nThe two sides discussed trade, and the talks lasted three hours.\n');

  it('writes jsonl beads covering every sentence once, in order', () => {
    const result = runCli(['align', zh, en, '--format', 'jsonl']);
    expect(result.status).toBe(0);
    const beads = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(beads.map(({ source, target }) => ({ source, target }))).toEqual([
      { source: [0], target: [0] },
      { source: [1, 2], target: [1] },
    ]);
    for (const bead of beads) expect(bead.score).toBeGreaterThanOrEqual(0);
  });

  it('treats each line as a sentence with --presegmented', () => {
    const result = runCli(['align', zh, en, '--presegmented', '--format', 'jsonl']);
    expect(result.stdout.trim().split('\n').map((line) => JSON.parse(line).source)).toEqual([[0], [1]]);
  });

  it('writes XLIFF 2, XLIFF 1.2 and TMX memories that keep both texts, low scores marked for review', () => {
    const xliff = runCli(['align', zh, en]);
    expect(xliff.status).toBe(0);
    expect(xliff.stdout).toContain('urn:oasis:names:tc:xliff:document:2.0');
    expect(xliff.stdout).toContain('双方讨论了贸易问题。会谈持续了三个小时。');
    expect(xliff.stdout).toMatch(/category="tmkit"[^]*type="bead">2-1</);
    expect(runCli(['align', zh, en, '--min-score', '100']).stdout).toContain('state="initial"');
    const xliff12 = runCli(['align', zh, en, '--format', 'xliff12', '--min-score', '100']).stdout;
    expect(xliff12).toContain('version="1.2"');
    expect(xliff12).toContain('needs-review-translation');
    const tmx = runCli(['align', zh, en, '--format', 'tmx']).stdout;
    expect(tmx).toContain('<tmx');
    expect(tmx).toContain('The delegation arrived in Beijing on Monday.');
  });

  it('keeps every sentence when one side is empty', () => {
    const empty = file('empty.en', '');
    const beads = runCli(['align', zh, empty, '--format', 'jsonl']).stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(beads.map((bead) => [bead.source, bead.target])).toEqual([[[0], []], [[1], []], [[2], []]]);
  });

  it('fails with one line and exit 2 on bad input', () => {
    const cases: Array<[string[], RegExp]> = [
      [['align', path.join(dir, 'missing.zh'), en], /missing\.zh/],
      [['align', file('bad.zh', Buffer.from([0xe4, 0xbd, 0x0a, 0xff])), en], /bad\.zh/],
      [['align', en, zh], /swapped/],
      [['align', zh, zh], /TARGET is mostly Chinese/],
      [['align', zh, en, '--format', 'docx'], /docx/],
      [['align', zh], /TARGET/],
    ];
    for (const [args, message] of cases) {
      const result = runCli(args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
    }
  });

  it('writes --out atomically and leaves the previous file untouched on failure', () => {
    const out = file('out.jsonl', 'previous\n');
    expect(runCli(['align', zh, en, '--format', 'jsonl', '--out', out])).toMatchObject({ status: 0, stdout: '' });
    const written = readFileSync(out, 'utf8');
    expect(written).toContain('"source":[0]');
    expect(runCli(['align', en, zh, '--format', 'jsonl', '--out', out]).status).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe(written);
  });
});
