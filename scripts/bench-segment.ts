/**
 * Sentence segmentation accuracy and speed: tmkit against the npm peers and the built-in
 * Intl.Segmenter, in one process, on the same inputs.
 *
 * Accuracy: pass rate on `../shared/data/segment-golden-rules/{en,zh}.json` and on messy web and
 * e-mail English (`tests/fixtures/segment/messy-en.json`; an item passes when the trimmed sentences
 * equal the expected list exactly). Speed: MB/s (UTF-8) on ≥ 5 MB of English and of
 * Chinese built at run time from the shared development texts, median of several passes after a warm-up.
 *
 *   npx tsx scripts/bench-segment.ts [--passes 5] [--mb 5]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sbd from 'sbd';
import { split as splitSentences } from 'sentence-splitter';
// @ts-expect-error cldr-segmentation ships no type declarations
import cldr from 'cldr-segmentation';
import { segment } from '../src/segment/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.TMKIT_SHARED ?? path.resolve(root, '../shared');
const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const passes = argument('passes', 5);
const megabytes = argument('mb', 5);

type Splitter = (text: string, lang: 'en' | 'zh') => string[];

const intlSegmenters = { en: new Intl.Segmenter('en', { granularity: 'sentence' }), zh: new Intl.Segmenter('zh', { granularity: 'sentence' }) };
const cldrSuppressions: Record<'en' | 'zh', unknown> = { en: cldr.suppressions.en, zh: undefined };

const splitters: Record<string, Splitter> = {
  tmkit: (text, lang) => segment(text, { lang }).map((sentence) => sentence.text),
  sbd: (text) => sbd.sentences(text, { newline_boundaries: true }),
  'sentence-splitter': (text) => splitSentences(text).filter((node) => node.type === 'Sentence').map((node) => node.raw),
  'cldr-segmentation': (text, lang) => cldr.sentenceSplit(text, cldrSuppressions[lang]) as string[],
  'Intl.Segmenter': (text, lang) => Array.from(intlSegmenters[lang].segment(text), (part) => part.segment),
};

/**
 * sentencex is not a dev dependency: its lock entries for other platforms' binaries make `npm ci`
 * refuse the lock file. Install it for a bench run with `npm install --no-save sentencex`.
 */
try {
  const module = (await import('sentencex' as string)) as { segment: (lang: string, text: string) => string[] };
  splitters.sentencex = (text, lang) => module.segment(lang, text);
} catch {
  console.log('sentencex: not installed (npm install --no-save sentencex), left out\n');
}

interface GoldenItem {
  id: string;
  input: string;
  expected: string[];
}

function passRate(split: Splitter, lang: 'en' | 'zh'): { passed: number; total: number; failed: string[] } {
  return passRateOn(split, lang, JSON.parse(readFileSync(path.join(shared, `data/segment-golden-rules/${lang}.json`), 'utf8')) as GoldenItem[]);
}

/**
 * Web and e-mail English of the project's own (tests/fixtures/segment/messy-en.json): sentences
 * opening in lower case, abbreviations, numbers, addresses, items named by their position.
 */
function messyPassRate(split: Splitter): { passed: number; total: number; failed: string[] } {
  const items = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/segment/messy-en.json'), 'utf8')) as Array<Omit<GoldenItem, 'id'>>;
  return passRateOn(split, 'en', items.map((item, index) => ({ ...item, id: `messy-${index + 1}` })));
}

function passRateOn(split: Splitter, lang: 'en' | 'zh', items: readonly GoldenItem[]): { passed: number; total: number; failed: string[] } {
  const failed: string[] = [];
  for (const item of items) {
    let actual: string[];
    try {
      actual = split(item.input, lang).map((sentence) => sentence.trim()).filter((sentence) => sentence !== '');
    } catch {
      actual = [];
    }
    if (JSON.stringify(actual) !== JSON.stringify(item.expected.map((sentence) => sentence.trim()))) failed.push(item.id);
  }
  return { passed: items.length - failed.length, total: items.length, failed };
}

/** Repeats the development texts (whole lines) until the input holds at least `megabytes` MB. */
function bigInput(lang: 'en' | 'zh'): string {
  const sources = [path.join(shared, `data/align-dev/006.${lang}`), path.join(shared, `data/seed-article/xi-kim-talks.${lang}.txt`)];
  const chunk = sources.map((file) => readFileSync(file, 'utf8').trim()).join('\n') + '\n';
  const copies = Math.ceil((megabytes * 1e6) / Buffer.byteLength(chunk));
  // A round trip through bytes gives a flat string, as read from a file (repeat() builds a rope).
  return Buffer.from(chunk.repeat(copies)).toString('utf8');
}

/**
 * Peers get the input one paragraph (line) at a time, as tmkit treats every newline as a boundary;
 * some of them are quadratic or run out of memory on a 5 MB string.
 */
function throughput(name: string, split: Splitter, lang: 'en' | 'zh', text: string): number {
  const bytes = Buffer.byteLength(text);
  const lines = text.split('\n');
  const run = name === 'tmkit' ? () => split(text, lang) : () => lines.forEach((line) => split(line, lang));
  split(text.slice(0, 200_000).split('\n')[0], lang);
  const times: number[] = [];
  for (let pass = 0; pass < passes; pass++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return bytes / 1e6 / (times[times.length >> 1] / 1000);
}

const inputs = { en: bigInput('en'), zh: bigInput('zh') };
const rows: string[] = [];
const failures: string[] = [];
for (const [name, split] of Object.entries(splitters)) {
  const en = passRate(split, 'en');
  const zh = passRate(split, 'zh');
  const messy = messyPassRate(split);
  const enSpeed = throughput(name, split, 'en', inputs.en);
  const zhSpeed = throughput(name, split, 'zh', inputs.zh);
  const percent = (score: { passed: number; total: number }) => `${((100 * score.passed) / score.total).toFixed(1)}% (${score.passed}/${score.total})`;
  rows.push(`| ${name} | ${percent(en)} | ${percent(zh)} | ${percent(messy)} | ${enSpeed.toFixed(1)} | ${zhSpeed.toFixed(1)} |`);
  if (name === 'tmkit' && en.failed.length + zh.failed.length + messy.failed.length > 0) failures.push(`tmkit fails: ${[...en.failed, ...zh.failed, ...messy.failed].join(', ')}`);
}

const size = (text: string) => (Buffer.byteLength(text) / 1e6).toFixed(1);
console.log(`Golden rules and throughput (${size(inputs.en)} MB English, ${size(inputs.zh)} MB Chinese, median of ${passes} passes after a warm-up)\n`);
console.log('| segmenter | golden en | golden zh | messy en | en MB/s | zh MB/s |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
for (const failure of failures) console.log(`\n${failure}`);
