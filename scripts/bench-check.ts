/**
 * Checker accuracy and speed.
 *
 * 1. Accuracy on real translations: the drift-dev set (../shared/data/drift-dev, read at run time;
 *    see scripts/drift-bench.ts): recall and precision of the terminology rules with the set's TBX
 *    termbase, with the same rows as CSV, without a termbase, and with the termbase that
 *    `tmkit terms extract` proposes from the set itself; then drift of every kind written into the
 *    set's correct units, with and without the termbase.
 * 2. Speed: 100k units with a 5k-concept termbase, every rule enabled; prints units/second, in
 *    process and as the built command line on files (`npm run build` first), on invented news
 *    units and, when ../shared/data/align-dev is there, on 100k real sentence pairs.
 *
 * Run: npx tsx scripts/bench-check.ts [--units 100000] [--concepts 5000] [--verbose] [--accuracy-only]
 * (`--verbose` lists every miss and false alarm)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nspell from 'nspell';
import dictionaryEn from 'dictionary-en';
import { pinyin } from 'pinyin-pro';
import { resolveConfig } from '../src/check/config.js';
import { checkMemories } from '../src/check/engine.js';
import { RULES } from '../src/check/rules/index.js';
import { csvTermbaseFormat } from '../src/formats/csv.js';
import { readMemory } from '../src/formats/index.js';
import { createTranslator } from '../src/i18n/i18n.js';
import { loadCedictDictionary, type Dictionary } from '../src/terms/dictionary.js';
import { extractTermbase } from '../src/terms/extract.js';
import { allUnits, unitSourceText, unitTargetText } from '../src/model/memory.js';
import type { Finding, Termbase } from '../src/types.js';
import { injectedDrift, loadDriftDev, scoreDriftDev } from './drift-bench.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};

/** A tiny deterministic generator so every run scores the same fixtures. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

interface Entity {
  zh: string;
  en: string;
  short?: string;
  deprecated: string;
  kind: 'name' | 'org' | 'term';
}

const PLACES: Entity[] = [
  { zh: '北京', en: 'Beijing', deprecated: 'Peking', kind: 'name' },
  { zh: '广州', en: 'Guangzhou', deprecated: 'Canton', kind: 'name' },
  { zh: '台北', en: 'Taipei', deprecated: 'Taipeh', kind: 'name' },
];
const MONTHS = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const SMALL = ['一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
const SMALL_EN = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

interface Pair {
  id: string;
  zh: string;
  en: string;
}

function xliff(pairs: readonly Pair[], targets: ReadonlyMap<string, string>): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const units = pairs.map((pair) => `      <trans-unit id="${pair.id}">\n        <source>${escape(pair.zh)}</source>\n        <target>${escape(targets.get(pair.id) ?? pair.en)}</target>\n      </trans-unit>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n  <file original="bench.txt" source-language="zh-CN" target-language="en" datatype="plaintext">\n    <body>\n${units.join('\n')}\n    </body>\n  </file>\n</xliff>\n`;
}

function termbaseCsv(entities: readonly Entity[]): string {
  const rows = entities.flatMap((entity) => [
    `${entity.zh},${entity.en},preferred,${entity.kind},`,
    ...(entity.short ? [`${entity.zh},${entity.short},admitted,${entity.kind},short form`] : []),
    `${entity.zh},"${entity.deprecated}",deprecated,${entity.kind},`,
  ]);
  return `zh,en,status,kind,note\n${rows.join('\n')}\n`;
}

function termbaseOf(entities: readonly Entity[]): Termbase {
  return csvTermbaseFormat.parse(termbaseCsv(entities));
}

interface Tools {
  spell: (word: string) => boolean;
  dictionary: Dictionary;
}

function accuracy(dictionary: Dictionary, verbose: boolean) {
  const set = loadDriftDev(root);
  if (!set) {
    console.log('accuracy: ../shared/data/drift-dev not found (set TMKIT_SHARED)');
    return;
  }
  const pairs = set.docs.flatMap((doc) => allUnits(readMemory(doc.text, doc.file)).map(({ unit }) => ({ source: unitSourceText(unit), target: unitTargetText(unit) })));
  const extracted = extractTermbase(pairs, dictionary, { srcLang: set.termbase.srcLang, trgLang: set.termbase.trgLang });
  console.log(`drift-dev: ${set.docs.length} documents (${set.docs.filter((doc) => doc.role === 'control').length} clean controls), ${pairs.length} units, ${set.gold.length} gold drifts; each document checked on its own`);
  console.log('termbase                      gold  recall  precision  true  false  false in controls');
  const runs: Array<[string, Termbase | undefined]> = [
    ['drift-dev TBX', set.termbase],
    ['drift-dev CSV', set.csvTermbase],
    ['none', undefined],
    [`terms extract (${extracted.concepts.length} concepts)`, extracted],
  ];
  for (const [label, termbase] of runs) {
    const score = scoreDriftDev(set, termbase, dictionary);
    console.log(`${label.padEnd(28)}${String(score.gold).padStart(6)}  ${score.recall.toFixed(3).padStart(6)}  ${score.precision.toFixed(3).padStart(9)}  ${String(score.truePositives).padStart(4)}  ${String(score.falseAlarms.length).padStart(5)}  ${String(score.controlAlarms).padStart(17)}`);
    if (verbose) for (const line of [...score.missed.map((miss) => `missed      ${miss}`), ...score.falseAlarms.map((alarm) => `false alarm ${alarm}`)]) console.log(`    ${line}`);
  }
  for (const [label, termbase] of [['with the TBX termbase', set.termbase], ['without a termbase (names the document learns)', undefined]] as const) {
    console.log(`\ndrift written into correct drift-dev units, ${label}:`);
    console.log('kind              written  caught  recall  new false alarms');
    for (const score of injectedDrift(set, termbase, dictionary)) {
      console.log(`${score.kind.padEnd(18)}${String(score.count).padStart(7)}  ${String(score.caught).padStart(6)}  ${(score.caught / score.count).toFixed(3).padStart(6)}  ${String(score.falseAlarms).padStart(16)}`);
      if (verbose) for (const miss of score.missed) console.log(`    missed ${miss}`);
    }
  }
}

/** 5k invented person names with pinyin renderings, and 100k units mentioning them. */
function speed(tools: Tools, unitCount: number, conceptCount: number) {
  const next = random(11);
  const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
  const GIVEN = '明华国建平文军伟强磊洋勇艳杰娟涛超秀英丽敏静芳红玉兰春海波宁安';
  const seen = new Set<string>();
  const entities: Entity[] = [];
  while (entities.length < conceptCount) {
    const zh = SURNAMES[Math.floor(next() * SURNAMES.length)] + GIVEN[Math.floor(next() * GIVEN.length)] + GIVEN[Math.floor(next() * GIVEN.length)] + GIVEN[Math.floor(next() * GIVEN.length)];
    if (seen.has(zh)) continue;
    seen.add(zh);
    const [surname, ...given] = pinyin(zh, { toneType: 'none', type: 'array' });
    const capital = (word: string) => word[0].toUpperCase() + word.slice(1);
    const en = `${capital(surname)} ${capital(given.join(''))}`;
    entities.push({ zh, en, short: capital(surname), deprecated: `${capital(surname)} ${given.map(capital).join('-')}`, kind: 'name' });
  }
  const pairs: Pair[] = [];
  for (let index = 0; index < unitCount; index++) {
    const person = entities[Math.floor(next() * entities.length)];
    const place = PLACES[index % PLACES.length];
    const day = 1 + (index % 28);
    pairs.push({ id: `u${index + 1}`, zh: `${person.zh}${(index % 12) + 1}月${day}日抵达${place.zh}，${SMALL[index % 10]}名官员陪同。`, en: `${person.en} arrived in ${place.en} on ${MONTHS[index % 12]} ${day}, accompanied by ${SMALL_EN[index % 10]} officials.` });
  }
  const text = xliff(pairs, new Map());
  const termbase = termbaseOf(entities);
  commandLine(text, termbaseCsv(entities), unitCount, 'invented news units');
  const real = realPairs(unitCount);
  if (real) commandLine(xliff(real, new Map()), termbaseCsv(entities), unitCount, 'real sentence pairs of the align-dev set');
  const parseStart = performance.now();
  const memory = readMemory(text, 'speed.xlf');
  const parsed = performance.now();
  const report = checkMemories([{ file: 'speed.xlf', memory }], { rules: RULES, config: resolveConfig(RULES, undefined), t: createTranslator('en'), termbase, ...tools });
  const checked = performance.now();
  const seconds = (checked - parsed) / 1000;
  console.log(`\nspeed: ${unitCount} units, ${conceptCount} concepts: parse ${((parsed - parseStart) / 1000).toFixed(2)} s, check ${seconds.toFixed(2)} s → ${Math.round(unitCount / seconds)} units/s (${report.findings.length} findings)`);
  const byRule = new Map<string, number>();
  for (const finding of report.findings) byRule.set(finding.rule, (byRule.get(finding.rule) ?? 0) + 1);
  if (byRule.size > 0) console.log(`  findings by rule: ${[...byRule].map(([rule, count]) => `${rule} ${count}`).join(', ')}`);
}

