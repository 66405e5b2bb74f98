/**
 * Alignment accuracy and speed on the zh–en development set (`../shared/data/align-dev`):
 * strict F1 after verse merging, as defined in that folder's README, per text and pooled.
 *
 * Then the literary chapters (`../shared/data/align-dev-literary`): strict F1 without merging, per
 * chapter and pooled, next to the peers' figures from that folder's README.
 *
 * Then the speed at 1k, 10k and 40k Chinese sentences (prefixes of text 006 cut at a verse end, so
 * both sides match): steady sentences/second shows that time grows linearly.
 *
 * Then whole runs of the built CLI (`npm run build` first), as a user times them: texts 001 and 006
 * one run each, and 120 news-length pairs cut from text 001 (scripts/batch-pairs.ts) aligned in
 * one `tmkit align --batch` run, against one run per pair for a few of them.
 *
 *   npx tsx scripts/bench-align.ts [--texts 001,002] [--no-literary] [--no-scaling] [--no-cli]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { align, type Lexicon } from '../src/align/index.js';
import { deserializeLexicon, loadCedictLexicon } from '../src/align/index.js';
import { cedictRelease } from '../src/cli/lexicon-files.js';
import type { Bead } from '../src/types.js';
import { writeBatchPairs } from './batch-pairs.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STORED_LEXICON = path.join(root, 'dist/data/cedict-lexicon.bin');
const shared = path.join(process.env.TMKIT_SHARED ?? path.resolve(root, '../shared'), 'data');
const data = path.join(shared, 'align-dev');
const literaryData = path.join(shared, 'align-dev-literary');

const readLines = (file: string) => readFileSync(file, 'utf8').split('\n').filter((line, index, all) => line !== '' || index < all.length - 1);
const lines = (file: string) => readLines(path.join(data, file));

interface Score {
  hits: number;
  predicted: number;
  gold: number;
}

/** Gives each bead its single verse (or none), joins runs with the same verse, then matches strictly. */
export function scoreBeads(beads: readonly Bead[], gold: readonly string[], zhVerse: readonly string[], enVerse: readonly string[]): Score {
  const merged: Array<{ label: string | undefined; zh: number[]; en: number[] }> = [];
  for (const bead of beads) {
    const zhLabels = new Set(bead.source.map((i) => zhVerse[i]));
    const enLabels = new Set(bead.target.map((j) => enVerse[j]));
    let label: string | undefined;
    if (zhLabels.size <= 1 && enLabels.size <= 1) {
      const zh = [...zhLabels][0];
      const en = [...enLabels][0];
      label = zh === undefined ? en : en === undefined ? zh : zh === en ? zh : undefined;
    }
    const previous = merged[merged.length - 1];
    if (label !== undefined && previous && previous.label === label) {
      previous.zh.push(...bead.source);
      previous.en.push(...bead.target);
    } else merged.push({ label, zh: [...bead.source], en: [...bead.target] });
  }
  const goldSet = new Set(gold);
  const hits = merged.filter((bead) => goldSet.has(`[${bead.zh.join(',')}]:[${bead.en.join(',')}]`)).length;
  return { hits, predicted: merged.length, gold: gold.length };
}

