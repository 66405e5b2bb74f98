/**
 * `tmkit serve` at scale, on a throwaway PostgreSQL (Debian's binaries, as the tests run them):
 * a memory of `--size` units (the lookup benchmark's, grown from real sentences) imported over
 * HTTP, then 32 concurrent clients on loopback: lookup latency and recall@1 against an exhaustive
 * scan, the same with 10 % writes, the pg_trgm approach (GIN index, similarity ≥ 0.5, top 5) on
 * the same table for short (< 15 characters) and long queries, cross-instance visibility with two
 * server processes, restart time, and what 10M units would take.
 *
 *   npm run build && npm run bench:server [-- --size 1000000 --clients 32 --queries 2000 --recall-sample 300]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { matchScore, type TmEntry } from '../src/tm/index.js';
import { matchUnits } from '../src/tm/tokens.js';
import { startPostgres } from '../tests/server/postgres.js';
import { api, startServe, type ServeProcess } from '../tests/server/serve-process.js';
import { buildEntries, edit, exhaustiveBest, MIN_SCORE, percentile, writeTmx } from './bench-memory.js';
import { seededRandom } from './seeded-random.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1000000' },
    clients: { type: 'string', default: '32' },
    queries: { type: 'string', default: '2000' },
    'recall-sample': { type: 'string', default: '300' },
    'trgm-queries': { type: 'string', default: '200' },
    'import-chunk': { type: 'string', default: '250000' },
  },
});
const size = Number(values.size);
const clients = Number(values.clients);
const MEMORY = 'bench';

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
}

/** Runs `work` from `clients` concurrent loops over the items; gives each item's latency. */
async function concurrently<T>(items: readonly T[], work: (item: T, at: number) => Promise<void>): Promise<{ latencies: number[]; seconds: number }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < items.length) {
        const at = next++;
        const t0 = performance.now();
        await work(items[at], at);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { latencies: latencies.sort((a, b) => a - b), seconds: (performance.now() - started) / 1000 };
}

function describeLatencies({ latencies, seconds }: { latencies: number[]; seconds: number }): string {
  return `p50 ${ms(percentile(latencies, 0.5))}, p99 ${ms(percentile(latencies, 0.99))}, ${Math.round(latencies.length / seconds)} req/s`;
}

