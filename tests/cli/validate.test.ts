import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'tmkit-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const where = path.join(dir, name);
  writeFileSync(where, text);
  return where;
}

const XLIFF2 = (units: string) => `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="zh" trgLang="en">
  <file id="f1">
${units}
  </file>
</xliff>
`;

describe('tmkit validate', () => {
  it('exits 0 on valid XLIFF 2, XLIFF 1.2, TMX and TBX (the sample memory and termbase among them)', () => {
    const tmx = path.join(dir, 'talks.tmx');
    expect(runCli(['tm', 'convert', 'memory/xi-kim-talks.xlf', '--out', tmx]).status).toBe(0);
    const result = runCli(['validate', 'memory/xi-kim-talks.xlf', 'memory/terms.tbx', tmx, file('ok.xlf', XLIFF2('<unit id="u1"><segment><source>会谈。</source><target>Talks.</target></segment></unit>'))]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('4 files checked: 4 valid; problems found: 0.\n');
    expect(result.status).toBe(0);
  });

  it('reports every processing-requirement violation with file, line, column and rule, and exits 1', () => {
    const bad = file(
      'bad.xlf',
      XLIFF2(`    <unit id="u1"><segment subState="x:done"><source>甲</source></segment></unit>
    <unit id="u1"><segment><source><sc id="1"/>乙</source></segment></unit>`),
    );
    const result = runCli(['validate', bad]);
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n').slice(0, 3)).toEqual([
      `${bad}:4:19: subState without a state [sub-state]`,
      `${bad}:5:5: duplicate id "u1" among the groups and units of the file [unique-id]`,
      `${bad}:5:36: <sc id="1"> is never closed (and not isolated="yes") [sc-ec]`,
    ]);
    expect(result.stdout).toContain('1 file checked: 0 valid; problems found: 3.');
  });

  it('checks XLIFF 1.2, TMX and TBX against their schemas', () => {
    const xliff12 = file('bad12.xlf', '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" datatype="plaintext"><body><trans-unit id="1"><source>甲</source></trans-unit></body></file></xliff>');
    const tmx = file('bad.tmx', '<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="word" o-tmf="t" adminlang="en" srclang="zh" datatype="plaintext"/><body/></tmx>');
    const result = runCli(['validate', xliff12, tmx]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`^${xliff12.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:1: .*source-language.* \\[schema\\]$`, 'm'));
    expect(result.stdout).toMatch(/bad\.tmx:1:1: .*header.* \[schema\]/);
  });

  it('lists the first thousand schema problems of a file and counts the rest', () => {
    const codes = '<x/>'.repeat(1500);
    const many = file('many.xlf', `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="zh" datatype="plaintext"><body><trans-unit id="1"><source>甲${codes}</source></trans-unit></body></file></xliff>`);
    const result = runCli(['validate', many]);
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines.filter((line) => line.endsWith('[schema]'))).toHaveLength(1000);
    expect(lines).toContain(`${many}: 500 more schema problems not listed`);
    expect(lines.at(-1)).toBe('1 file checked: 0 valid; problems found: 1500.');
  });

  it('does not hand the schema check a unit of more than ten thousand elements, and says so in one line', () => {
    const codes = '<ph x="1">p</ph>'.repeat(10_001);
    const huge = file('huge-unit.xlf', `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="zh" datatype="plaintext"><body>\n<trans-unit id="1"><source>甲${codes}</source></trans-unit></body></file></xliff>`);
    const result = runCli(['validate', huge]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(`${huge}:2:1: <trans-unit> holds 10002 elements; a unit of more than 10000 is not checked against the schema [limits]\n1 file checked: 0 valid; problems found: 1.\n`);
  });

  it('says which files it could only check for well-formedness, in the user\'s language', () => {
    const tmx11 = file('old.tmx', '<tmx version="1.1"><header srclang="zh"/><body><tu><tuv lang="zh"><seg>甲</seg></tuv></tu></body></tmx>');
    expect(runCli(['validate', tmx11]).stdout).toContain('old.tmx: TMX 1.1: no schema ships for this version; only well-formedness was checked');
    expect(runCli(['validate', '--locale', 'zh-CN', tmx11]).stdout).toContain('此版本没有随附模式');
  });

  it('reports a file that is not well-formed, and exits 2 on a missing file or no file', () => {
    const broken = file('broken.xlf', XLIFF2('<unit id="u1"><segment><source>甲</segment></unit>'));
    expect(runCli(['validate', broken]).stdout).toMatch(/broken\.xlf:4:\d+: not well-formed XML: .* \[xml\]/);
    const missing = runCli(['validate', path.join(dir, 'missing.xlf')]);
    expect([missing.status, missing.stdout]).toEqual([2, '']);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(runCli(['validate']).status).toBe(2);
  });
});
