/**
 * Checker accuracy and speed.
 *
 * 1. Drift fixtures: an XLIFF 1.2 memory of generated news-style units with natural variation
 *    (short forms after a full first mention, possessives, sentence-initial capitals, numbers in words
 *    and digits, repeated sources translated alike), then copies with one kind of drift injected into
 *    some units. Recall = injected units flagged by the expected rule; precision = flagged units that
 *    were injected. Scored with and without a termbase.
 * 2. Speed: 100k units with a 5k-concept termbase, every rule enabled; prints units/second, in
 *    process and as the built command line on files (`npm run build` first), on invented news
 *    units and, when ../shared/data/align-dev is there, on 100k real sentence pairs.
 *
 * Run: npx tsx scripts/bench-check.ts [--units 100000] [--concepts 5000] [--missed]
 * (`--missed` lists the injected units no rule caught)
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
import type { Finding, Termbase } from '../src/types.js';

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

const PEOPLE: Entity[] = [
  { zh: '王明远', en: 'Wang Mingyuan', short: 'Wang', deprecated: 'Wong Ming-yuen', kind: 'name' },
  { zh: '李秀英', en: 'Li Xiuying', short: 'Li', deprecated: 'Lee Hsiu-ying', kind: 'name' },
  { zh: '陈建国', en: 'Chen Jianguo', short: 'Chen', deprecated: 'Chan Kin-kwok', kind: 'name' },
];
const PLACES: Entity[] = [
  { zh: '北京', en: 'Beijing', deprecated: 'Peking', kind: 'name' },
  { zh: '广州', en: 'Guangzhou', deprecated: 'Canton', kind: 'name' },
  { zh: '台北', en: 'Taipei', deprecated: 'Taipeh', kind: 'name' },
];
const ORGS: Entity[] = [
  { zh: '世界卫生组织', en: 'World Health Organization', short: 'WHO', deprecated: 'World Health Organisation', kind: 'org' },
  { zh: '联合国', en: 'United Nations', short: 'UN', deprecated: 'U.N.', kind: 'org' },
];
const MONTHS = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const SMALL = ['一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
const SMALL_EN = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

interface Pair {
  id: string;
  zh: string;
  en: string;
}

/** Clean units: every pair is a faithful rendering an editor would accept. */
function cleanPairs(count: number, next: () => number): Pair[] {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const pairs: Pair[] = [];
  const add = (zh: string, en: string) => pairs.push({ id: `u${pairs.length + 1}`, zh, en });
  while (pairs.length < count) {
    const person = pick(PEOPLE);
    const place = pick(PLACES);
    const org = pick(ORGS);
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const small = Math.floor(next() * SMALL.length);
    const delegates = 20 + Math.floor(next() * 300);
    switch (pairs.length % 6) {
      case 0:
        add(`${person.zh}${month}月${day}日在${place.zh}会见了${org.zh}代表团。`, `${person.en} met a delegation of the ${org.en} in ${place.en} on ${MONTHS[month - 1]} ${day}.`);
        break;
      case 1:
        add(`${person.zh}表示，双方合作已有${SMALL[small]}年。`, `${person.short} said the two sides had worked together for ${SMALL_EN[small]} years.`);
        break;
      case 2:
        add(`共有${delegates}名代表出席了${org.zh}的会议。`, `${delegates} delegates attended the ${org.short}'s meeting.`.replace(/^./, (letter) => letter.toUpperCase()));
        break;
      case 3:
        add(`${place.zh}的会议将持续${SMALL[small]}天。`, `The meeting in ${place.en} will last ${SMALL_EN[small]} days.`);
        break;
      case 4:
        add('会谈在友好的气氛中进行。', 'The talks were held in a friendly atmosphere.');
        break;
      default:
        add(`欢迎{{name}}访问${place.zh}。`, `Welcome to ${place.en}, {{name}}.`);
    }
  }
  return pairs;
}

type DriftKind = 'term' | 'number' | 'placeholder' | 'untranslated' | 'empty' | 'spelling' | 'typography' | 'inconsistency';

/** The rules that count as catching each kind of drift. */
const EXPECTED: Record<DriftKind, readonly string[]> = {
  term: ['term-deprecated', 'term-missing', 'term-drift'],
  number: ['number-mismatch'],
  placeholder: ['placeholder-mismatch'],
  untranslated: ['untranslated'],
  empty: ['empty-target'],
  spelling: ['spelling'],
  typography: ['typography'],
  inconsistency: ['target-inconsistency'],
};

