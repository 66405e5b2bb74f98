/**
 * A mutation fuzzer for tmkit's readers and writers. Seeds are the test fixtures and the sample
 * memory and termbase; each call mutates one seed (bytes, structure, size, encoding) and runs a
 * reading command on it through the built CLI, in a worker that is replaced when a call hangs.
 * A call fails when it prints "internal error", exits with another code than 0, 1 or 2, fails
 * without exactly one short, printable line on stderr, or hangs; a memory it converted must read
 * back. Everything is drawn from one seeded generator: the same seed gives the same calls.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { seededRandom } from './seeded-random.js';

export const ROOT = path.resolve(import.meta.dirname, '..');
const SEED_FOLDERS = ['tests/fixtures/tm', 'tests/formats/fixtures', 'memory'];
const MEMORY_EXTENSIONS = new Set(['.xlf', '.xliff', '.tmx', '.sdlxliff', '.mqxliff']);
const TERMBASE_EXTENSIONS = new Set(['.tbx', '.csv']);
/** A call taking longer is a hang: far beyond the 5 s any input may take, so a busy machine does not make it fail. */
const HANG_MS = 60_000;
const SLOW_MS = 5_000;

export interface FuzzOptions {
  seed: number;
  /** Stop after this many calls… */
  calls?: number;
  /** …or after this many milliseconds. */
  milliseconds?: number;
  /** Called after each call, for progress. */
  onCall?: (count: number) => void;
}

export interface FuzzFailure {
  kind: string;
  mutation: string;
  args: string[];
  detail: string;
  reproducer: string;
}

export interface FuzzResult {
  calls: number;
  slow: number;
  /** The slowest calls, slowest first. */
  slowest: Array<{ milliseconds: number; mutation: string; args: string[] }>;
  failures: FuzzFailure[];
  mutations: Record<string, number>;
  folder: string;
}

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

interface Seed {
  name: string;
  extension: string;
  text: string;
}

export function seeds(): Seed[] {
  const found: Seed[] = [];
  for (const folder of SEED_FOLDERS) {
    for (const name of readdirSync(path.join(ROOT, folder)).sort()) {
      const extension = path.extname(name).toLowerCase();
      if (!MEMORY_EXTENSIONS.has(extension) && !TERMBASE_EXTENSIONS.has(extension)) continue;
      found.push({ name, extension, text: readFileSync(path.join(ROOT, folder, name), 'utf8') });
    }
  }
  found.push({ name: 'terms.csv', extension: '.csv', text: 'zh,en,status,kind,note\n朝鲜,DPRK,preferred,name,\n朝鲜,North Korea,deprecated,name,"house style"\n金正恩,Kim Jong Un,preferred,name,\n' });
  return found;
}

const CONTROL = ['\u0000', '\u0001', '\u001b[31m', '\u000c', '\u001e', '\u2028', '\u202e', '\ufeff', '\uffff', '\ud800', '&#1;', '&#0;', '&#x1B;'];
const ELEMENT = /<([A-Za-z][\w:.-]*)((?:\s[^<>]*?)?)(\/?)>/g;

function elements(text: string): Array<{ start: number; end: number; name: string; attrs: string; empty: boolean }> {
  return [...text.matchAll(ELEMENT)].map((match) => ({ start: match.index!, end: match.index! + match[0].length, name: match[1], attrs: match[2], empty: match[3] === '/' }));
}

