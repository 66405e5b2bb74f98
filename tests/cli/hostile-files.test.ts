import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, type CliResult } from './run-cli.js';
import { tmWorkspace } from './tm-fixtures.js';

/** Exit 2 with exactly one short, printable line on stderr. */
function expectCleanRefusal(result: CliResult, reason: RegExp): void {
  expect(result.status, result.stderr).toBe(2);
  const lines = result.stderr.split('\n').filter(Boolean);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(reason);
  expect(lines[0].length).toBeLessThan(300);
  // eslint-disable-next-line no-control-regex
  expect(lines[0]).not.toMatch(/[\u0000-\u001f\u007f\u2028\u2029]/);
}

function write(cwd: string, name: string, content: string | Buffer): string {
  writeFileSync(path.join(cwd, name), content);
  return name;
}

const TMX_HEADER = '<header srclang="zh" creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" datatype="plaintext"/>';
const tmx = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">${TMX_HEADER}<body>${body}</body></tmx>\n`;
const xliff12 = (files: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">${files}</xliff>\n`;
const file12 = (original: string, units: string, target = 'en') => `<file source-language="zh" target-language="${target}" datatype="plaintext" original="${original}"><body>${units}</body></file>`;
const xliff2 = (units: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh" trgLang="en"><file id="f">${units}</file></xliff>\n`;
const MEMORY = path.join(ROOT, 'memory/xi-kim-talks.xlf');

describe('hostile and broken files', () => {
  it('refuses nesting deeper than the limit in XLIFF 2, TMX and TBX with one line, and reads it up to the limit', () => {
    const cwd = tmWorkspace();
    const nest = (tag: string, depth: number, inner: string) =>
      `${Array.from({ length: depth }, (_, i) => `<${tag}${tag === 'pc' ? ` id="p${i}"` : ''}>`).join('')}${inner}${`</${tag}>`.repeat(depth)}`;
    const deepXliff = write(cwd, 'deep.xlf', xliff2(`<unit id="u"><segment><source>${nest('pc', 10_000, '朝鲜')}</source><target>x</target></segment></unit>`));
    const deepTmx = write(cwd, 'deep.tmx', tmx(`<tu><tuv xml:lang="zh"><seg>${nest('hi', 10_000, '朝鲜')}</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu>`));
    const deepTbx = write(
      cwd,
      'deep.tbx',
      `<?xml version="1.0"?>\n<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="c1"><langSec xml:lang="zh"><termSec><term>${nest('x', 10_000, '朝鲜')}</term></termSec></langSec></conceptEntry></body></text></tbx>\n`,
    );
    for (const args of [['lookup', '--tm', deepXliff, '朝鲜'], ['check', deepXliff], ['tm', 'convert', deepXliff, '--out', 'o.tmx'], ['check', deepTmx], ['lookup', '--tm', deepTmx, '朝鲜'], ['tm', 'convert', deepTmx, '--out', 'o.xlf'], ['check', MEMORY, '--terms', deepTbx]]) {
      expectCleanRefusal(runCli(args, { cwd }), /nest more than 256 deep/);
    }
    expect(existsSync(path.join(cwd, 'o.tmx'))).toBe(false);
    const nested = write(cwd, 'nested.xlf', xliff2(`<unit id="u"><segment><source>${nest('pc', 250, '朝鲜')}</source><target>${nest('pc', 250, 'DPRK')}</target></segment></unit>`));
    expect(runCli(['tm', 'convert', nested, '--out', 'nested.tmx'], { cwd }).status).toBe(0);
    expect(runCli(['check', 'nested.tmx'], { cwd }).status).toBeLessThan(2);
  });

  it('quotes at most about 80 characters of a huge value and escapes control characters', () => {
    const cwd = tmWorkspace();
    const huge = 's'.repeat(1_000_000);
    const cases: Array<[string[], RegExp]> = [
      [['check', MEMORY, '--terms', write(cwd, 'status.csv', `zh,en,status,kind,note\n朝鲜,DPRK,${huge},name,\n`)], /unknown status "s{50,80}…"/],
      [['check', write(cwd, 'end-tag.xlf', `<xliff version="1.2"><file></${'a'.repeat(1_000_000)}></xliff>`)], /end tag <\/a{70,80}…/],
      [['lookup', '--tm', write(cwd, 'version.tmx', `<tmx version="${'9'.repeat(1_000_000)}">${TMX_HEADER}<body/></tmx>`), '朝鲜'], /unsupported TMX version "9{79}…"/],
      [['check', write(cwd, 'escape.xlf', '<xliff version="1.2"><fi\u001b[31mle/></xliff>')], /U\+001B/],
      [['check', write(cwd, 'separators.xlf', '<xliff version="1.2"></fi\u2028le></xliff>')], /end tag <\/fi\\u2028le>/],
      [['check', MEMORY, '--terms', write(cwd, 'controls.csv', 'zh,en,status,kind,note\n朝鲜,DPRK,bad\u000c\u001e\u001b[31m,name,\n')], /unknown status "bad\\(f|u000C)\\u001E\\u001B\[31m"/i],
    ];
    for (const [args, reason] of cases) expectCleanRefusal(runCli(args, { cwd }), reason);
  });

  it('has one definition of legal text: control characters, NUL in any encoding and unknown encodings are refused by every reader', () => {
    const cwd = tmWorkspace();
    const unit = (source: string) => file12('a', `<trans-unit id="1"><source>${source}</source><target>one</target></trans-unit>`);
    const files: Array<[string, RegExp]> = [
      [write(cwd, 'reference.xlf', xliff12(unit('一&#1;二'))), /invalid character reference &#1;/],
      [write(cwd, 'raw.xlf', xliff12(unit('一\u0001二'))), /character U\+0001 is not allowed/],
      [write(cwd, 'nul16.tmx', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tmx('<tu><tuv xml:lang="zh"><seg>中\u0000文</seg></tuv></tu>'), 'utf16le')])), /NUL/],
      [write(cwd, 'nul8.tmx', tmx('<tu><tuv xml:lang="zh"><seg>中\u0000文</seg></tuv></tu>')), /NUL/],
      [write(cwd, 'space.xlf', xliff12(unit('一')).replace('encoding="UTF-8"', 'encoding="UTF 8"')), /1:1: not well-formed XML: invalid encoding name "UTF 8"/],
      [write(cwd, 'space.tmx', tmx('<tu><tuv xml:lang="zh"><seg>一</seg></tuv></tu>').replace('encoding="UTF-8"', 'encoding="UTF 8"')), /1:1: not well-formed XML: invalid encoding name "UTF 8"/],
      [write(cwd, 'latin.tmx', tmx('<tu><tuv xml:lang="zh"><seg>一</seg></tuv></tu>').replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')), /unsupported encoding "ISO-8859-1"/],
    ];
    for (const [file, reason] of files) {
      for (const args of [['lookup', '--tm', file, '一'], ['check', file], ['tm', 'convert', file, '--out', 'out.tmx']]) expectCleanRefusal(runCli(args, { cwd }), reason);
    }
  });

  it('writes only what it reads back: unique tuids, unique inline ids, isolated codes, a target language', () => {
    const cwd = tmWorkspace();
    const twoFiles = write(cwd, 'two-files.xlf', xliff12(file12('a', '<trans-unit id="1"><source>一</source><target>one</target></trans-unit>') + file12('b', '<trans-unit id="1"><source>二</source><target>two</target></trans-unit>')));
    const converted = runCli(['tm', 'convert', twoFiles, '--out', 'two.tmx'], { cwd });
    expect(converted.status).toBe(0);
    expect(converted.stderr).toBe('tmkit: 1 unit had an id another unit already had and was given a new one, as two.tmx requires unique ids\n');
    expect(readFileSync(path.join(cwd, 'two.tmx'), 'utf8')).toMatch(/tuid="1"[\s\S]*tuid="1-2"/);
    const repeated = write(cwd, 'repeated.xlf', xliff12(file12('a', '<trans-unit id="1"><source>一<ph id="1">&lt;b&gt;</ph>二<ph id="1">&lt;/b&gt;</ph></source><target>one<ph id="1">&lt;b&gt;</ph>two<ph id="1">&lt;/b&gt;</ph></target></trans-unit>')));
    const omegat = write(
      cwd,
      'codes.tmx',
      tmx('<tu tuid="a"><tuv xml:lang="zh"><seg><bpt i="1">&lt;b&gt;</bpt>中<ept i="1">&lt;/b&gt;</ept><it pos="begin">&lt;i&gt;</it>文<ph>&lt;img<sub>alt</sub>&gt;</ph><ept i="9">&lt;/u&gt;</ept></seg></tuv><tuv xml:lang="en"><seg><bpt i="1">&lt;b&gt;</bpt>a<ept i="1">&lt;/b&gt;</ept><it pos="end">&lt;/i&gt;</it></seg></tuv></tu>'),
    );
    for (const file of [twoFiles, repeated, omegat]) {
      for (const out of ['out.tmx', 'out.xlf', 'out.sdlxliff']) {
        expect(runCli(['tm', 'convert', file, '--out', out], { cwd }).status).toBe(0);
        expect(runCli(['lookup', '--tm', out, '一'], { cwd }).status, `${file} → ${out}`).toBe(0);
        expect(runCli(['check', out], { cwd }).status).toBeLessThan(2);
      }
    }
    const written = readFileSync(path.join(cwd, 'out.xlf'), 'utf8');
    expect(written).toContain('<ec id="9" isolated="yes"/>');
    const emptyLanguage = write(cwd, 'no-language.xlf', xliff12(file12('a', '<trans-unit id="7"><source>一</source><target></target></trans-unit>', '')));
    for (const out of ['out2.tmx', 'out2.xlf']) {
      expectCleanRefusal(runCli(['tm', 'convert', emptyLanguage, '--out', out], { cwd }), /unit "7" has a target but the memory has no target language/);
      expect(existsSync(path.join(cwd, out))).toBe(false);
    }
  });


  it('tells an XLIFF 1.2 from an XLIFF 2 by its root tag however long its attributes, in what it reads and writes', () => {
    const cwd = tmWorkspace();
    const longRoot = xliff12(file12('a', '<trans-unit id="1"><source>一</source><target>one</target></trans-unit>')).replace('<xliff ', `<xliff xmlns:long="urn:${'x'.repeat(2_000_000)}" `);
    const input = write(cwd, 'long-root.xlf', longRoot);
    expect(runCli(['lookup', '--tm', input, '一'], { cwd }).stdout).toContain('one');
    expect(runCli(['tm', 'convert', input, '--to', 'xliff12', '--out', 'out12.xlf'], { cwd }).status).toBe(0);
    expect(readFileSync(path.join(cwd, 'out12.xlf'), 'utf8')).toContain('xmlns:long=');
    const stats = runCli(['tm', 'stats', '--tm', 'out12.xlf'], { cwd });
    expect(stats.stderr).toBe('');
    expect(stats.stdout).toContain('1 units');
  });
  it('refuses to write a control character from plain text, naming the unit, and writes nothing', () => {
    const cwd = tmWorkspace();
    write(cwd, 'a.zh.txt', '他说了。\u0001\n');
    write(cwd, 'a.en.txt', 'He spoke.\u0001\n');
    for (const args of [['align', 'a.zh.txt', 'a.en.txt', '--out', 'a.xlf'], ['align', 'a.zh.txt', 'a.en.txt', '--format', 'tmx'], ['pipeline', 'a.zh.txt', 'a.en.txt', '--memory', 'a.xlf']]) {
      expectCleanRefusal(runCli(args, { cwd }), /unit "u1" holds the character U\+0001, which XML cannot represent/);
    }
    expect(existsSync(path.join(cwd, 'a.xlf'))).toBe(false);
  });

  it('keeps a huge CSV field and many inline elements within seconds and memory', () => {
    const cwd = tmWorkspace();
    const csv = write(cwd, 'big.csv', `zh,en,status,kind,note\n朝鲜,${'a'.repeat(10_000_000)},preferred,name,\n朝鲜,DPRK,preferred,name,\n`);
    expect(runCli(['check', MEMORY, '--terms', csv], { cwd }).status).toBeLessThan(2);
    const many = write(cwd, 'many.xlf', xliff12(file12('a', `<trans-unit id="1"><source>一${'<x id="1"/>'.repeat(250_000)}</source><target>one</target></trans-unit>`)));
    expect(runCli(['lookup', '--tm', many, '一'], { cwd }).status).toBe(0);
  });
});
