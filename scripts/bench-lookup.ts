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
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EntryTable, lookup, NgramIndex } from '../src/tm/index.js';
import { buildEntries, edit, exhaustiveBest, MIN_SCORE, percentile, writeTmx, writeXliff2 } from './bench-memory.js';
import { matchUnits } from '../src/tm/tokens.js';
import { seededRandom } from './seeded-random.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000,1000000' },
    size: { type: 'string' },
    queries: { type: 'string', default: '1000' },
    'exact-sample': { type: 'string', default: '100' },
    'cli-max': { type: 'string', default: '1000000' },
  },
});

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