/** Each mutation returns the new bytes, or undefined when it does not apply to this seed. */
const MUTATIONS: Record<string, (text: string, random: Random) => string | Uint8Array | undefined> = {
  byteFlip(text, random) {
    const bytes = Buffer.from(text);
    for (let n = between(random, 1, 8); n > 0; n--) bytes[Math.floor(random() * bytes.length)] ^= 1 << between(random, 0, 7);
    return bytes;
  },
  truncate: (text, random) => Buffer.from(text).subarray(0, Math.floor(random() * Buffer.byteLength(text))),
  duplicateSpan(text, random) {
    const start = Math.floor(random() * text.length);
    const end = Math.min(text.length, start + between(random, 1, 400));
    return text.slice(0, end) + text.slice(start, end).repeat(between(random, 1, 50)) + text.slice(end);
  },
  deepNesting(text, random) {
    const candidates = elements(text).filter((element) => !element.empty);
    if (candidates.length === 0) return undefined;
    const element = pick(random, candidates);
    const depth = pick(random, [100, 300, 10_000]);
    const tag = pick(random, [element.name, 'pc', 'g', 'hi', 'x', 'sub', 'bpt']);
    return text.slice(0, element.end) + `<${tag}>`.repeat(depth) + 'x' + `</${tag}>`.repeat(depth) + text.slice(element.end);
  },
  hugeCount(text, random) {
    const at = text.search(/<(source|target|seg|term)\b[^>]*>/);
    if (at === -1) return undefined;
    const end = text.indexOf('>', at) + 1;
    const code = pick(random, ['<x id="1"/>', '<ph id="1"/>', '<ph x="1">p</ph>', '<it pos="begin">i</it>', 'word ']);
    return text.slice(0, end) + code.repeat(pick(random, [1_000, 50_000, 200_000])) + text.slice(end);
  },
  hugeValue(text, random) {
    const attributes = [...text.matchAll(/\s([\w:-]+)="([^"]*)"/g)];
    const size = pick(random, [10_000, 1_000_000]);
    const value = pick(random, ['a', 'a b ', '中', '9']).repeat(size);
    if (attributes.length === 0 || random() < 0.3) {
      const at = text.search(/<(source|target|seg|term)\b[^>]*>/);
      if (at === -1) return text.replace(/\n([^,\n]*),/, `\n$1${value},`);
      const end = text.indexOf('>', at) + 1;
      return text.slice(0, end) + value + text.slice(end);
    }
    const attribute = pick(random, attributes);
    const start = attribute.index! + attribute[0].indexOf('"') + 1;
    return text.slice(0, start) + value + text.slice(start + attribute[2].length);
  },
  hugeName(text, random) {
    const candidates = elements(text);
    if (candidates.length === 0) return undefined;
    const element = pick(random, candidates);
    return `${text.slice(0, element.start + 1)}${element.name}${'n'.repeat(pick(random, [1_000, 1_000_000]))}${text.slice(element.start + 1 + element.name.length)}`;
  },
  controlCharacter(text, random) {
    const at = Math.floor(random() * text.length);
    return text.slice(0, at) + pick(random, CONTROL) + text.slice(at);
  },
  oddEncoding(text, random) {
    const choice = between(random, 0, 3);
    if (choice === 0) return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/encoding="[^"]*"/, 'encoding="UTF-16"'), 'utf16le')]);
    if (choice === 1) return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    if (choice === 2) return text.replace(/encoding="[^"]*"/, `encoding="${pick(random, ['UTF 8', 'latin1', 'UTF-32', '', 'x'.repeat(300)])}"`);
    return Buffer.from(text, 'latin1');
  },
  removeAttribute(text, random) {
    const attributes = [...text.matchAll(/\s(id|srcLang|trgLang|source-language|target-language|xml:lang|srclang|version|tuid|startRef|original|datatype|i|x)="[^"]*"/g)];
    if (attributes.length === 0) return undefined;
    const attribute = pick(random, attributes);
    return text.slice(0, attribute.index!) + text.slice(attribute.index! + attribute[0].length);
  },
  duplicateIds(text, random) {
    const ids = [...text.matchAll(/\s(id|tuid|startRef|i|x)="([^"]*)"/g)];
    if (ids.length < 2) return undefined;
    const from = pick(random, ids);
    const to = pick(random, ids);
    const start = to.index! + to[0].indexOf('"') + 1;
    return text.slice(0, start) + from[2] + text.slice(start + to[2].length);
  },
  nestedUnits(text, random) {
    const unit = /<(unit|trans-unit|tu|conceptEntry)\b[\s\S]*?<\/\1>/g;
    const units = [...text.matchAll(unit)];
    if (units.length === 0) return undefined;
    const outer = pick(random, units);
    const inner = pick(random, units)[0];
    const at = outer.index! + outer[0].indexOf('>') + 1;
    return text.slice(0, at) + inner + text.slice(at);
  },
  targetOnly(text, random) {
    const sources = [...text.matchAll(/<(source|seg)\b[^>]*>[\s\S]*?<\/\1>/g)];
    if (sources.length === 0) return undefined;
    const source = pick(random, sources);
    return text.slice(0, source.index!) + text.slice(source.index! + source[0].length);
  },
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);