/**
 * Real translated sentences, longer and more varied than the invented ones: the gold beads of the
 * alignment dev set (../shared/data/align-dev, read at run time), repeated up to `unitCount` units.
 */
function realPairs(unitCount: number): Pair[] | undefined {
  const folder = path.join(root, '../shared/data/align-dev');
  if (!existsSync(path.join(folder, 'gold/006.align'))) return undefined;
  const lines = (file: string) => readFileSync(path.join(folder, file), 'utf8').split('\n');
  const [zh, en] = [lines('006.zh'), lines('006.en')];
  const beads = lines('gold/006.align')
    .filter(Boolean)
    .map((line) => line.split(':').map((side) => JSON.parse(side) as number[]))
    .filter(([source, target]) => source.length > 0 && target.length > 0);
  return Array.from({ length: unitCount }, (_, index) => {
    const [source, target] = beads[index % beads.length];
    return { id: `u${index + 1}`, zh: source.map((line) => zh[line]).join(''), en: target.map((line) => en[line]).join(' ') };
  });
}

/** The same check as a user runs it: the built CLI on files, dictionaries loaded, report written. */
function commandLine(memory: string, termbase: string, unitCount: number, what: string) {
  const bin = path.join(root, 'dist/cli/bin.js');
  if (!existsSync(bin)) {
    console.log('\n(command line not timed: run `npm run build` first)');
    return;
  }
  const folder = mkdtempSync(path.join(os.tmpdir(), 'tmkit-bench-check-'));
  try {
    writeFileSync(path.join(folder, 'speed.xlf'), memory);
    writeFileSync(path.join(folder, 'terms.csv'), termbase);
    const start = performance.now();
    const result = spawnSync(process.execPath, [bin, 'check', 'speed.xlf', '--terms', 'terms.csv', '--format', 'json', '--out', 'report.json'], { cwd: folder, encoding: 'utf8' });
    const seconds = (performance.now() - start) / 1000;
    if (result.status === 2) throw new Error(`tmkit check failed: ${result.stderr.trim()}`);
    const { findings } = JSON.parse(readFileSync(path.join(folder, 'report.json'), 'utf8')) as { findings: Finding[] };
    const byRule = new Map<string, number>();
    for (const finding of findings) byRule.set(finding.rule, (byRule.get(finding.rule) ?? 0) + 1);
    console.log(`\ncommand line, ${what}: tmkit check (${unitCount} units, ${(memory.length / 1e6).toFixed(0)}M characters, termbase CSV, JSON report) ${seconds.toFixed(2)} s → ${Math.round(unitCount / seconds)} units/s, exit ${result.status}`);
    console.log(`  ${findings.length} findings${byRule.size > 0 ? `: ${[...byRule].map(([rule, count]) => `${rule} ${count}`).join(', ')}` : ''}`);
  } finally {
    if (!process.env.KEEP) rmSync(folder, { recursive: true, force: true }); else console.log(folder);
  }
}

async function main() {
  const loadStart = performance.now();
  const speller = nspell({ aff: Buffer.from(dictionaryEn.aff), dic: Buffer.from(dictionaryEn.dic) });
  const tools: Tools = { spell: (word) => speller.correct(word), dictionary: await loadCedictDictionary() };
  console.log(`dictionaries loaded in ${((performance.now() - loadStart) / 1000).toFixed(2)} s\n`);
  accuracy(tools.dictionary, process.argv.includes('--verbose'));
  if (!process.argv.includes('--accuracy-only')) speed(tools, argument('units', 100_000), argument('concepts', 5_000));
}

await main();
