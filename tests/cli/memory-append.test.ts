import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readMemory, tmxFormat, xliff2Format } from '../../src/formats/index.js';
import { allUnits } from '../../src/tm/index.js';
import type { Memory, Unit } from '../../src/types.js';
import { ROOT, runCli } from './run-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'tmkit-append-'));
const talk = { zh: path.join(dir, 'talk.zh.txt'), en: path.join(dir, 'talk.en.txt') };
const visit = { zh: path.join(dir, 'visit.zh.txt'), en: path.join(dir, 'visit.en.txt') };

/** A memory of 1,000 units in four files, each unit with a note and a state of its own. */
function thousandUnits(): Memory {
  const unit = (n: number): Unit => ({
    id: `u${n}`,
    segments: [{ id: 's1', source: [`第${n}号文件已经归档。`], target: [`File number ${n} has been archived.`], state: n % 3 === 0 ? 'reviewed' : 'translated' }],
    notes: [{ text: `note ${n}` }],
    metadata: {},
  });
  return {
    srcLang: 'zh',
    trgLang: 'en',
    files: [0, 1, 2, 3].map((f) => ({ id: `f${f + 1}`, original: `archive-${f + 1}.txt`, items: Array.from({ length: 250 }, (_, i) => unit(f * 250 + i + 1)), notes: [], metadata: {} })),
  };
}

const sources = (memory: Memory) => allUnits(memory).map(({ unit }) => unit.segments[0].source.join(''));

beforeAll(() => {
  writeFileSync(talk.zh, '会谈在北京举行。双方交换了意见。\n');
  writeFileSync(talk.en, 'The talks were held in Beijing. The two sides exchanged views.\n');
  writeFileSync(visit.zh, '代表团参观了博物馆。\n');
  writeFileSync(visit.en, 'The delegation visited the museum.\n');
});