/** The commands run on a mutated file, with `out` naming a scratch output. */
function commandsFor(seed: Seed, file: string, scratch: string): string[][] {
  if (TERMBASE_EXTENSIONS.has(seed.extension)) {
    return [['check', path.join(ROOT, 'memory/xi-kim-talks.xlf'), '--terms', file]];
  }
  return [
    ['lookup', '--tm', file, '金正恩同志表示感谢。'],
    ['concordance', '--tm', file, '朝'],
    ['check', file],
    ['tm', 'stats', '--tm', file],
    ['validate', file],
    ['tm', 'convert', file, '--out', path.join(scratch, 'out.tmx')],
    ['tm', 'convert', file, '--out', path.join(scratch, 'out.xlf')],
    ['tm', 'convert', file, '--to', 'xliff12', '--out', path.join(scratch, 'out12.xlf')],
    ['leverage', file, '--tm', path.join(ROOT, 'tests/fixtures/tm/memory.tmx'), '--out', path.join(scratch, 'leveraged.xlf')],
  ];
}

interface CallResult {
  status: number;
  stderr: string;
  milliseconds: number;
}

/** Runs CLI calls in a worker thread, replacing the worker when a call hangs. */
class CliRunner {
  private worker: Worker | undefined;

  async run(args: string[], cwd: string): Promise<CallResult | 'hang'> {
    this.worker ??= new Worker(WORKER_SOURCE, { eval: true, workerData: { cli: pathToFileURL(path.join(ROOT, 'dist/cli/cli.js')).href }, stdout: true, stderr: true });
    const worker = this.worker;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        worker.removeAllListeners('message');
        void worker.terminate();
        this.worker = undefined;
        resolve('hang');
      }, HANG_MS);
      worker.once('message', (result: CallResult) => {
        clearTimeout(timer);
        resolve(result);
      });
      worker.postMessage({ args, cwd });
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
  }
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const cli = import(workerData.cli);
parentPort.on('message', async ({ args, cwd }) => {
  const { execute } = await cli;
  let stderr = '';
  const io = { stdout: () => undefined, stderr: (text) => { stderr += text; }, readStdin: async () => Buffer.alloc(0), env: { LANG: 'en_US.UTF-8', NO_COLOR: '1' }, cwd, stdoutIsTTY: false, stderrIsTTY: false };
  const start = performance.now();
  let status;
  try {
    status = await execute(args, io);
  } catch (error) {
    status = -1;
    stderr += 'thrown: ' + (error && error.message);
  }
  parentPort.postMessage({ status, stderr: stderr.slice(0, 100000), milliseconds: performance.now() - start });
});
`;

/** What is wrong with a call's outcome, or undefined. */
function judge(result: CallResult | 'hang'): { kind: string; detail: string } | undefined {
  if (result === 'hang') return { kind: 'hang', detail: `no answer in ${HANG_MS / 1000} s` };
  const lines = result.stderr.split('\n').filter((line) => line !== '');
  if (result.stderr.includes('internal error')) return { kind: 'internal error', detail: lines.find((line) => line.includes('internal error'))!.slice(0, 300) };
  if (![0, 1, 2].includes(result.status)) return { kind: 'exit code', detail: `exit ${result.status}: ${result.stderr.slice(0, 300)}` };
  const errors = lines.filter((line) => !/^tmkit: (the stored index|\d+ units? had)/.test(line));
  if (result.status === 2 && errors.length !== 1) return { kind: 'not one line', detail: `${errors.length} lines: ${result.stderr.slice(0, 300)}` };
  // eslint-disable-next-line no-control-regex
  if (lines.some((line) => /[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029\u202e]/.test(line))) return { kind: 'control character', detail: JSON.stringify(result.stderr.slice(0, 300)) };
  if (lines.some((line) => line.length > 1000)) return { kind: 'long message', detail: `${Math.max(...lines.map((line) => line.length))} characters` };
  return undefined;
}

export async function fuzz(options: FuzzOptions): Promise<FuzzResult> {
  const random = seededRandom(options.seed);
  const folder = mkdtempSync(path.join(tmpdir(), 'tmkit-fuzz-'));
  const scratch = path.join(folder, 'scratch');
  const reproducers = path.join(folder, 'reproducers');
  mkdirSync(scratch);
  mkdirSync(reproducers);
  const all = seeds();
  const runner = new CliRunner();
  const result: FuzzResult = { calls: 0, slow: 0, slowest: [], failures: [], mutations: {}, folder };
  const deadline = options.milliseconds === undefined ? Infinity : Date.now() + options.milliseconds;
  const done = () => result.calls >= (options.calls ?? Infinity) || Date.now() >= deadline;
  try {
    while (!done()) {
      const seed = pick(random, all);
      const mutation = pick(random, MUTATION_NAMES);
      const mutated = MUTATIONS[mutation](seed.text, random);
      if (mutated === undefined) continue;
      result.mutations[mutation] = (result.mutations[mutation] ?? 0) + 1;
      const file = path.join(scratch, `input${seed.extension}`);
      rmSync(scratch, { recursive: true, force: true });
      mkdirSync(scratch);
      writeFileSync(file, mutated);
      const commands = commandsFor(seed, file, scratch);
      const args = pick(random, commands);
      const outcomes: Array<[string[], CallResult | 'hang']> = [[args, await runner.run(args, scratch)]];
      const [, first] = outcomes[0];
      // What tmkit wrote, tmkit reads back.
      const out = args[0] === 'leverage' || args[1] === 'convert' ? args[args.indexOf('--out') + 1] : undefined;
      if (out && first !== 'hang' && first.status === 0) {
        const readBack = ['tm', 'stats', '--tm', out];
        const back = await runner.run(readBack, scratch);
        outcomes.push([readBack, back]);
      }
      for (const [callArgs, outcome] of outcomes) {
        result.calls++;
        if (outcome !== 'hang') {
          if (outcome.milliseconds > SLOW_MS) result.slow++;
          result.slowest.push({ milliseconds: Math.round(outcome.milliseconds), mutation: `${mutation} of ${seed.name}`, args: callArgs.map((arg) => path.basename(arg)) });
          result.slowest = result.slowest.sort((a, b) => b.milliseconds - a.milliseconds).slice(0, 5);
        }
        const readingBack = callArgs !== args;
        const problem = readingBack && outcome !== 'hang' && outcome.status !== 0 ? { kind: 'written file does not read back', detail: outcome.stderr.slice(0, 300) } : judge(outcome);
        if (!problem) continue;
        const reproducer = path.join(reproducers, `${result.failures.length + 1}-${problem.kind.replace(/\W+/g, '-')}${seed.extension}`);
        writeFileSync(reproducer, mutated);
        result.failures.push({ ...problem, mutation: `${mutation} of ${seed.name}`, args: callArgs.map((arg) => (arg === file ? reproducer : arg)), reproducer });
      }
      options.onCall?.(result.calls);
    }
  } finally {
    await runner.close();
    rmSync(result.failures.length > 0 ? scratch : folder, { recursive: true, force: true });
  }
  return result;
}
