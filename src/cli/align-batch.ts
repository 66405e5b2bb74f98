/**
 * `tmkit align --batch`: many document pairs aligned in one process, on a thread per core, each
 * thread loading the lexicon once. A pair that fails is reported on one line and skipped; the
 * others are still written.
 */
import { promises as fs } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { InputError } from '../errors.js';
import { tmxFormat } from '../formats/index.js';
import { addDocument } from '../tm/index.js';
import type { Memory, MemoryFile } from '../types.js';
import { type BatchPair, readBatchList } from './align-batch-list.js';
import type { BatchJob, BatchReply, BatchSetup } from './align-batch-worker.js';
import { anchorTerms, type PairSettings } from './align-pair.js';
import type { CommandContext } from './command.js';
import { resolvePath } from './files.js';
import { memoryDestination, type MemoryDestination } from './memory-output.js';
import { writeMemoryFile } from './memory-files.js';
import { refuseOverwritingInputs } from './output-guard.js';
import { ProgressBar } from './progress.js';

export interface BatchOptions {
  list: string;
  /** The folder of target texts when `list` is the folder of source texts. */
  targetFolder?: string;
  /** One memory (or bead file) per pair in this folder… */
  outDir?: string;
  /** …or every pair in this one memory, a file per pair. */
  out?: string;
  format?: string;
  overwrite: boolean;
  termsFile?: string;
  settings: PairSettings;
}

const EXTENSIONS: Readonly<Record<string, string>> = { xliff: 'xlf', xliff12: 'xlf', tmx: 'tmx', jsonl: 'jsonl' };

/** Aligns every pair; 0 when all were written, 1 when some could not be. */
export async function alignBatch(context: CommandContext, options: BatchOptions): Promise<number> {
  const { io, t } = context;
  const started = performance.now();
  const { settings } = options;
  await refuseOverwritingInputs(context, [options.out, options.outDir], [options.list, options.targetFolder, options.termsFile]);
  const { pairs, problems } = await readBatchList(context, options.list, options.targetFolder, { source: settings.sourceLang, target: settings.targetLang });
  if (pairs.length === 0 && problems.length === 0) throw new InputError(t('align:batch.empty'), { file: options.list });
  const destination =
    options.out === undefined
      ? undefined
      : await memoryDestination(context, options.out, { option: 'format', named: options.format, overwrite: options.overwrite, srcLang: settings.sourceLang, trgLang: settings.targetLang });
  const setup: BatchSetup = {
    cwd: io.cwd,
    locale: context.locale,
    terms: await anchorTerms(context, options.termsFile),
    settings,
    output: options.outDir === undefined ? undefined : { dir: options.outDir, extension: EXTENSIONS[options.format ?? 'xliff'], format: options.format, overwrite: options.overwrite },
  };
  const progress = new ProgressBar(io, pairs.length, t('align:batch.progress'));
  const failures = [...problems];
  for (const problem of problems) progress.line(`tmkit: ${problem}\n`, 0);
  const documents = new Array<MemoryFile | undefined>(pairs.length);
  let done = 0;
  let units = 0;
  await runOnThreads(setup, pairs, await largestFirst(context, pairs), (reply) => {
    if ('log' in reply) return progress.line(reply.log, done);
    done++;
    if ('error' in reply) {
      failures.push(reply.error);
      progress.line(`tmkit: ${reply.error}\n`, done);
    } else {
      units += reply.units;
      documents[reply.index] = reply.document;
      progress.update(done);
    }
  });
  progress.clear();
  const aligned = pairs.length - (failures.length - problems.length);
  if (destination !== undefined && aligned > 0) await writeCombined(context, destination, settings, documents);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const written = { aligned, total: pairs.length + problems.length, units, place: destination?.file ?? options.outDir, seconds, failed: failures.length };
  io.stdout(`${t(failures.length === 0 ? 'align:batch.summary' : 'align:batch.summaryFailed', written)}\n`);
  return failures.length === 0 ? 0 : 1;
}

/** Pair indices, the largest texts first, so that no thread is left with a long one at the end. */
async function largestFirst({ io }: CommandContext, pairs: readonly BatchPair[]): Promise<number[]> {
  const size = (file: string) => fs.stat(resolvePath(io, file)).then((stats) => stats.size, () => 0);
  const sizes = await Promise.all(pairs.map(async (pair) => (await size(pair.source)) + (await size(pair.target))));
  return pairs.map((_, index) => index).sort((a, b) => sizes[b] - sizes[a] || a - b);
}

/**
 * Sends the pairs, in `order`, to as many threads as there are cores, each taking the next pair
 * when done with one. A thread that dies fails its pair, and another takes its place.
 */
function runOnThreads(setup: BatchSetup, pairs: readonly BatchPair[], order: readonly number[], onReply: (reply: BatchReply) => void): Promise<void> {
  return new Promise((resolve) => {
    let next = 0;
    let running = 0;
    const start = () => {
      const worker = new Worker(new URL('./align-batch-worker.js', import.meta.url), { workerData: setup });
      running++;
      let current: number | undefined;
      const feed = () => {
        current = next < order.length ? order[next++] : undefined;
        if (current === undefined) void worker.terminate();
        else worker.postMessage({ index: current, pair: pairs[current] } satisfies BatchJob);
      };
      worker.on('message', (reply: BatchReply) => {
        onReply(reply);
        if (!('log' in reply)) feed();
      });
      worker.on('error', (error) => {
        if (current !== undefined) onReply({ index: current, error: `${pairs[current].source}: ${error.message}` });
        current = undefined;
      });
      worker.on('exit', () => {
        running--;
        if (current !== undefined) onReply({ index: current, error: `${pairs[current].source}: the thread aligning it stopped` });
        if (next < order.length) start();
        else if (running === 0) resolve();
      });
      feed();
    };
    for (let k = 0; k < Math.min(availableParallelism(), order.length); k++) start();
  });
}

/** Every aligned pair, in the list's order, added to the memory as its own file, written once. */
async function writeCombined(context: CommandContext, destination: MemoryDestination, settings: PairSettings, documents: ReadonlyArray<MemoryFile | undefined>): Promise<void> {
  // A new TMX memory keeps the unit ids of its documents apart, as TMX has no files to hold them.
  let memory: Memory = destination.existing ?? { format: destination.format === tmxFormat ? 'tmx' : 'xliff2', version: '2.1', srcLang: settings.sourceLang, trgLang: settings.targetLang, files: [] };
  for (const document of documents) if (document !== undefined) memory = addDocument(memory, document).memory;
  await writeMemoryFile(context, destination.file, destination.format, memory);
}
