/**
 * The memory the benchmarks measure: real sentences (`../shared/data/align-dev/006.zh|en`, read at
 * run time) grown to any size by realistic edits (numbers, names, clauses), the same for a size on
 * every run, and what the benchmarks need around it: writers, percentiles, an exhaustive scan.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeText } from '../src/formats/index.js';
import { BELOW, QueryScorer, type TmEntry } from '../src/tm/index.js';
import { seededRandom } from './seeded-random.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const data = path.join(process.env.TMKIT_SHARED ?? path.resolve(root, '../shared'), 'data/align-dev');
/** The lowest score the lookup benchmarks ask for. */
export const MIN_SCORE = 70;

const NAMES = ['王明', '李华', '张伟', '刘洋', '陈静', '杨帆', '赵磊', '黄丽', '周杰', '吴刚', '北京', '上海', '广州', '深圳', '杭州'];
const CLAUSES = ['，据新华社报道', '，会议指出', '，双方同意继续合作', '，并于次日返回', '，这是第一次', '，有关部门表示'];

/** One realistic change of a sentence: a number, a name, a clause, or a character. */
export function edit(sentence: string, next: () => number): string {
  const chars = [...sentence];
  const at = Math.floor(next() * Math.max(1, chars.length - 1));
  switch (Math.floor(next() * 4)) {
    case 0:
      return /\d/.test(sentence) ? sentence.replace(/\d+/, String(Math.floor(next() * 2000))) : `${chars.slice(0, at).join('')}${Math.floor(next() * 100)}年${chars.slice(at).join('')}`;
    case 1:
      return `${chars.slice(0, at).join('')}${NAMES[Math.floor(next() * NAMES.length)]}${chars.slice(at).join('')}`;
    case 2:
      return sentence.replace(/[。！？]?$/, (end) => `${CLAUSES[Math.floor(next() * CLAUSES.length)]}${end || '。'}`);
    default:
      chars.splice(at, 1);
      return chars.join('');
  }
}

export function buildEntries(size: number): TmEntry[] {
  const zh = readFileSync(path.join(data, '006.zh'), 'utf8').split('\n').map((line) => line.trim()).filter((line) => line.length >= 4);
  const en = readFileSync(path.join(data, '006.en'), 'utf8').split('\n').map((line) => line.trim()).filter(Boolean);
  // Deterministic, so every run measures the same memory.
  const next = seededRandom(size);
  const entries: TmEntry[] = [];
  for (let i = 0; entries.length < size; i++) {
    const base = zh[i % zh.length];
    let source = base;
    for (let round = 0; round < Math.floor(i / zh.length); round++) source = edit(source, next);
    entries.push({ source, target: en[i % en.length], origin: `bench.tmx#${i + 1}` });
  }
  return entries;
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

/**
 * The best score by scoring every entry, exactly as matchScore would: lengths alone rule out most
 * (a score ≥ s needs a length ratio ≥ s), and the scorer gives up on an entry as soon as it
 * cannot beat the best so far.
 */
export function exhaustiveBest(entries: readonly TmEntry[], unitCounts: Int32Array, query: string, minScore = MIN_SCORE): number | undefined {
  const scorer = new QueryScorer(query.trim());
  let best: number | undefined;
  entries.forEach((entry, i) => {
    const shorter = Math.min(scorer.length, unitCounts[i]);
    const longer = Math.max(scorer.length, unitCounts[i]);
    if (100 * shorter < minScore * longer) return;
    const score = scorer.score(entry.source, Math.max(minScore, best ?? 0));
    if (score !== BELOW && (best === undefined || score > best)) best = score;
  });
  return best;
}

/** A memory file written unit by unit: the bench should not hold the whole file as text. */
function writeMemory(file: string, entries: readonly TmEntry[], head: string, unit: (entry: TmEntry, id: number) => string, tail: string): void {
  const fd = openSync(file, 'w');
  writeSync(fd, head);
  for (let start = 0; start < entries.length; start += 10_000) writeSync(fd, entries.slice(start, start + 10_000).map((entry, i) => unit(entry, start + i + 1)).join(''));
  writeSync(fd, tail);
  closeSync(fd);
}

export function writeTmx(file: string, entries: readonly TmEntry[]): void {
  writeMemory(
    file,
    entries,
    '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n  <header creationtool="bench" creationtoolversion="1" segtype="sentence" o-tmf="bench" adminlang="en" srclang="zh" datatype="plaintext"/>\n  <body>\n',
    (entry, id) => `    <tu tuid="tu${id}">\n      <tuv xml:lang="zh"><seg>${escapeText(entry.source)}</seg></tuv>\n      <tuv xml:lang="en"><seg>${escapeText(entry.target)}</seg></tuv>\n    </tu>\n`,
    '  </body>\n</tmx>\n',
  );
}

export function writeXliff2(file: string, entries: readonly TmEntry[]): void {
  writeMemory(
    file,
    entries,
    '<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="zh" trgLang="en">\n  <file id="f1" original="bench">\n',
    (entry, id) => `    <unit id="u${id}">\n      <segment state="translated">\n        <source>${escapeText(entry.source)}</source>\n        <target>${escapeText(entry.target)}</target>\n      </segment>\n    </unit>\n`,
    '  </file>\n</xliff>\n',
  );
}
