import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMemory } from '../../src/formats/index.js';
import { allUnits } from '../../src/tm/index.js';
import { runCli } from './run-cli.js';

/** Three short articles of our own, one Chinese and one English file each. */
const ARTICLES: Record<string, [string, string]> = {
  rain: ['今天下午下了一场大雨。街上的行人都撑起了伞。\n晚上雨停了。', 'A heavy rain fell this afternoon. People in the street put up their umbrellas.\nThe rain stopped in the evening.'],
  train: ['新的高速铁路明年通车。从北京到上海只需四个小时。', 'The new high-speed railway opens next year. The trip from Beijing to Shanghai will take only four hours.'],
  library: ['市图书馆周末开放。孩子们可以免费借书。\n馆长说，今年将增加三千本新书。', 'The city library opens at weekends. Children can borrow books for free.\nThe director said that 3,000 new books would be added this year.'],
};

function articles(dir: string): { zh: string; en: string } {
  const zh = path.join(dir, 'zh');
  const en = path.join(dir, 'en');
  mkdirSync(zh, { recursive: true });
  mkdirSync(en, { recursive: true });
  for (const [name, [chinese, english]] of Object.entries(ARTICLES)) {
    writeFileSync(path.join(zh, `${name}.zh.txt`), chinese);
    writeFileSync(path.join(en, `${name}.en.txt`), english);
  }
  return { zh, en };
}

function unitCount(file: string): number {
  return allUnits(readMemory(readFileSync(file, 'utf8'), file)).length;
}

describe('tmkit align --batch', () => {
  it('writes every good pair of a list, reports a bad one on one line and exits 1, with no progress bar off a terminal', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tmkit-batch-'));
    articles(dir);
    const list = path.join(dir, 'pairs.tsv');
    // Relative to the list's folder; the third pair has its texts the wrong way round, the fourth no English file.
    writeFileSync(list, ['# zh\ten\tname', 'zh/rain.zh.txt\ten/rain.en.txt', 'zh/train.zh.txt\ten/train.en.txt\thigh-speed', 'en/library.en.txt\tzh/library.zh.txt', 'zh/library.zh.txt\ten/missing.txt\tlibrary', ''].join('\n'));
    const out = path.join(dir, 'out');
    const result = runCli(['align', '--batch', list, '--out-dir', out]);
    expect(result.status, result.stderr).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['high-speed.xlf', 'rain.zh.xlf']);
    expect(unitCount(path.join(out, 'rain.zh.xlf'))).toBeGreaterThanOrEqual(3);
    const errors = result.stderr.trim().split('\n');
    expect(errors).toHaveLength(2);
    expect(errors.find((line) => line.includes('library.en.txt'))).toMatch(/swapped/);
    expect(errors.find((line) => line.includes('missing.txt'))).toMatch(/no such file/);
    expect(result.stderr).not.toContain('\r');
    expect(result.stderr).not.toContain('\u001B');
    expect(result.stdout).toMatch(/^Aligned 2 of 4 pairs in [\d.]+ s: \d+ units written to .*out; 2 failed/);
  });

  it('pairs two folders by name and keeps every pair’s units in one memory, a file per pair', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tmkit-batch-'));
    const { zh, en } = articles(dir);
    writeFileSync(path.join(en, 'orphan.en.txt'), 'No Chinese text has this name.');
    const perPair = path.join(dir, 'each');
    const separate = runCli(['align', '--batch', zh, en, '--out-dir', perPair, '--format', 'tmx']);
    expect(separate.status).toBe(1);
    expect(separate.stderr.trim()).toMatch(/orphan\.en\.txt: no file of the same name in .*zh$/);
    expect(readdirSync(perPair).sort()).toEqual(['library.tmx', 'rain.tmx', 'train.tmx']);
    const combined = path.join(dir, 'all.xlf');
    expect(runCli(['align', '--batch', zh, en, '--out', combined]).status).toBe(1);
    const memory = readMemory(readFileSync(combined, 'utf8'), combined);
    expect(memory.files.map((file) => file.original)).toEqual(['library', 'rain', 'train']);
    const expected = ['library', 'rain', 'train'].reduce((sum, name) => sum + unitCount(path.join(perPair, `${name}.tmx`)), 0);
    expect(allUnits(memory)).toHaveLength(expected);
    // Running the batch again replaces each pair's file: nothing is doubled.
    runCli(['align', '--batch', zh, en, '--out', combined]);
    expect(unitCount(combined)).toBe(expected);
  });

  it('refuses a batch without an output, and --out-dir without --batch, with exit 2', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tmkit-batch-'));
    const { zh, en } = articles(dir);
    expect(runCli(['align', '--batch', zh, en]).stderr).toMatch(/--batch needs --out-dir/);
    const alone = runCli(['align', path.join(zh, 'rain.zh.txt'), path.join(en, 'rain.en.txt'), '--out-dir', dir]);
    expect(alone.status).toBe(2);
    expect(alone.stderr).toMatch(/--out-dir is for --batch/);
    const secondFolder = runCli(['align', '--batch', zh, '--out-dir', path.join(dir, 'o')]);
    expect(secondFolder.status).toBe(2);
    expect(secondFolder.stderr).toMatch(/give the folder of English texts/);
  });
});
