import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'tmkit-tm-'));
const memory = path.join(dir, 'memory', 'talks.xlf');

beforeAll(() => {
  expect(runCli(['align', 'samples/xi-kim-talks.zh.txt', 'samples/xi-kim-talks.en.txt', '--out', memory], { cwd: ROOT }).status).toBe(0);
});

describe('tmkit lookup', () => {
  it('answers JSON lines with score, origin and diff, and reuses its stored index', () => {
    const query = '金正恩感谢中方长期以来为朝鲜社会主义事业提供的支持。';
    const result = runCli(['lookup', '--tm', path.dirname(memory), query, '--format', 'jsonl']);
    expect(result.status, result.stderr).toBe(0);
    const [line] = result.stdout.trim().split('\n').map((text) => JSON.parse(text));
    expect(line.query).toBe(query);
    expect(line.matches[0]).toMatchObject({ target: expect.stringContaining('Kim also expressed gratitude'), origin: expect.stringMatching(/talks\.xlf#u\d+$/) });
    expect(line.matches[0].score).toBeGreaterThan(75);
    expect(line.matches[0].diff.some(([op]: [number]) => op === 1)).toBe(true);
    expect(existsSync(path.join(path.dirname(memory), '.tmkit-index'))).toBe(true);
    expect(runCli(['lookup', '--tm', path.dirname(memory), query, '--format', 'jsonl']).stdout).toBe(result.stdout);
  });

  it('shows differences in text output and reads queries from a file', () => {
    const queries = path.join(dir, 'queries.txt');
    writeFileSync(queries, '当晚，习近平同金正恩茶叙。\n完全无关。\n');
    const result = runCli(['lookup', '--tm', memory, '--queries', queries, '--min-score', '50']);
    expect(result.stdout).toMatch(/%\s+当晚，习近平同金正恩茶叙/);
    expect(result.stdout).toMatch(/\[-|\{\+/);
    expect(result.stdout).toContain('no match');
  });
});

describe('tmkit concordance, leverage and tm', () => {
  it('finds a one-character term in context', () => {
    const result = runCli(['concordance', '--tm', memory, '朝', '--side', 'source']);
    expect(result.stdout).toMatch(/\[朝\]/);
    expect(result.stdout).toMatch(/occurrences of "朝"/);
  });

  it('pre-translates an XLIFF file and prints the match analysis', () => {
    const document = path.join(dir, 'new.xlf');
    writeFileSync(
      document,
      `<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh" trgLang="en"><file id="f"><unit id="a"><segment><source>当晚，习近平同金正恩茶叙，并设宴款待金正恩。</source></segment></unit><unit id="b"><segment><source>朝方赞赏中方的立场。</source></segment></unit><unit id="c"><segment><source>完全无关的一句话。</source><target>Kept as is.</target></segment></unit></file></xliff>\n`,
    );
    const out = path.join(dir, 'new.out.xlf');
    const result = runCli(['leverage', document, '--tm', memory, '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/100%\s+1/);
    const written = readFileSync(out, 'utf8');
    expect(written).toContain('<target>On Thursday evening, Xi had a chat over tea with Kim and hosted a banquet in his honor.</target>');
    expect(written).toContain('<target>Kept as is.</target>');
  });

  it('converts, merges with deduplication, imports and counts', () => {
    const tmx = path.join(dir, 'talks.tmx');
    expect(runCli(['tm', 'convert', memory, '--out', tmx]).status).toBe(0);
    const merged = path.join(dir, 'merged.xlf');
    const merge = runCli(['tm', 'merge', memory, tmx, '--out', merged]);
    expect(merge.stdout).toMatch(/50 units read, 25 kept, 25 duplicates dropped/);
    const target = path.join(dir, 'imported.xlf');
    expect(runCli(['tm', 'import', tmx, '--tm', target]).status).toBe(0);
    expect(runCli(['tm', 'stats', '--tm', target]).stdout).toMatch(/25 units in 1 files/);
    expect(runCli(['tm', 'frobnicate']).status).toBe(2);
  });
});
