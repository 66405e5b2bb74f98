/**
 * `tmkit review` on a 10,000-unit memory (the sample's units repeated, each with its own id):
 * time until the server answers, time until the page shows its rows, one edit's round trip,
 * the server's and the page's memory, and how many rows are in the DOM.
 *
 *   npm run build && npm run bench:review [-- --units 10000]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { readMemory, xliff2Format } from '../src/formats/index.js';
import { allUnits } from '../src/model/memory.js';
import type { Unit } from '../src/types.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { units: { type: 'string', default: '10000' }, chromium: { type: 'string', default: '/usr/bin/chromium' } } });
const count = Number(values.units);

const sample = readMemory(readFileSync(path.join(ROOT, 'memory/xi-kim-talks.xlf'), 'utf8'), 'sample.xlf');
const sampleUnits = allUnits(sample).map(({ unit }) => unit);
const units: Unit[] = Array.from({ length: count }, (_, index) => ({ ...sampleUnits[index % sampleUnits.length], id: `u${index + 1}` }));
const folder = mkdtempSync(path.join(tmpdir(), 'tmkit-bench-review-'));
const file = path.join(folder, 'large.xlf');
writeFileSync(file, xliff2Format.serialize({ ...sample, files: [{ ...sample.files[0], items: units }] }));

const started = performance.now();
const server = spawn(process.execPath, [path.join(ROOT, 'dist/cli/bin.js'), 'review', file, '--terms', path.join(ROOT, 'memory/terms.tbx')], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise<string>((resolve) => createInterface({ input: server.stdout! }).once('line', resolve));
const serverReady = performance.now() - started;
/** CPU seconds the server has used: on a busy machine, wall-clock times say more about the machine. */
const cpuSeconds = () => {
  const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};
const readyCpu = cpuSeconds();

const browser = await chromium.launch({ executablePath: values.chromium, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const opening = performance.now();
  await page.goto(url);
  await page.waitForSelector('[data-testid="row"]');
  const pageOpen = performance.now() - opening;
  const openCpu = cpuSeconds();
  await page.waitForSelector('[data-testid="checking"]', { state: 'detached', timeout: 600_000 });
  const findingsIn = performance.now() - opening;
  const findings = await page.locator('header .counts').textContent();

  const rows = await page.locator('[data-testid="row"]').count();
  const elements = await page.locator('*').count();
  await page.locator('[data-testid="list"]').evaluate((list) => (list.scrollTop = list.scrollHeight / 2));
  await page.waitForTimeout(200);
  const rowsScrolled = await page.locator('[data-testid="row"]').count();

  await page.locator('[data-testid="row"]').first().click();
  const editing = performance.now();
  await page.keyboard.press('c');
  await page.locator('[data-testid="row"].selected .state.reviewed').waitFor();
  const editRoundTrip = performance.now() - editing;

  const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
  const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
  const megabytes = (bytes: number) => `${(bytes / (1 << 20)).toFixed(0)} MB`;
  console.log(`memory: ${count} units, ${megabytes(readFileSync(file).length)} of XLIFF`);
  const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(2)} s`;
  console.log(`machine load average: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} (${availableParallelism()} cores)`);
  console.log(`server ready (memory read and parsed):       ${seconds(serverReady)} (server CPU ${readyCpu.toFixed(2)} s, both threads)`);
  console.log(`page open (every unit listed, rows shown):   ${seconds(pageOpen)} (server CPU ${(openCpu - readyCpu).toFixed(2)} s, both threads)`);
  console.log(`findings in (check thread, from page open):  ${seconds(findingsIn)} (${findings})`);
  console.log(`one edit, answered and shown (confirm):      ${seconds(editRoundTrip)}`);
  console.log(`server memory (RSS):                         ${megabytes(rss)}`);
  console.log(`page JS heap:                                ${megabytes(heap)}`);
  console.log(`DOM rows: ${rows} at the top, ${rowsScrolled} mid-list (${elements} elements in the page) for ${count} units`);
} finally {
  await browser.close();
  server.kill('SIGINT');
}
