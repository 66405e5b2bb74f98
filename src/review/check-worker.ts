/**
 * The checker of `tmkit review`, on a thread of its own: checking a large memory takes seconds,
 * during which the page must still be answered. It loads the config, termbase and word lists
 * once (again when told the termbase changed) and checks each memory it is sent.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkMemories, type CheckOptions } from '../check/engine.js';
import { checkOptionsFor } from '../cli/check-files.js';
import { silentIo } from '../cli/node-io.js';
import { createTranslator } from '../i18n/i18n.js';
import type { CheckRequest, CheckResult, CheckerSetup } from './checker.js';

const setup = workerData as CheckerSetup;
const context = { io: silentIo(setup.cwd), t: createTranslator(setup.locale) };
const load = () => checkOptionsFor({ config: setup.config, terms: setup.terms === undefined ? [] : [setup.terms] }, context);
let options: Promise<CheckOptions> = load();

parentPort?.on('message', async (request: CheckRequest) => {
  let result: CheckResult;
  try {
    if (request.reloadTerms) options = load();
    const report = checkMemories([{ file: setup.file, memory: request.memory }], await options);
    result = { version: request.version, findings: report.findings };
  } catch (error) {
    result = { version: request.version, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(result);
});