/** Injects one kind of drift into a pair, or returns undefined when the pair offers no place for it. */
function inject(kind: DriftKind, pair: Pair): string | undefined {
  switch (kind) {
    case 'term': {
      const entity = [...PEOPLE, ...PLACES, ...ORGS].find((candidate) => pair.en.includes(candidate.en));
      return entity && pair.en.replace(entity.en, entity.deprecated);
    }
    case 'number': {
      const match = /\b(\d+)\b/.exec(pair.en);
      return match ? pair.en.replace(match[0], String(Number(match[1]) + 1)) : undefined;
    }
    case 'placeholder':
      return pair.en.includes('{{name}}') ? pair.en.replace(', {{name}}', '') : undefined;
    case 'untranslated':
      return pair.zh;
    case 'empty':
      return '';
    case 'spelling':
      // A typo in a common word ("meeting" → "meeeting"); capitalised words are names the speller leaves alone.
      return /\b[a-z]{4,}\b/.test(pair.en) ? pair.en.replace(/\b([a-z])([a-z]{3,})\b/, (_all, first: string, rest: string) => `${first}${rest[0]}${rest}`) : undefined;
    case 'typography':
      return pair.en.includes(' ') ? pair.en.replace(' ', '  ') : undefined;
    case 'inconsistency':
      return pair.zh === '会谈在友好的气氛中进行。' ? 'The talks took place in a cordial atmosphere.' : undefined;
  }
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

function check(text: string, termbase: Termbase | undefined, tools: Tools): Finding[] {
  const memory = readMemory(text, 'bench.xlf');
  return checkMemories([{ file: 'bench.xlf', memory }], { rules: RULES, config: resolveConfig(RULES, undefined), t: createTranslator('en'), termbase, ...tools }).findings;
}

function score(tools: Tools) {
  const next = random(7);
  const pairs = cleanPairs(600, next);
  const termbase = termbaseOf([...PEOPLE, ...PLACES, ...ORGS]);
  for (const [label, base] of [['with termbase', termbase], ['without termbase', undefined]] as const) {
    const control = check(xliff(pairs, new Map()), base, tools);
    console.log(`\n${label}: clean control, ${pairs.length} units → ${control.length} findings${control.length ? ` (${[...new Set(control.map((finding) => finding.rule))].join(', ')})` : ''}`);
    console.log('kind            injected  recall  precision');
    let allInjected = 0;
    let allCaught = 0;
    let allFlagged = 0;
    let allFlaggedInjected = 0;
    for (const kind of Object.keys(EXPECTED) as DriftKind[]) {
      const targets = new Map<string, string>();
      for (const pair of pairs) {
        if (targets.size >= 30 || next() > 0.2) continue;
        const drifted = inject(kind, pair);
        if (drifted !== undefined && drifted !== pair.en) targets.set(pair.id, drifted);
      }
      const findings = check(xliff(pairs, targets), base, tools);
      const flagged = new Set(findings.filter((finding) => EXPECTED[kind].includes(finding.rule)).map((finding) => finding.unit));
      const caught = [...targets.keys()].filter((id) => flagged.has(id)).length;
      const flaggedInjected = [...flagged].filter((id) => targets.has(id)).length;
      if (process.argv.includes('--missed')) {
        for (const [id, target] of targets) if (!flagged.has(id)) console.log(`  missed ${kind} ${id}: ${target}`);
      }
      allInjected += targets.size;
      allCaught += caught;
      allFlagged += flagged.size;
      allFlaggedInjected += flaggedInjected;
      const precision = flagged.size === 0 ? 1 : flaggedInjected / flagged.size;
      console.log(`${kind.padEnd(16)}${String(targets.size).padStart(8)}  ${(caught / targets.size).toFixed(2).padStart(6)}  ${precision.toFixed(2).padStart(9)}`);
    }
    console.log(`${'all'.padEnd(16)}${String(allInjected).padStart(8)}  ${(allCaught / allInjected).toFixed(2).padStart(6)}  ${(allFlagged ? allFlaggedInjected / allFlagged : 1).toFixed(2).padStart(9)}`);
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
  console.log(`dictionaries loaded in ${((performance.now() - loadStart) / 1000).toFixed(2)} s`);
  score(tools);
  speed(tools, argument('units', 100_000), argument('concepts', 5_000));
}

await main();
