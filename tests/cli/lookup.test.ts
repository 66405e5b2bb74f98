import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { tmWorkspace } from './tm-fixtures.js';

describe('tmkit lookup', () => {
  it('answers in JSON lines with score, origin and a diff against the memory source', () => {
    const cwd = tmWorkspace();
    const result = runCli(['lookup', '--tm', 'memory.tmx', '展览明天下午开幕。', '--format', 'jsonl', '--min-score', '50'], { cwd });
    expect(result.status).toBe(0);
    const [line] = result.stdout.trim().split('\n').map((text) => JSON.parse(text));
    expect(line.query).toBe('展览明天下午开幕。');
    expect(line.matches.map((match: { origin: string }) => match.origin).sort()).toEqual(['memory.tmx#t1', 'memory.tmx#t4']);
    expect(line.matches[0].score).toBeLessThan(100);
    for (const match of line.matches) expect(match.diff.filter(([op]: [number]) => op <= 0).map(([, text]: [number, string]) => text).join('')).toBe('展览明天下午开幕。');
  });

  it('marks differences readably without colour and reads queries from a file', () => {
    const cwd = tmWorkspace();
    writeFileSync(`${cwd}/queries.txt`, '门票价格为50元。\n\n参观者请在入口处排队。\n');
    const result = runCli(['lookup', '--tm', 'memory.tmx', '--queries', 'queries.txt'], { cwd });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('[-5-]{+3+}');
    expect(result.stdout).toContain('100%  参观者请在入口处排队。');
  });

  it('stores the index next to the memory and rebuilds it when the memory changes', () => {
    const cwd = tmWorkspace();
    expect(runCli(['lookup', '--tm', 'memory.tmx', '门票价格为30元。'], { cwd }).status).toBe(0);
    expect(readdirSync(cwd)).toContain('.memory.tmx.tmkit-index');
    writeFileSync(`${cwd}/memory.tmx`, readFileSync(`${cwd}/memory.tmx`, 'utf8').replace('30元', '40元'));
    const after = runCli(['lookup', '--tm', 'memory.tmx', '门票价格为40元。', '--format', 'jsonl'], { cwd });
    expect(JSON.parse(after.stdout).matches[0].score).toBe(100);
  });

  it('fails with one line and exit 2 on a bad memory or bad options', () => {
    const cwd = tmWorkspace();
    writeFileSync(`${cwd}/bad.tmx`, '<tmx><body>');
    const bad = runCli(['lookup', '--tm', 'bad.tmx', '你好'], { cwd });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/^tmkit: bad\.tmx:/);
    expect(runCli(['lookup', '你好'], { cwd }).status).toBe(2);
    expect(runCli(['lookup', '--tm', 'memory.tmx', '--min-score', 'x', '你好'], { cwd }).status).toBe(2);
    expect(runCli(['lookup', '--tm', 'missing.tmx', '你好'], { cwd }).status).toBe(2);
    expect(existsSync(`${cwd}/.bad.tmx.tmkit-index`)).toBe(false);
  });

  it('reads XLIFF 2 and 1.2 memories as it reads the TMX, and refuses a malformed one in one line', () => {
    const cwd = tmWorkspace();
    const answer = (memory: string) => {
      const result = runCli(['lookup', '--tm', memory, '--queries', 'queries.txt', '--format', 'jsonl', '--min-score', '50'], { cwd });
      expect(result.status, result.stderr).toBe(0);
      return result.stdout.replace(/"origin":"[^"#]*#/g, '"origin":"#');
    };
    writeFileSync(`${cwd}/queries.txt`, '展览明天下午开幕。\n门票价格为50元。\n');
    expect(runCli(['tm', 'convert', 'memory.tmx', '--out', 'memory2.xlf'], { cwd }).status).toBe(0);
    expect(runCli(['tm', 'convert', 'memory.tmx', '--to', 'xliff12', '--out', 'memory12.xlf'], { cwd }).status).toBe(0);
    const expected = answer('memory.tmx');
    expect(expected).toContain('"score":');
    expect(answer('memory2.xlf')).toBe(expected);
    expect(answer('memory12.xlf')).toBe(expected);
    expect(readdirSync(cwd)).toContain('.memory2.xlf.tmkit-index');
    writeFileSync(`${cwd}/bad.xlf`, readFileSync(`${cwd}/memory2.xlf`, 'utf8').replace('</target>', '</source>'));
    const bad = runCli(['lookup', '--tm', 'bad.xlf', '你好'], { cwd });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/^tmkit: bad\.xlf:\d+:\d+: not well-formed XML/);
    expect(existsSync(`${cwd}/.bad.xlf.tmkit-index`)).toBe(false);
  });

  it('reads a memory of several megabytes piece by piece, in UTF-8 or UTF-16, and refuses bad bytes anywhere in it', () => {
    const cwd = tmWorkspace();
    // Units of differing lengths, so that Chinese characters straddle the boundaries of the pieces read.
    const units = Array.from({ length: 30_000 }, (_, i) => `<tu tuid="u${i}"><tuv xml:lang="zh"><seg>第${i}条消息${'很'.repeat(i % 7)}。</seg></tuv><tuv xml:lang="en"><seg>Message ${i}.</seg></tuv></tu>\n`);
    const text = `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="zh" adminlang="en" segtype="sentence" datatype="plaintext" o-tmf="t" creationtool="t" creationtoolversion="1"/><body>\n${units.join('')}</body></tmx>\n`;
    const bytes = Buffer.from(text);
    expect(bytes.length).toBeGreaterThan(2 << 20);
    writeFileSync(`${cwd}/big.tmx`, bytes);
    writeFileSync(`${cwd}/big16.tmx`, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const query = `第29999条消息${'很'.repeat(29999 % 7)}。`;
    for (const memory of ['big.tmx', 'big16.tmx']) {
      const result = runCli(['lookup', '--tm', memory, query, '--format', 'jsonl'], { cwd });
      expect(result.status, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout).matches[0]).toMatchObject({ score: 100, target: 'Message 29999.' });
    }
    const late = bytes.lastIndexOf(Buffer.from('Message 29000.'));
    writeFileSync(`${cwd}/bad.tmx`, Buffer.concat([bytes.subarray(0, late), Buffer.from([0xc3, 0x28]), bytes.subarray(late)]));
    writeFileSync(`${cwd}/nul.tmx`, text.replace('Message 29000.', 'Message\u0000 29000.'));
    for (const [memory, reason] of [['bad.tmx', /^tmkit: bad\.tmx: invalid UTF-8 near byte \d+$/], ['nul.tmx', /^tmkit: nul\.tmx:\d+:\d+: binary data/]] as const) {
      const result = runCli(['lookup', '--tm', memory, query], { cwd });
      expect(result.status).toBe(2);
      expect(result.stderr.trim()).toMatch(reason);
      expect(existsSync(`${cwd}/.${memory}.tmkit-index`)).toBe(false);
    }
  });
});
