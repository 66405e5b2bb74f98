import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { tmWorkspace } from './tm-fixtures.js';

describe('tmkit leverage', () => {
  it('pre-translates exact and fuzzy matches, leaves existing targets, prints the analysis', () => {
    const cwd = tmWorkspace();
    const result = runCli(['leverage', 'document.xlf', '--tm', 'memory.tmx', '--out', 'out.xlf'], { cwd });
    expect(result.status).toBe(0);
    const rows = Object.fromEntries(result.stdout.split('\n').map((line) => line.trim().split(/\s{2,}/)).filter((cells) => cells.length === 4).map(([band, ...figures]) => [band, figures.map(Number)]));
    expect(rows.context[0] + rows['100%'][0]).toBe(3);
    expect(rows['85–94%'][0]).toBe(1);
    expect(rows['no match']).toEqual([1, 6, 0]);
    const out = readFileSync(`${cwd}/out.xlf`, 'utf8');
    expect(out).toMatch(/state="translated">\s*<source>门票价格为30元。<\/source>\s*<target>Tickets cost 30 yuan.<\/target>/);
    expect(out).toMatch(/<mda:meta type="match-score">90<\/mda:meta>[\s\S]*state="initial">\s*<source>参观者请在出口处排队。/);
    expect(out).toContain('<target>Already done.</target>');
    expect(out).not.toContain('The exhibition closes');
  });

  it('replaces existing targets only with --overwrite', () => {
    const cwd = tmWorkspace();
    expect(runCli(['leverage', 'document.xlf', '--tm', 'memory.tmx', '--out', 'out.xlf', '--overwrite'], { cwd }).status).toBe(0);
    expect(readFileSync(`${cwd}/out.xlf`, 'utf8')).toContain('The exhibition closes tomorrow afternoon.');
  });

  it('writes nothing when the document is bad', () => {
    const cwd = tmWorkspace();
    writeFileSync(`${cwd}/broken.xlf`, '<xliff version="2.0"><file>');
    const result = runCli(['leverage', 'broken.xlf', '--tm', 'memory.tmx', '--out', 'out.xlf'], { cwd });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(`${cwd}/out.xlf`)).toBe(false);
  });
});
