/**
 * Keeps the findings of a review up to date: each version of the memory is sent to the check
 * thread, one check at a time; versions edited over while a check ran are skipped, not queued.
 */
import { Worker } from 'node:worker_threads';
import type { Locale } from '../i18n/i18n.js';
import type { Finding, Memory } from '../types.js';

export interface CheckerSetup {
  file: string;
  terms?: string;
  config?: string;
  cwd: string;
  locale: Locale;
}

export interface CheckRequest {
  version: number;
  memory: Memory;
  /** The termbase file changed: load it again first. */
  reloadTerms?: boolean;
}

export type CheckResult = { version: number; findings: Finding[] } | { version: number; error: string };

export class Checker {
  private readonly worker: Worker;
  private wanted: CheckRequest | undefined;
  private running = false;
  private done: CheckResult | undefined;
  private waiting: Array<() => void> = [];

  constructor(setup: CheckerSetup) {
    this.worker = new Worker(new URL('./check-worker.js', import.meta.url), { workerData: setup });
    this.worker.on('message', (result: CheckResult) => this.finished(result));
    this.worker.on('error', (error) => this.finished({ version: this.wanted?.version ?? -1, error: error.message }));
    this.worker.unref();
  }

  /** Asks for the findings of this version of the memory. */
  check(version: number, memory: Memory, reloadTerms = false): void {
    this.wanted = { version, memory, reloadTerms: reloadTerms || this.wanted?.reloadTerms === true };
    this.next();
  }

  /** The latest findings to hand, and whether they are those of `version`. */
  latest(version: number): { result?: CheckResult; current: boolean } {
    return { result: this.done, current: this.done?.version === version };
  }

  /** Resolves once the findings of `version` (or a later one) are in. */
  async until(version: number): Promise<CheckResult | undefined> {
    while (this.done === undefined || this.done.version < version) {
      if (!this.running && this.wanted === undefined) break;
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    return this.done;
  }

  stop(): Promise<number> {
    return this.worker.terminate();
  }

  private next(): void {
    if (this.running || this.wanted === undefined) return;
    this.running = true;
    this.worker.postMessage(this.wanted);
    this.wanted = undefined;
  }

  private finished(result: CheckResult): void {
    this.running = false;
    this.done = result;
    for (const resolve of this.waiting.splice(0)) resolve();
    this.next();
  }
}
