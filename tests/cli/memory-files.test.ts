import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/command.js';
import { loadTm } from '../../src/cli/memory-files.js';
import { createTranslator } from '../../src/i18n/i18n.js';
import { readMemory } from '../../src/formats/index.js';
import { type EntryList, lookup, memoryEntries } from '../../src/tm/index.js';
import { tmWorkspace } from './tm-fixtures.js';

function ioIn(cwd: string, stderr: string[] = []) {
  const io: CliIo = { stdout: () => undefined, stderr: (text) => void stderr.push(text), readStdin: async () => Buffer.alloc(0), env: {}, cwd, stdoutIsTTY: false, stderrIsTTY: false };
  return { io, t: createTranslator('en') };
}

function all(entries: EntryList) {
  return Array.from({ length: entries.length }, (_, i) => entries.at(i));
}

const XLIFF_SEGMENTS = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh" trgLang="en">
  <file id="f1">
    <unit id="u1"><notes><note>checked</note></notes><segment><source>第一句。</source><target>First.</target></segment><ignorable><source> </source></ignorable><segment><source>第二句<pc id="1">加粗</pc>。</source><target>Second <pc id="1">bold</pc>.</target></segment></unit>
    <unit id="u2"><segment><source>没有译文。</source></segment></unit>
  </file>
</xliff>
`;

describe('loadTm', () => {
  it('reads a memory as its format reader does, then answers from the stored index', async () => {
    const cwd = tmWorkspace();
    writeFileSync(path.join(cwd, 'segments.xlf'), XLIFF_SEGMENTS);
    for (const file of ['memory.tmx', 'segments.xlf']) {
      const expected = memoryEntries(readMemory(readFileSync(path.join(cwd, file), 'utf8'), file), file);
      const first = await loadTm(ioIn(cwd), file);
      const second = await loadTm(ioIn(cwd), file);
      expect([first.fromCache, second.fromCache]).toEqual([false, true]);
      expect(all(first.entries)).toEqual(expected);
      expect(all(second.entries)).toEqual(expected);
      const query = expected[0].source;
      expect(lookup(second.entries, second.index, query, { minScore: 50, limit: 5 })).toEqual(lookup(first.entries, first.index, query, { minScore: 50, limit: 5 }));
    }
  });

  it('rebuilds a stale stored index quietly, and a damaged one with one warning line', async () => {
    const cwd = tmWorkspace();
    const warnings: string[] = [];
    await loadTm(ioIn(cwd, warnings), 'memory.tmx');
    writeFileSync(path.join(cwd, 'memory.tmx'), readFileSync(path.join(cwd, 'memory.tmx'), 'utf8').replace('30元', '40元'));
    const stale = await loadTm(ioIn(cwd, warnings), 'memory.tmx');
    expect(warnings).toEqual([]);
    expect(stale.fromCache).toBe(false);
    expect(all(stale.entries).map((entry) => entry!.source)).toContain('门票价格为40元。');
    const indexFile = path.join(cwd, '.memory.tmx.tmkit-index');
    const bytes = readFileSync(indexFile);
    writeFileSync(indexFile, bytes.subarray(0, bytes.length - 64));
    const damaged = await loadTm(ioIn(cwd, warnings), 'memory.tmx');
    expect(damaged.fromCache).toBe(false);
    expect(warnings).toEqual(['tmkit: the stored index .memory.tmx.tmkit-index is damaged or not a tmkit index: it is ignored and rebuilt\n']);
    expect(all(damaged.entries)).toEqual(all(stale.entries));
    expect((await loadTm(ioIn(cwd), 'memory.tmx')).fromCache).toBe(true);
  });
});
