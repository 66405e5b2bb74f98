import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

const zh = path.join(ROOT, 'samples/xi-kim-talks.zh.txt');
const en = path.join(ROOT, 'samples/xi-kim-talks.en.txt');

describe('tmkit align', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tmkit-align-'));

  it('prints beads as JSON lines covering every sentence once', () => {
    const result = runCli(['align', zh, en, '--format', 'jsonl']);
    expect(result.status, result.stderr).toBe(0);
    const beads = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(beads.flatMap((bead) => bead.source)).toEqual([...Array(26).keys()]);
    expect(beads.flatMap((bead) => bead.target)).toEqual([...Array(25).keys()]);
    for (const bead of beads) expect(bead.score).toBeGreaterThanOrEqual(0);
  });

  it('writes XLIFF 2, XLIFF 1.2 and TMX memories, marking low scores for review', () => {
    for (const [format, marker] of [['xliff', 'state="initial"'], ['xliff12', 'state="needs-review-translation"'], ['tmx', '<tmx version="1.4">']]) {
      const out = path.join(dir, `m.${format}`);
      expect(runCli(['align', zh, en, '--format', format, '--out', out, '--min-score', '60']).status).toBe(0);
      expect(readFileSync(out, 'utf8')).toContain(marker);
    }
  });

  it('aligns presegmented files line by line', () => {
    const source = path.join(dir, 's.zh');
    const target = path.join(dir, 's.en');
    writeFileSync(source, '会谈开始了。\n双方交换了意见。\n');
    writeFileSync(target, 'The talks began.\nThe two sides exchanged views.\n');
    const result = runCli(['align', source, target, '--presegmented', '--format', 'jsonl']);
    expect(result.stdout.trim().split('\n').map((line) => JSON.parse(line)).map((bead) => [bead.source, bead.target])).toEqual([[[0], [0]], [[1], [1]]]);
  });

  it('gives all beads 1-0 when the target is empty', () => {
    const empty = path.join(dir, 'empty.en');
    writeFileSync(empty, '');
    const beads = runCli(['align', zh, empty, '--format', 'jsonl']).stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(beads.every((bead) => bead.target.length === 0)).toBe(true);
  });

  it('fails with one line and keeps an existing output when arguments are swapped or missing', () => {
    const out = path.join(dir, 'keep.xlf');
    writeFileSync(out, 'previous');
    const swapped = runCli(['align', en, zh, '--out', out, '--overwrite']);
    expect(swapped.status).toBe(2);
    expect(swapped.stderr).toMatch(/swapped/);
    expect(readFileSync(out, 'utf8')).toBe('previous');
    const missing = runCli(['align', path.join(dir, 'nope.zh'), en]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/nope\.zh: no such file/);
    expect(runCli(['align', zh]).stderr).toMatch(/missing argument: TARGET/);
    expect(existsSync(path.join(dir, 'nope.xlf'))).toBe(false);
  });
});
