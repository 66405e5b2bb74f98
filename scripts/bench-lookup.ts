/**
 * Fuzzy lookup at scale: memories of 10k, 100k and 1M units grown from real sentences
 * (`../shared/data/align-dev/006.zh|en`) by realistic edits (numbers, names, clauses), 1,000
 * queries in batch, recall of the best match against an exhaustive scan, and the built CLI
 * (`npm run build` first) run on the memory written as TMX and as XLIFF 2: the first call reads the
 * memory and stores the index, the second reads the stored index. For each call: the time to the
 * first answer, the total time and the peak memory. For XLIFF also a call answering one query
 * (whole process), the batch's time per query after its first answer, and the recall@1 of the
 * CLI's answers against the exhaustive scan.
 *
 *   npx tsx scripts/bench-lookup.ts [--sizes 10000,100000,1000000] [--queries 1000] [--exact-sample 100 (sizes above 10k)] [--cli-max 1000000]
 *
 * Each size runs in its own process so that its peak memory is its own.
 */
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { escapeText } from '../src/formats/index.js';
import { BELOW, EntryTable, lookup, NgramIndex, QueryScorer, type TmEntry } from '../src/tm/index.js';
import { matchUnits } from '../src/tm/tokens.js';
import { seededRandom } from './seeded-random.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const data = path.join(process.env.TMKIT_SHARED ?? path.resolve(root, '../shared'), 'data/align-dev');
const MIN_SCORE = 70;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000,1000000' },
    size: { type: 'string' },
    queries: { type: 'string', default: '1000' },
    'exact-sample': { type: 'string', default: '100' },
    'cli-max': { type: 'string', default: '1000000' },
  },
});

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

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

/**
 * The best score by scoring every entry, exactly as matchScore would: lengths alone rule out most
 * (a score ≥ s needs a length ratio ≥ s), and the scorer gives up on an entry as soon as it
 * cannot beat the best so far.
 */
