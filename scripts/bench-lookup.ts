/**
 * Fuzzy lookup at scale: memories of 10k, 100k and 1M units grown from real sentences
 * (`../shared/data/align-dev/006.zh|en`) by realistic edits (numbers, names, clauses), 1,000
 * queries in batch, recall of the best match against an exhaustive scan, and the time a second
 * call on an unchanged memory file takes to answer (the stored index, same code path as the CLI).
 *
 *   npx tsx scripts/bench-lookup.ts [--sizes 10000,100000,1000000] [--queries 1000] [--exact-sample 100 (sizes above 10k)] [--cli-max 100000]
 *
 * Each size runs in its own process so that its peak memory is its own.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { nodeIo } from '../src/cli/node-io.js';
import { loadTm } from '../src/cli/memory-files.js';
import { getMemoryFormat } from '../src/formats/index.js';
import { lookup, matchScore, NgramIndex, type TmEntry } from '../src/tm/index.js';
import { matchUnits } from '../src/tm/tokens.js';
import type { Memory, Unit } from '../src/types.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const data = path.join(process.env.TMKIT_SHARED ?? path.resolve(root, '../shared'), 'data/align-dev');
const MIN_SCORE = 70;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000,1000000' },
    size: { type: 'string' },
    queries: { type: 'string', default: '1000' },
    'exact-sample': { type: 'string', default: '100' },
    'cli-max': { type: 'string', default: '100000' },
  },
});

/** Deterministic, so every run measures the same memory. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['王明', '李华', '张伟', '刘洋', '陈静', '杨帆', '赵磊', '黄丽', '周杰', '吴刚', '北京', '上海', '广州', '深圳', '杭州'];
const CLAUSES = ['，据新华社报道', '，会议指出', '，双方同意继续合作', '，并于次日返回', '，这是第一次', '，有关部门表示'];

/** One realistic change of a sentence: a number, a name, a clause, or a character. */
function edit(sentence: string, next: () => number): string {
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

function buildEntries(size: number): TmEntry[] {
  const zh = readFileSync(path.join(data, '006.zh'), 'utf8').split('\n').map((line) => line.trim()).filter((line) => line.length >= 4);
  const en = readFileSync(path.join(data, '006.en'), 'utf8').split('\n').map((line) => line.trim()).filter(Boolean);
  const next = random(size);
  const entries: TmEntry[] = [];
  for (let i = 0; entries.length < size; i++) {
    const base = zh[i % zh.length];
    let source = base;
    for (let round = 0; round < Math.floor(i / zh.length); round++) source = edit(source, next);
    entries.push({ source, target: en[i % en.length], origin: `bench.tmx#${i + 1}` });
  }
  return entries;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

/** The best score by scoring every entry; lengths alone rule out most (a score ≥ s needs a length ratio ≥ s). */
function exhaustiveBest(entries: readonly TmEntry[], unitCounts: Int32Array, query: string): number | undefined {
  const queryUnits = matchUnits(query).length;
  let best: number | undefined;
  entries.forEach((entry, i) => {
    const shorter = Math.min(queryUnits, unitCounts[i]);
    const longer = Math.max(queryUnits, unitCounts[i]);
    if (100 * shorter < MIN_SCORE * longer) return;
    const score = matchScore(query, entry.source);
    if (score >= MIN_SCORE && (best === undefined || score > best)) best = score;
  });
  return best;
}

function memoryOf(entries: readonly TmEntry[]): Memory {
  const items: Unit[] = entries.map((entry, i) => ({
    id: `tu${i + 1}`,
    segments: [{ source: [entry.source], target: [entry.target] }],
    notes: [],
    metadata: {},
  }));
  return { srcLang: 'zh', trgLang: 'en', files: [{ id: 'f1', original: 'bench', items, notes: [], metadata: {} }] };
}

async function runSize(size: number): Promise<void> {
  const queryCount = Number(values.queries);
  let started = performance.now();
  const entries = buildEntries(size);
  const loadMs = performance.now() - started;
  started = performance.now();
  const index = NgramIndex.build(entries.map((entry) => entry.source));
  const indexMs = performance.now() - started;

  const next = random(7);
  const queries = Array.from({ length: queryCount }, (_, i) => {
    const source = entries[Math.floor(next() * entries.length)].source;
    return i % 5 === 0 ? source : edit(source, next);
  });
  const times: number[] = [];
  const found: Array<number | undefined> = [];
  for (const query of queries) {
    const at = performance.now();
    const [best] = lookup(entries, index, query, { minScore: MIN_SCORE, limit: 5 });
    times.push(performance.now() - at);
    found.push(best?.score);
  }
  times.sort((a, b) => a - b);

  const unitCounts = Int32Array.from(entries, (entry) => matchUnits(entry.source).length);
  const sample = Math.min(queryCount, size > 10_000 ? Number(values['exact-sample']) : queryCount);
  let agreeing = 0;
  for (let i = 0; i < sample; i++) if (exhaustiveBest(entries, unitCounts, queries[i]) === found[i]) agreeing++;

  let secondCall = 'skipped';
  if (size <= Number(values['cli-max'])) {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'tmkit-bench-'));
    try {
      const file = path.join(folder, 'memory.tmx');
      writeFileSync(file, getMemoryFormat('tmx').serialize(memoryOf(entries)));
      const io = nodeIo();
      const firstAt = performance.now();
      await loadTm(io, file);
      const first = performance.now() - firstAt;
      const secondAt = performance.now();
      const again = await loadTm(io, file);
      lookup(again.entries, again.index, queries[0], { minScore: MIN_SCORE, limit: 5 });
      const second = performance.now() - secondAt;
      secondCall = `${(first / 1000).toFixed(1)} s → ${(second / 1000).toFixed(2)} s${again.fromCache ? '' : ' (index not reused!)'}`;
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }

  const peakMb = process.resourceUsage().maxRSS / 1024;
  const row = [
    size.toLocaleString('en'),
    `${(loadMs / 1000).toFixed(1)} s`,
    `${(indexMs / 1000).toFixed(1)} s`,
    `${Math.round(peakMb)} MB`,
    `${percentile(times, 0.5).toFixed(2)} ms`,
    `${percentile(times, 0.95).toFixed(2)} ms`,
    `${((100 * agreeing) / sample).toFixed(1)}% (${agreeing}/${sample})`,
    secondCall,
  ];
  console.log(`| ${row.join(' | ')} |`);
}

if (values.size !== undefined) {
  await runSize(Number(values.size));
} else {
  console.log(`${Number(values.queries)} queries, min score ${MIN_SCORE}, limit 5, node ${process.version}, ${os.cpus().length} CPUs (shared)`);
  console.log('| units | build memory | index | peak RSS | median | p95 | recall@1 vs exhaustive | CLI load: first → second call |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const size of values.sizes.split(',').map(Number)) {
    const args = ['--import', 'tsx', fileURLToPath(import.meta.url), '--size', String(size), '--queries', values.queries, '--exact-sample', values['exact-sample'], '--cli-max', values['cli-max']];
    process.stdout.write(execFileSync(process.execPath, ['--max-old-space-size=4096', ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
  }
}