async function main(): Promise<void> {
  if (!existsSync(path.join(root, 'dist/cli/bin.js'))) throw new Error('run `npm run build` first: the bench runs the built CLI');
  const folder = mkdtempSync(path.join(os.tmpdir(), 'tmkit-bench-server-'));
  const database = await startPostgres();
  const servers: ServeProcess[] = [];
  try {
    const tokenRun = spawnSync(process.execPath, [path.join(root, 'dist/cli/bin.js'), 'serve', 'token', 'create', '--db', database.url, '--role', 'admin'], { encoding: 'utf8' });
    const token = tokenRun.stdout.trim();
    console.log(`memory: ${size.toLocaleString('en')} units; ${clients} concurrent clients on loopback; ${os.cpus().length} cores`);

    let t0 = performance.now();
    const entries = buildEntries(size);
    const chunk = Number(values['import-chunk']);
    const files: string[] = [];
    for (let start = 0; start < size; start += chunk) {
      const file = path.join(folder, `bench-${files.length + 1}.tmx`);
      writeTmx(file, entries.slice(start, start + chunk));
      files.push(file);
    }
    console.log(`generated and written as ${files.length} TMX files in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    t0 = performance.now();
    const first = await startServe(database.url);
    servers.push(first);
    console.log(`server start on an empty database: ${ms(performance.now() - t0)}`);
    await api(first.url, 'POST', '/v1/memories', token, { name: MEMORY });
    t0 = performance.now();
    for (const file of files) {
      const imported = await api(first.url, 'POST', `/v1/memories/${MEMORY}/import?file=${path.basename(file)}`, token, readFileSync(file, 'utf8'));
      if (imported.status !== 200) throw new Error(`import failed: ${imported.text}`);
    }
    const importSeconds = (performance.now() - t0) / 1000;
    console.log(`import: ${size.toLocaleString('en')} units in ${importSeconds.toFixed(1)} s = ${Math.round(size / importSeconds).toLocaleString('en')} units/s (HTTP, parse, one transaction a file, index update)`);

    // Restart: the time until the server answers again, its index built from the database.
    await first.stop();
    servers.length = 0;
    t0 = performance.now();
    const server = await startServe(database.url);
    servers.push(server);
    const restartMs = performance.now() - t0;
    const rss = rssMb(server.child.pid!);
    console.log(`restart with ${size.toLocaleString('en')} units: ${(restartMs / 1000).toFixed(1)} s to serve again; resident memory ${Math.round(rss)} MB`);

    const next = seededRandom(7);
    const queries = Array.from({ length: Number(values.queries) }, () => {
      const source = entries[Math.floor(next() * entries.length)].source;
      return next() < 0.2 ? source : edit(source, next);
    });
    const unitCounts = Int32Array.from(entries, (entry) => matchUnits(entry.source).length);
    const best: Array<number | undefined> = new Array(queries.length);
    const reads = await concurrently(queries, async (query, at) => {
      const response = await api(server.url, 'POST', `/v1/memories/${MEMORY}/lookup`, token, { query, minScore: MIN_SCORE, limit: 5 });
      best[at] = response.body.results[0].matches[0]?.score;
    });
    console.log(`lookups (${queries.length}, min score ${MIN_SCORE}, top 5): ${describeLatencies(reads)}`);
    const writeLatencies: number[] = [];
    let written = 0;
    const mixed = await concurrently(queries, async (query, at) => {
      if (at % 10 === 9) {
        const t = performance.now();
        const response = await api(server.url, 'PUT', `/v1/memories/${MEMORY}/units`, token, { source: `${query}（${written++}）`, target: `Confirmed ${at}.` });
        if (response.status !== 201) throw new Error(`write failed: ${response.text}`);
        writeLatencies.push(performance.now() - t);
      } else {
        await api(server.url, 'POST', `/v1/memories/${MEMORY}/lookup`, token, { query, minScore: MIN_SCORE, limit: 5 });
      }
    });
    writeLatencies.sort((a, b) => a - b);
    console.log(`mixed, 10 % writes: all requests ${describeLatencies(mixed)}; writes p50 ${ms(percentile(writeLatencies, 0.5))}, p99 ${ms(percentile(writeLatencies, 0.99))}`);

    // A second server process: the time from one's acknowledgement to the other's answer.
    t0 = performance.now();
    const other = await startServe(database.url);
    servers.push(other);
    console.log(`second server start with ${size.toLocaleString('en')} units: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const visible: number[] = [];
    for (let trial = 0; trial < 20; trial++) {
      const source = `跨实例可见性测试第${trial}号句子。`;
      await api(server.url, 'PUT', `/v1/memories/${MEMORY}/units`, token, { source, target: `Visibility ${trial}.` });
      const acknowledged = performance.now();
      for (;;) {
        const found = await api(other.url, 'POST', `/v1/memories/${MEMORY}/lookup`, token, { query: source, minScore: 100, limit: 1 });
        if (found.body.results[0].matches.length > 0) break;
      }
      visible.push(performance.now() - acknowledged);
    }
    visible.sort((a, b) => a - b);
    console.log(`cross-instance visibility (20 writes): median ${ms(percentile(visible, 0.5))}, max ${ms(visible[visible.length - 1])}`);

    const recallChecks = await peerRow(database.url, entries, queries, server.url, token);
    // Exhaustive scans last: they hold the event loop for long, which would break idle keep-alive connections.
    const sample = Math.min(queries.length, Number(values['recall-sample']));
    const { agreed, answerable } = recall(entries, unitCounts, queries.slice(0, sample), best);
    console.log(`recall@1 of tmkit serve on the lookups: ${(agreed / answerable).toFixed(4)} (${agreed}/${answerable} answerable of ${sample} queries checked by exhaustive scan)`);
    for (const { label, set, trgmBest, tmkitBest } of recallChecks) {
      const trgm = recall(entries, unitCounts, set.slice(0, 100), trgmBest);
      const tmkit = recall(entries, unitCounts, set.slice(0, 100), tmkitBest);
      console.log(`recall@1 on ${label} queries (first 100): pg_trgm ${(trgm.agreed / trgm.answerable).toFixed(3)}, tmkit serve ${(tmkit.agreed / tmkit.answerable).toFixed(3)} (${tmkit.answerable} answerable)`);
    }

    const perUnitKb = ((rss - 60) * 1024) / size;
    console.log(
      `10M units, extrapolated: ~${((perUnitKb * 1e7) / 1024 / 1024).toFixed(1)} GB resident per server (${perUnitKb.toFixed(2)} KB a unit over a 60 MB base), ` +
        `start-up ~${((restartMs / 1000) * 10).toFixed(0)} s (linear in units); import ~${((1e7 / (size / importSeconds)) / 60).toFixed(0)} min`,
    );
  } catch (error) {
    for (const server of servers) if (server.stderr()) console.error(`server ${server.url} (exit ${server.child.exitCode ?? server.child.signalCode ?? 'running'}):\n${server.stderr()}`);
    throw error;
  } finally {
    for (const server of servers) await server.stop();
    database.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** pg_trgm as a PostgreSQL TM does it, on the same table, next to tmkit on the same queries. */
async function peerRow(url: string, entries: readonly TmEntry[], queries: readonly string[], serverUrl: string, token: string): Promise<RecallCheck[]> {
  const checks: RecallCheck[] = [];
  const pool = new pg.Pool({ connectionString: url, max: clients, options: '-c pg_trgm.similarity_threshold=0.5 -c statement_timeout=60000' });
  try {
    await pool.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    const t0 = performance.now();
    await pool.query('CREATE INDEX tmkit_units_trgm ON tmkit_units USING gin (source gin_trgm_ops)');
    console.log(`pg_trgm GIN index built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const count = Number(values['trgm-queries']);
    const next = seededRandom(11);
    const short = Array.from({ length: count }, () => {
      const chars = [...entries[Math.floor(next() * entries.length)].source];
      const length = 6 + Math.floor(next() * 8);
      const start = Math.floor(next() * Math.max(1, chars.length - length));
      return chars.slice(start, start + length).join('');
    });
    const long = queries.filter((query) => [...query].length >= 15).slice(0, count);
    const { rows } = await pool.query('SELECT id FROM tmkit_memories WHERE name = $1', [MEMORY]);
    const memoryId = rows[0].id;
    for (const [label, set] of [
      ['short (< 15 chars)', short],
      ['long (≥ 15 chars)', long],
    ] as const) {
      let found = 0;
      let timedOut = 0;
      const trgmBest: Array<number | undefined> = new Array(set.length);
      const trgm = await concurrently(set, async (query, at) => {
        try {
          const result = await pool.query('SELECT source FROM tmkit_units WHERE memory_id = $1 AND source % $2 ORDER BY similarity(source, $2) DESC LIMIT 5', [memoryId, query]);
          if (result.rows.length > 0) found++;
          trgmBest[at] = result.rows.length > 0 ? Math.max(...result.rows.map((row) => matchScore(query, row.source))) : undefined;
        } catch {
          timedOut++;
        }
      });
      const tmkitBest: Array<number | undefined> = new Array(set.length);
      const tmkit = await concurrently(set, async (query, at) => {
        const response = await api(serverUrl, 'POST', `/v1/memories/${MEMORY}/lookup`, token, { query, minScore: MIN_SCORE, limit: 5 });
        tmkitBest[at] = response.body.results[0].matches[0]?.score;
      });
      console.log(`${label}, ${set.length} queries: pg_trgm ${describeLatencies(trgm)}, answered ${found}, timed out (60 s) ${timedOut}`);
      console.log(`${' '.repeat(label.length)}  tmkit serve ${describeLatencies(tmkit)}`);
      checks.push({ label, set, trgmBest, tmkitBest });
    }
  } finally {
    await pool.end();
  }
  return checks;
}

interface RecallCheck {
  label: string;
  set: readonly string[];
  trgmBest: Array<number | undefined>;
  tmkitBest: Array<number | undefined>;
}

/** How many answers' best score is the exhaustive scan's, among the queries that have a match. */
function recall(entries: readonly TmEntry[], unitCounts: Int32Array, queries: readonly string[], best: ReadonlyArray<number | undefined>): { agreed: number; answerable: number } {
  let agreed = 0;
  let answerable = 0;
  queries.forEach((query, at) => {
    const exhaustive = exhaustiveBest(entries, unitCounts, query);
    if (exhaustive === undefined) return;
    answerable++;
    if (best[at] === exhaustive) agreed++;
  });
  return { agreed, answerable };
}

await main();
