/** The second thread of `tmkit check` (see check-thread.ts): reads the files, runs its rules, sends back what it found. */
import { parentPort, workerData } from 'node:worker_threads';
import { createTranslator } from '../i18n/i18n.js';
import { checkWith } from './check-files.js';
import { SECOND_THREAD_RULES, type ThreadInput, type ThreadMessage } from './check-thread.js';
import type { CliIo } from './command.js';

/** A thread never prints: what it finds goes back to the main thread. */
function silentIo(cwd: string): CliIo {
  return { stdout: () => undefined, stderr: () => undefined, readStdin: async () => Buffer.alloc(0), env: {}, cwd, stdoutIsTTY: false, stderrIsTTY: false };
}

async function runThread(input: ThreadInput): Promise<ThreadMessage> {
  try {
    const context = { io: silentIo(input.cwd), t: createTranslator(input.locale), locale: input.locale, color: false };
    const { findings, rules } = await checkWith(input.options, context, (id) => SECOND_THREAD_RULES.has(id));
    return { report: { findings, rules } };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

parentPort?.postMessage(await runThread(workerData as ThreadInput));