function f1({ hits, predicted, gold }: Score): { p: number; r: number; f: number } {
  const p = Math.round((hits / predicted) * 1000) / 1000;
  const r = Math.round((hits / gold) * 1000) / 1000;
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

async function main(): Promise<void> {
  const argument = process.argv.indexOf('--texts');
  const texts = argument > 0 ? process.argv[argument + 1].split(',') : ['001', '002', '003', '004', '005', '006'];
  const buildStart = performance.now();
  let lexicon = await loadCedictLexicon();
  const built = (performance.now() - buildStart) / 1000;
  const storedStart = performance.now();
  const stored = existsSync(STORED_LEXICON) ? deserializeLexicon(readFileSync(STORED_LEXICON), await cedictRelease()) : undefined;
  const storedSeconds = (performance.now() - storedStart) / 1000;
  lexicon = stored ?? lexicon;
  console.log(`lexicon: ${lexicon.words.size} Chinese words, ${lexicon.lemmaIds.size} English lemmas; built from CC-CEDICT in ${built.toFixed(2)} s, ${stored ? `loaded from ${path.relative(root, STORED_LEXICON)} in ${storedSeconds.toFixed(2)} s` : 'no stored lexicon (run `npm run build`)'}\n`);
  const zhVerse = lines('zh.verse');
  const enVerse = lines('en.verse');
  const pooled: Score = { hits: 0, predicted: 0, gold: 0 };
  console.log('| text | zh | en | P | R | F1 | time (s) | sentences/s | peak RSS (MB) |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const text of texts) {
    const zh = lines(`${text}.zh`);
    const en = lines(`${text}.en`);
    const gold = lines(`gold/${text}.align`).map((line) => line.replace(/\s+/g, ''));
    const start = performance.now();
    const beads = align(zh, en, { lexicon });
    const seconds = (performance.now() - start) / 1000;
    const score = scoreBeads(beads, gold, zhVerse, enVerse);
    pooled.hits += score.hits;
    pooled.predicted += score.predicted;
    pooled.gold += score.gold;
    const { p, r, f } = f1(score);
    const rss = process.resourceUsage().maxRSS / 1024;
    console.log(`| ${text} | ${zh.length} | ${en.length} | ${p.toFixed(3)} | ${r.toFixed(3)} | ${f.toFixed(3)} | ${seconds.toFixed(2)} | ${Math.round((zh.length + en.length) / seconds)} | ${rss.toFixed(0)} |`);
  }
  const { p, r, f } = f1(pooled);
  console.log(`| pooled | | | ${p.toFixed(3)} | ${r.toFixed(3)} | ${f.toFixed(3)} | | | |`);
  console.log('Peers, pooled (from the folder\'s README): hunalign 0.811, vecalign 0.960, Bertalign 0.974.');
  if (!process.argv.includes('--no-literary')) printLiterary(lexicon);
  if (!process.argv.includes('--no-scaling')) printScaling(lexicon, zhVerse, enVerse);
  if (!process.argv.includes('--no-cli')) printCliRuns();
}

/**
 * Strict F1 on the literary chapters: a predicted bead counts only if identical to a gold bead
 * (Bertalign's eval_mac.pl), pooled over the chapters as in the folder's README.
 */
function printLiterary(lexicon: Lexicon): void {
  if (!existsSync(literaryData)) {
    console.log(`\nliterary set: ${literaryData} not found`);
    return;
  }
  const chapters = ['001', '002', '003', '004', '005', '006'];
  const pooled: Score = { hits: 0, predicted: 0, gold: 0 };
  const perChapter: string[] = [];
  let seconds = 0;
  for (const chapter of chapters) {
    const zh = readLines(path.join(literaryData, `${chapter}.zh`));
    const en = readLines(path.join(literaryData, `${chapter}.en`));
    const gold = new Set(readLines(path.join(literaryData, `gold/${chapter}.align`)).map((line) => line.replace(/\s+/g, '')));
    const start = performance.now();
    const beads = align(zh, en, { lexicon });
    seconds += (performance.now() - start) / 1000;
    const hits = beads.filter((bead) => gold.has(`[${bead.source.join(',')}]:[${bead.target.join(',')}]`)).length;
    pooled.hits += hits;
    pooled.predicted += beads.length;
    pooled.gold += gold.size;
    perChapter.push(f1({ hits, predicted: beads.length, gold: gold.size }).f.toFixed(3));
  }
  const { p, r, f } = f1(pooled);
  console.log('\n| literary set | P | R | F1 | per chapter | time (s) |');
  console.log('|---|---:|---:|---:|---|---:|');
  console.log(`| tmkit | ${p.toFixed(3)} | ${r.toFixed(3)} | ${f.toFixed(3)} | ${perChapter.join(', ')} | ${seconds.toFixed(2)} |`);
  // Peers' pooled figures on these six chapters, as the folder's README gives them.
  console.log('| Bertalign (stored automatic alignment) | | | 0.910 | | |');
}

function printScaling(lexicon: Lexicon, zhVerse: readonly string[], enVerse: readonly string[]): void {
  const zhAll = lines('006.zh');
  const enAll = lines('006.en');
  console.log('\n| zh sentences | en sentences | time (s) | sentences/s | peak RSS (MB) |');
  console.log('|---:|---:|---:|---:|---:|');
  for (const size of [1000, 10000, 40000]) {
    const lastVerse = zhVerse[size - 1];
    let zhCount = size;
    while (zhCount < zhAll.length && zhVerse[zhCount] === lastVerse) zhCount++;
    const enCount = enVerse.lastIndexOf(lastVerse) + 1;
    const zh = zhAll.slice(0, zhCount);
    const en = enAll.slice(0, enCount);
    const start = performance.now();
    align(zh, en, { lexicon });
    const seconds = (performance.now() - start) / 1000;
    const rss = process.resourceUsage().maxRSS / 1024;
    console.log(`| ${zh.length} | ${en.length} | ${seconds.toFixed(2)} | ${Math.round((zh.length + en.length) / seconds)} | ${rss.toFixed(0)} |`);
  }
}

interface CliRun {
  wall: number;
  /** Processor time of the process and its threads, user + system. */
  cpu: number;
  status: number;
}

/** One run of the built CLI, timed by the shell that starts it (`times` gives its children's processor time). */
function runCli(args: readonly string[]): CliRun {
  const quoted = [process.execPath, path.join(root, 'dist/cli/bin.js'), ...args].map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`).join(' ');
  const started = performance.now();
  const result = spawnSync('sh', ['-c', `${quoted} >/dev/null 2>&1; status=$?; times; exit $status`], { encoding: 'utf8' });
  const wall = (performance.now() - started) / 1000;
  const seconds = [...(result.stdout.trim().split('\n').at(-1) ?? '').matchAll(/(\d+)m([\d.]+)s/g)].map((match) => 60 * Number(match[1]) + Number(match[2]));
  return { wall, cpu: seconds.reduce((sum, value) => sum + value, 0), status: result.status ?? -1 };
}

/** The CLI as users run it: start-up, lexicon, reading, aligning and writing included. */
function printCliRuns(): void {
  if (!existsSync(path.join(root, 'dist/cli/bin.js'))) {
    console.log('\nwhole CLI runs: no built CLI (run `npm run build`), left out');
    return;
  }
  console.log(`\nWhole CLI runs (${availableParallelism()} cores; processor time is user + system of the process and its threads)\n`);
  console.log('| run | time (s) | processor (s) |');
  console.log('|---|---:|---:|');
  for (const text of ['001', '006']) {
    const run = runCli(['align', path.join(data, `${text}.zh`), path.join(data, `${text}.en`), '--presegmented', '--format', 'jsonl']);
    console.log(`| dev text ${text}, one run${run.status === 0 ? '' : ` (exit ${run.status})`} | ${run.wall.toFixed(2)} | ${run.cpu.toFixed(2)} |`);
  }
  printBatchRun();
}

/** 120 news-length pairs in one batch, against a few of them run one process each. */
function printBatchRun(): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'tmkit-bench-batch-'));
  try {
    const pairs = writeBatchPairs(dir, 120);
    const batch = runCli(['align', '--batch', pairs.list, '--out-dir', path.join(dir, 'out'), '--presegmented']);
    const label = `${pairs.pairs} pairs (${pairs.zhSentences} zh, ${pairs.enSentences} en sentences)`;
    console.log(`| ${label}, one --batch run${batch.status === 0 ? '' : ` (exit ${batch.status})`} | ${batch.wall.toFixed(2)} | ${batch.cpu.toFixed(2)} |`);
    const singles = [1, 2, 3, 4, 5].map((pair) => {
      const name = `article-${String(pair).padStart(3, '0')}.txt`;
      return runCli(['align', path.join(dir, 'zh', name), path.join(dir, 'en', name), '--presegmented', '--out', path.join(dir, `single-${pair}.xlf`)]);
    });
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    console.log(`| one pair a run (mean of 5) | ${mean(singles.map((run) => run.wall)).toFixed(2)} | ${mean(singles.map((run) => run.cpu)).toFixed(2)} |`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
