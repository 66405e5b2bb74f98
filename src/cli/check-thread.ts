/**
 * `tmkit check` on two threads. Rules are independent, so on a large input a worker thread reads
 * the same files and runs a share of them while the main thread runs the rest: the dictionary
 * search for drift, about half of the work and the only rule that needs the Chinese dictionary,
 * which the main thread then never loads.
 */
import { Worker } from 'node:worker_threads';
import type { CheckReport } from '../check/report.js';
import type { Locale } from '../i18n/i18n.js';
import type { RunCheckOptions } from './check-options.js';

export const SECOND_THREAD_RULES: ReadonlySet<string> = new Set(['term-drift']);

/** Below this, starting a thread and reading the files twice costs more than it saves. */
export const SECOND_THREAD_MIN_BYTES = 4_000_000;

export interface ThreadInput {
  options: RunCheckOptions;
  cwd: string;
  locale: Locale;
}

export type ThreadReport = Pick<CheckReport, 'findings' | 'rules'>;

export type ThreadMessage = { report: ThreadReport } | { error: string };

export interface SecondThread {
  report: Promise<ThreadReport>;
  stop(): Promise<void>;
}

export function checkOnSecondThread(options: RunCheckOptions, cwd: string, locale: Locale): SecondThread {
  const input: ThreadInput = { options, cwd, locale };
  const worker = new Worker(new URL('./check-worker.js', import.meta.url), { workerData: input });
  const report = new Promise<ThreadReport>((resolve, reject) => {
    worker.once('message', (message: ThreadMessage) => ('report' in message ? resolve(message.report) : reject(new Error(message.error))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the second check thread stopped (exit ${code})`)));
  });
  // Whoever awaits it sees a failure; a thread stopped early must not be an unhandled rejection.
  report.catch(() => undefined);
  return { report, stop: async () => void (await worker.terminate()) };
}