describe('aligning into an existing memory adds to it', () => {
  it('keeps all 1,000 units of an XLIFF memory, adds each pair as its own file, replaces a re-aligned one', () => {
    const file = path.join(dir, 'big.xlf');
    const original = thousandUnits();
    writeFileSync(file, xliff2Format.serialize(original));
    const before = readMemory(readFileSync(file, 'utf8'), file);

    const added = runCli(['align', talk.zh, talk.en, '--out', file]);
    expect(added.status, added.stderr).toBe(0);
    expect(added.stdout).toBe(`Added talk.zh.txt to ${file} as a new file: 1002 units in all.\n`);
    const once = readMemory(readFileSync(file, 'utf8'), file);
    expect(once.files.slice(0, 4)).toEqual(before.files);
    expect(once.files[4]).toMatchObject({ id: 'f5', original: 'talk.zh.txt' });

    const pipeline = runCli(['pipeline', visit.zh, visit.en, '--memory', file]);
    expect(pipeline.status, pipeline.stderr).toBe(0);
    expect(pipeline.stdout).toContain(`Added visit.zh.txt to ${file} as a new file: 1003 units in all.`);
    const twice = readFileSync(file, 'utf8');

    writeFileSync(talk.en, 'The talks were held in Beijing. The sides exchanged views.\n');
    const replaced = runCli(['align', talk.zh, talk.en, '--out', file]);
    expect(replaced.stdout).toBe(`Replaced the units of talk.zh.txt in ${file}: 1003 units in all.\n`);
    const after = readMemory(readFileSync(file, 'utf8'), file);
    expect(after.files.map((each) => each.original)).toEqual(['archive-1.txt', 'archive-2.txt', 'archive-3.txt', 'archive-4.txt', 'talk.zh.txt', 'visit.zh.txt']);
    expect(after.files.slice(0, 4)).toEqual(before.files);
    expect(JSON.stringify(after.files[4])).toContain('The sides exchanged views.');
    expect(sources(after)).toEqual(sources(readMemory(twice, file)));
    expect(after.files[5]).toEqual(readMemory(twice, file).files[5]);

    const afresh = runCli(['align', talk.zh, talk.en, '--out', file, '--overwrite']);
    expect(afresh.stdout).toBe(`Translation memory written to ${file}: 2 units.\n`);
    expect(readMemory(readFileSync(file, 'utf8'), file).files).toHaveLength(1);
    writeFileSync(talk.en, 'The talks were held in Beijing. The two sides exchanged views.\n');
  });

  it('re-aligning the same pair gives the same bytes', () => {
    const file = path.join(dir, 'same.xlf');
    writeFileSync(file, xliff2Format.serialize(thousandUnits()));
    expect(runCli(['align', talk.zh, talk.en, '--out', file]).status).toBe(0);
    const first = readFileSync(file);
    expect(runCli(['align', talk.zh, talk.en, '--out', file]).stdout).toMatch(/^Replaced/);
    expect(readFileSync(file)).toEqual(first);
  });

  it('keeps every unit of a TMX memory, which has no files: the document’s own units are found by origin', () => {
    const file = path.join(dir, 'big.tmx');
    writeFileSync(file, tmxFormat.serialize(thousandUnits()));
    expect(runCli(['align', talk.zh, talk.en, '--out', file]).stdout).toMatch(/^Added talk\.zh\.txt .*1002 units in all/);
    const again = runCli(['align', talk.zh, talk.en, '--out', file]);
    expect(again.stdout).toMatch(/^Replaced the units of talk\.zh\.txt .*1002 units in all/);
    const memory = readMemory(readFileSync(file, 'utf8'), file);
    expect(sources(memory).slice(0, 1000)).toEqual(sources(thousandUnits()));
    expect(sources(memory).slice(1000)).toEqual(['会谈在北京举行。', '双方交换了意见。']);
  });

  it('refuses a memory whose content is not what its extension says, or of another language pair', () => {
    const cases: Array<[string, string, RegExp]> = [
      ['tmx-inside.xlf', tmxFormat.serialize(thousandUnits()), /tmx-inside\.xlf: holds TMX, not what the extension \.xlf says \(--overwrite replaces it\)\n$/],
      ['xliff-inside.tmx', xliff2Format.serialize(thousandUnits()), /xliff-inside\.tmx: holds XLIFF 2, not what the extension \.tmx says/],
      ['report.xlf', '{"findings":[]}', /report\.xlf: not a translation memory/],
      ['english.xlf', xliff2Format.serialize({ ...thousandUnits(), srcLang: 'en', trgLang: 'zh' }), /english\.xlf: a en→zh memory cannot take a zh→en pair/],
    ];
    for (const [name, content, message] of cases) {
      const file = path.join(dir, name);
      writeFileSync(file, content);
      const result = runCli(['align', talk.zh, talk.en, '--out', file]);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(readFileSync(file, 'utf8')).toBe(content);
    }
    const tmx = path.join(dir, 'tmx-inside.xlf');
    expect(runCli(['align', talk.zh, talk.en, '--out', tmx, '--overwrite']).status).toBe(0);
    expect(readFileSync(tmx, 'utf8')).toContain('urn:oasis:names:tc:xliff:document:2.0');
  });
});

describe('tm import into a memory', () => {
  it('keeps the memory’s own format and refuses one whose content is not what its extension says', () => {
    const xliff12 = path.join(dir, 'old.xlf');
    expect(runCli(['tm', 'convert', path.join(ROOT, 'tests/fixtures/tm/memory.tmx'), '--to', 'xliff12', '-o', xliff12]).status).toBe(0);
    expect(runCli(['tm', 'import', path.join(ROOT, 'tests/fixtures/tm/document.xlf'), '--tm', xliff12]).status).toBe(0);
    expect(readFileSync(xliff12, 'utf8')).toContain('<xliff version="1.2"');
    const wrong = path.join(dir, 'wrong.xlf');
    writeFileSync(wrong, tmxFormat.serialize(thousandUnits()));
    const result = runCli(['tm', 'import', path.join(ROOT, 'tests/fixtures/tm/document.xlf'), '--tm', wrong]);
    expect(result).toMatchObject({ status: 2, stderr: `tmkit: ${wrong}: holds TMX, not what the extension .xlf says\n` });
  });
});
