import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMemory, xliff12Format, xliff2Format } from '../../src/formats/index.js';
import { validate } from '../formats/validate-xml.js';
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

  it('records the match as XLIFF 2 Translation Candidates and as XLIFF 1.2 alt-trans, valid and re-written unchanged', async () => {
    const cwd = tmWorkspace();
    expect(runCli(['leverage', 'document.xlf', '--tm', 'memory.tmx', '--out', 'out.xlf'], { cwd }).status).toBe(0);
    const xliff2 = readFileSync(`${cwd}/out.xlf`, 'utf8');
    expect(xliff2).toContain(
      '<mtc:matches xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0"><mtc:match ref="#s1" type="tm" matchQuality="90" origin="memory.tmx#t3"><source>参观者请在入口处排队。</source><target>Visitors please queue at the entrance.</target></mtc:match></mtc:matches>',
    );
    expect(xliff2).toMatch(/<mtc:matches[^\n]*<\/mtc:matches>\s*<segment id="s1" state="initial">\s*<source>参观者请在出口处排队。/);
    expect(runCli(['tm', 'convert', 'document.xlf', '--to', 'xliff12', '-o', 'document12.xlf'], { cwd }).status).toBe(0);
    expect(runCli(['leverage', 'document12.xlf', '--tm', 'memory.tmx', '--out', 'out12.xlf'], { cwd }).status).toBe(0);
    const xliff12 = readFileSync(`${cwd}/out12.xlf`, 'utf8');
    expect(xliff12).toMatch(/<target state="needs-review-translation" state-qualifier="fuzzy-match">Visitors please queue at the entrance\.<\/target>/);
    expect(xliff12).toMatch(/<target state="translated" state-qualifier="exact-match">Tickets cost 30 yuan\.<\/target>/);
    expect(xliff12).toContain('<alt-trans match-quality="90" origin="memory.tmx#t3"><source>参观者请在入口处排队。</source><target>Visitors please queue at the entrance.</target></alt-trans>');
    for (const [text, file] of [[xliff2, 'out.xlf'], [xliff12, 'out12.xlf']]) {
      const memory = readMemory(text, file);
      expect(memory.files[0].items.length).toBe(5);
      expect((memory.format === 'xliff2' ? xliff2Format : xliff12Format).serialize(memory)).toBe(text);
    }
    expect(await validate('xliff-2.0', xliff2)).toBe('valid');
    expect(await validate('xliff-1.2', xliff12)).toBe('valid');
  });
});