function exhaustiveBest(entries: readonly TmEntry[], unitCounts: Int32Array, query: string): number | undefined {
  const scorer = new QueryScorer(query.trim());
  let best: number | undefined;
  entries.forEach((entry, i) => {
    const shorter = Math.min(scorer.length, unitCounts[i]);
    const longer = Math.max(scorer.length, unitCounts[i]);
    if (100 * shorter < MIN_SCORE * longer) return;
    const score = scorer.score(entry.source, Math.max(MIN_SCORE, best ?? 0));
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

function writeTmx(file: string, entries: readonly TmEntry[]): void {
  writeMemory(
    file,
    entries,
    '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n  <header creationtool="bench" creationtoolversion="1" segtype="sentence" o-tmf="bench" adminlang="en" srclang="zh" datatype="plaintext"/>\n  <body>\n',
    (entry, id) => `    <tu tuid="tu${id}">\n      <tuv xml:lang="zh"><seg>${escapeText(entry.source)}</seg></tuv>\n      <tuv xml:lang="en"><seg>${escapeText(entry.target)}</seg></tuv>\n    </tu>\n`,
    '  </body>\n</tmx>\n',
  );
}

function writeXliff2(file: string, entries: readonly TmEntry[]): void {
  writeMemory(
    file,
    entries,
    '<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="zh" trgLang="en">\n  <file id="f1" original="bench">\n',
    (entry, id) => `    <unit id="u${id}">\n      <segment state="translated">\n        <source>${escapeText(entry.source)}</source>\n        <target>${escapeText(entry.target)}</target>\n      </segment>\n    </unit>\n`,
    '  </file>\n</xliff>\n',
  );
}

interface CliRun {
  firstAnswerMs: number;
  totalMs: number;
  peakMb: number;
  /** The best score of each answer, in query order. */
  best: Array<number | undefined>;
}

/** One `tmkit lookup` call (`--queries FILE`, or one QUERY), as a user would run it, under /usr/bin/time for its peak memory. */
function runCli(memory: string, queryArgs: string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let firstAnswerMs = -1;
    let stdout = '';
    let stderr = '';
    const child = spawn('/usr/bin/time', ['-f', 'peak-kb %M', process.execPath, path.join(root, 'dist/cli/bin.js'), 'lookup', '--tm', memory, ...queryArgs, '--format', 'jsonl', '--min-score', String(MIN_SCORE)], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => {
      if (firstAnswerMs < 0) firstAnswerMs = performance.now() - started;
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const peak = /peak-kb (\d+)/.exec(stderr);
      if (code !== 0 || !peak) reject(new Error(`tmkit lookup failed (${code}): ${stderr.trim()}`));
      else {
        const best = stdout
          .split('\n')
          .filter(Boolean)
          .map((line) => (JSON.parse(line) as { matches: Array<{ score: number }> }).matches[0]?.score);
        resolve({ firstAnswerMs, totalMs: performance.now() - started, peakMb: Number(peak[1]) / 1024, best });
      }
    });
  });
}

function describeRun(run: CliRun): string {
  return `${(run.firstAnswerMs / 1000).toFixed(2)} s / ${(run.totalMs / 1000).toFixed(1)} s, ${Math.round(run.peakMb)} MB`;
}

async function runSize(size: number): Promise<void> {
  const queryCount = Number(values.queries);
  let started = performance.now();
  const entries = buildEntries(size);
  const loadMs = performance.now() - started;
  started = performance.now();
  const index = NgramIndex.build(entries.map((entry) => entry.source));
  const table = EntryTable.from(entries);
  const indexMs = performance.now() - started;

  const next = seededRandom(7);
  const queries = Array.from({ length: queryCount }, (_, i) => {
    const source = entries[Math.floor(next() * entries.length)].source;
    return i % 5 === 0 ? source : edit(source, next);
  });
  const times: number[] = [];
  const found: Array<number | undefined> = [];
  for (const query of queries) {
    const at = performance.now();
    const [best] = lookup(table, index, query, { minScore: MIN_SCORE, limit: 5 });
    times.push(performance.now() - at);
    found.push(best?.score);
  }
  times.sort((a, b) => a - b);

  const unitCounts = Int32Array.from(entries, (entry) => matchUnits(entry.source).length);
  const sample = Math.min(queryCount, size > 10_000 ? Number(values['exact-sample']) : queryCount);
  const exhaustive = queries.slice(0, sample).map((query) => exhaustiveBest(entries, unitCounts, query));
  const recall = (best: ReadonlyArray<number | undefined>) => {
    const agreeing = exhaustive.filter((score, i) => score === best[i]).length;
    return `${((100 * agreeing) / sample).toFixed(1)}% (${agreeing}/${sample})`;
  };

  // The lookup's own peak, before the CLI runs write and read the memories.
  const peakMb = process.resourceUsage().maxRSS / 1024;
  const cli = Array<string>(7).fill('skipped');
  if (size <= Number(values['cli-max'])) {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'tmkit-bench-'));
    try {
      const queriesFile = path.join(folder, 'queries.txt');
      writeFileSync(queriesFile, `${queries.join('\n')}\n`);
      const batch = ['--queries', queriesFile];
      const answered = (run: CliRun, count = queries.length) => {
        if (run.best.length !== count) throw new Error('the CLI did not answer every query');
        return run;
      };
      const tmx = path.join(folder, 'memory.tmx');
      writeTmx(tmx, entries);
      cli[0] = describeRun(answered(await runCli(tmx, batch)));
      cli[1] = describeRun(answered(await runCli(tmx, batch)));
      rmSync(tmx);
      const xliff = path.join(folder, 'memory.xlf');
      writeXliff2(xliff, entries);
      const first = answered(await runCli(xliff, batch));
      const one = answered(await runCli(xliff, [queries[0]]), 1);
      const second = answered(await runCli(xliff, batch));
      if (!existsSync(path.join(folder, '.memory.tmx.tmkit-index')) || !existsSync(path.join(folder, '.memory.xlf.tmkit-index'))) throw new Error('the CLI stored no index');
      cli[2] = `${Math.round(statSync(xliff).size / 1e6)} MB`;
      cli[3] = describeRun(first);
      cli[4] = `${(one.totalMs / 1000).toFixed(2)} s, ${Math.round(one.peakMb)} MB`;
      cli[5] = `${((second.totalMs - second.firstAnswerMs) / Math.max(1, queries.length - 1)).toFixed(2)} ms, ${Math.round(second.peakMb)} MB`;
      cli[6] = recall(second.best);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }

  const row = [
    size.toLocaleString('en'),
    `${(loadMs / 1000).toFixed(1)} s`,
    `${(indexMs / 1000).toFixed(1)} s`,
    `${Math.round(peakMb)} MB`,
    `${percentile(times, 0.5).toFixed(2)} ms`,
    `${percentile(times, 0.95).toFixed(2)} ms`,
    recall(found),
    ...cli,
  ];
  console.log(`| ${row.join(' | ')} |`);
}

if (values.size !== undefined) {
  await runSize(Number(values.size));
} else {
  console.log(`${Number(values.queries)} queries, min score ${MIN_SCORE}, limit 5, node ${process.version}, ${os.cpus().length} CPUs (shared)`);
  if (!existsSync(path.join(root, 'dist/cli/bin.js'))) throw new Error('run `npm run build` first: the bench runs the built CLI');
  console.log(
    '| units | build memory | index | peak RSS | median | p95 | recall@1 vs exhaustive | TMX 1st call: first answer / all, peak | TMX 2nd call: first answer / all, peak | XLIFF 2 file | XLIFF 1st call: first answer / all, peak | XLIFF 2nd call, one query: time, peak | XLIFF batch: per query after the first, peak | XLIFF CLI recall@1 vs exhaustive |',
  );
  console.log(`|${'---|'.repeat(14)}`);
  for (const size of values.sizes.split(',').map(Number)) {
    const args = ['--import', 'tsx', fileURLToPath(import.meta.url), '--size', String(size), '--queries', values.queries, '--exact-sample', values['exact-sample'], '--cli-max', values['cli-max']];
    process.stdout.write(execFileSync(process.execPath, ['--max-old-space-size=4096', ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
  }
}
