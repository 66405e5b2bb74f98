/**
 * `npm run fuzz -- [--minutes N] [--calls N] [--seed N]`: mutation fuzzing of every reading
 * command and of write-then-read-back (see fuzz-engine.ts). Prints calls, failures by class and
 * the reproducer files; exits 1 when anything failed. One seed gives the same calls every time.
 */
import { parseArgs } from 'node:util';
import { fuzz } from './fuzz-engine.js';

const { values } = parseArgs({ options: { minutes: { type: 'string' }, calls: { type: 'string' }, seed: { type: 'string' } } });
const minutes = values.minutes === undefined ? (values.calls === undefined ? 1 : undefined) : Number(values.minutes);
const calls = values.calls === undefined ? undefined : Number(values.calls);
const seed = Number(values.seed ?? 17);
if ([minutes, calls, seed].some((value) => value !== undefined && !(Number.isFinite(value) && value >= 0))) {
  console.error('usage: npm run fuzz -- [--minutes N] [--calls N] [--seed N]');
  process.exit(2);
}

const started = Date.now();
let reported = 0;
const result = await fuzz({
  seed,
  calls,
  milliseconds: minutes === undefined ? undefined : minutes * 60_000,
  onCall: (count) => {
    if (count - reported >= 500) {
      reported = count;
      console.log(`… ${count} calls`);
    }
  },
});
const seconds = (Date.now() - started) / 1000;
const byKind = new Map<string, number>();
for (const failure of result.failures) byKind.set(failure.kind, (byKind.get(failure.kind) ?? 0) + 1);
console.log(`seed ${seed}: ${result.calls} calls in ${seconds.toFixed(0)} s, ${result.failures.length} failures, ${result.slow} calls over 5 s`);
console.log(`mutations: ${Object.entries(result.mutations).map(([name, count]) => `${name} ${count}`).join(', ')}`);
for (const [kind, count] of byKind) console.log(`  ${kind}: ${count}`);
console.log(`slowest: ${result.slowest.map((call) => `${call.milliseconds} ms (${call.mutation}: ${call.args.join(' ')})`).join('; ')}`);
for (const failure of result.failures.slice(0, 50)) {
  console.log(`- ${failure.kind} (${failure.mutation}): tmkit ${failure.args.join(' ')}\n    ${failure.detail.split('\n')[0]}`);
}
if (result.failures.length > 0) console.log(`reproducers in ${result.folder}/reproducers`);
process.exit(result.failures.length > 0 ? 1 : 0);
