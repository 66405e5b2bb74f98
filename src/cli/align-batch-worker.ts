/**
 * A thread of `tmkit align --batch` (see align-batch.ts): loads the lexicon once, then aligns the
 * pairs it is sent one at a time, writing each pair's memory itself, or sending its document
 * back when all go into one memory.
 */
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { createTranslator, type Locale } from '../i18n/i18n.js';
import { allUnits } from '../tm/index.js';
import type { MemoryFile } from '../types.js';
import type { BatchPair } from './align-batch-list.js';
import { alignFiles, beadLines, pairLexicon, pairMemory, type PairSettings } from './align-pair.js';
import type { CliIo, CommandContext } from './command.js';
import { describeError } from './error-line.js';
import { writeFileAtomic } from './files.js';
import { memoryDestination, writeAlignedMemory } from './memory-output.js';
import { refuseOverwritingInputs } from './output-guard.js';

export interface BatchSetup {
  cwd: string;
  locale: Locale;
  terms: Array<[string, string]>;
  settings: PairSettings;
  /** Each pair's own file in `dir`; undefined when every pair goes into one memory. */
  output?: { dir: string; extension: string; format?: string; overwrite: boolean };
}

export interface BatchJob {
  index: number;
  pair: BatchPair;
}

export type BatchReply = { index: number; units: number; document?: MemoryFile } | { index: number; error: string } | { log: string };

const setup = workerData as BatchSetup;
const port = parentPort!;
/** A thread prints nothing itself: warnings go to the main thread, which prints them in turn. */
const io: CliIo = {
  stdout: () => undefined,
  stderr: (text) => port.postMessage({ log: text } satisfies BatchReply),
  readStdin: async () => Buffer.alloc(0),
  env: {},
  cwd: setup.cwd,
  stdoutIsTTY: false,
  stderrIsTTY: false,
};
const context: CommandContext = { io, t: createTranslator(setup.locale), locale: setup.locale, color: false };
const lexicon = pairLexicon(setup.terms);

async function alignPair({ index, pair }: BatchJob): Promise<BatchReply> {
  const { settings, output } = setup;
  try {
    if (output === undefined) {
      const alignment = await alignFiles(context, pair.source, pair.target, await lexicon, settings);
      const [document] = pairMemory(alignment, settings, pair.source, pair.target, pair.name).files;
      return { index, units: document.items.length, document };
    }
    const out = path.join(output.dir, `${pair.name}.${output.extension}`);
    await refuseOverwritingInputs(context, [out], [pair.source, pair.target]);
    if (output.extension === 'jsonl') {
      const alignment = await alignFiles(context, pair.source, pair.target, await lexicon, settings);
      await writeFileAtomic(io, out, beadLines(alignment));
      return { index, units: alignment.beads.length };
    }
    const destination = await memoryDestination(context, out, { option: 'format', named: output.format, overwrite: output.overwrite, srcLang: settings.sourceLang, trgLang: settings.targetLang });
    const alignment = await alignFiles(context, pair.source, pair.target, await lexicon, settings);
    const memory = pairMemory(alignment, settings, pair.source, pair.target, pair.name);
    await writeAlignedMemory(context, destination, memory);
    return { index, units: allUnits(memory).length };
  } catch (error) {
    return { index, error: describeError(error, context.t) };
  }
}

port.on('message', (job: BatchJob) => {
  void alignPair(job).then((reply) => port.postMessage(reply));
});
