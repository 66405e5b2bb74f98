/**
 * Terminology-drift accuracy on real translations: the drift-dev set (../shared/data/drift-dev, or
 * $TMKIT_SHARED/data/drift-dev), read at run time. Each document is checked on its own, as a user
 * checks one file. A finding of a term-… or title-… rule is a true alarm when its unit holds a gold
 * drift and its `found` is that drift (a dropped term: no `found`, or the term named); any such finding
 * on a unit without gold drift is a false alarm.
 *
 * `injectedDrift` goes further than the gold: in every unit where a termbase concept is rendered
 * correctly, it writes one drift of each kind that fits the concept (casing, transliteration,
 * hyphenation, deprecated form, another title, dropped term) and checks whether the document, so
 * changed, gets a finding that names it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { resolveConfig } from '../src/check/config.js';
import { checkMemories } from '../src/check/engine.js';
import { RULES } from '../src/check/rules/index.js';
import { readMemory, readTermbase } from '../src/formats/index.js';
import { createTranslator } from '../src/i18n/i18n.js';
import type { Dictionary } from '../src/terms/dictionary.js';
import { compileTermbase } from '../src/terms/matcher.js';
import { approvedTerms, termsIn } from '../src/model/termbase.js';
import { allUnits, unitSourceText, unitTargetText } from '../src/model/memory.js';
import type { Finding, Memory, Termbase } from '../src/types.js';

export interface Gold {
  file: string;
  unit: string;
  type: string;
  zh: string;
  expected: string;
  found: string;
  detectable_without_termbase: boolean;
}

export interface DriftDev {
  folder: string;
  docs: Array<{ file: string; text: string; role: string }>;
  gold: Gold[];
  termbase: Termbase;
  csvTermbase: Termbase;
}

export function loadDriftDev(root: string): DriftDev | undefined {
  const shared = process.env.TMKIT_SHARED ?? path.join(root, '../shared');
  const folder = path.join(shared, 'data/drift-dev');
  if (!existsSync(path.join(folder, 'gold.jsonl'))) return undefined;
  const read = (file: string) => readFileSync(path.join(folder, file), 'utf8');
  const roles = new Map((JSON.parse(read('manifest.json')) as { docs: Array<{ file: string; role: string }> }).docs.map((doc) => [doc.file, doc.role]));
  const docs = readdirSync(path.join(folder, 'docs'))
    .filter((file) => file.endsWith('.xlf'))
    .sort()
    .map((file) => ({ file, text: read(`docs/${file}`), role: roles.get(file) ?? 'unknown' }));
  const gold = read('gold.jsonl')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Gold);
  return { folder, docs, gold, termbase: readTermbase(read('terms.tbx'), 'terms.tbx'), csvTermbase: readTermbase(read('terms.csv'), 'terms.csv') };
}

const TERM_RULES = RULES.filter((rule) => /^(?:term|title)-/.test(rule.meta.id));
const translate = createTranslator('en');

export function termFindings(file: string, memory: Memory, termbase: Termbase | undefined, dictionary: Dictionary): Finding[] {
  return checkMemories([{ file, memory }], { rules: TERM_RULES, config: resolveConfig(RULES, undefined), t: translate, termbase, dictionary }).findings;
}

const normal = (text: string | undefined) =>
  (text ?? '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\u00a0/g, ' ')
    .toLowerCase()
    .trim();

/** One text holds the other, and neither is far longer: "Donald trump" names "trump". */
function names(a: string | undefined, b: string | undefined): boolean {
  const [x, y] = [normal(a), normal(b)];
  if (x === '' || y === '' || x.length > 3 * Math.max(y.length, 8) || y.length > 3 * Math.max(x.length, 8)) return false;
  return x.includes(y) || y.includes(x);
}

export function catches(gold: Pick<Gold, 'type' | 'zh' | 'expected' | 'found'>, finding: Finding): boolean {
  if (gold.type === 'dropped') return !finding.found || names(finding.source, gold.zh) || names(finding.expected, gold.expected);
  return names(finding.found, gold.found);
}

export interface Score {
  gold: number;
  recall: number;
  precision: number;
  truePositives: number;
  falseAlarms: string[];
  controlAlarms: number;
  missed: string[];
}

/** Recall and precision over the gold of drift-dev, each document checked alone. */
export function scoreDriftDev(set: DriftDev, termbase: Termbase | undefined, dictionary: Dictionary): Score {
  const eligible = set.gold.filter((gold) => termbase || gold.detectable_without_termbase);
  const hit = new Set<Gold>();
  let truePositives = 0;
  let controlAlarms = 0;
  const falseAlarms: string[] = [];
  for (const doc of set.docs) {
    for (const finding of termFindings(doc.file, readMemory(doc.text, doc.file), termbase, dictionary)) {
      const golds = set.gold.filter((gold) => gold.file === doc.file && gold.unit === finding.unit);
      if (golds.length === 0) {
        falseAlarms.push(`${doc.file} ${finding.unit} ${finding.rule}: ${finding.message}`);
        if (doc.role === 'control') controlAlarms++;
        continue;
      }
      const caught = golds.filter((gold) => catches(gold, finding));
      if (caught.length > 0) truePositives++;
      for (const gold of caught) if (eligible.includes(gold)) hit.add(gold);
    }
  }
  const flagged = truePositives + falseAlarms.length;
  return {
    gold: eligible.length,
    recall: hit.size / eligible.length,
    precision: flagged === 0 ? 1 : truePositives / flagged,
    truePositives,
    falseAlarms,
    controlAlarms,
    missed: eligible.filter((gold) => !hit.has(gold)).map((gold) => `${gold.file} ${gold.unit} ${gold.type}: ${gold.expected} -> ${gold.found || '(dropped)'}`),
  };
}

export type InjectedKind = 'casing' | 'transliteration' | 'hyphenation' | 'deprecated' | 'wrong-title' | 'dropped';

interface Injection {
  kind: InjectedKind;
  file: string;
  unit: string;
  zh: string;
  expected: string;
  found: string;
  target: string;
  /** Whether the other units of the document name the concept, so that a check without a termbase can learn it. */
  learnable: boolean;
}

/** Letters changed as a translator's misspelling or another romanization would: a vowel dropped or doubled. */
function misspell(word: string): string {
  const vowels = [...word.matchAll(/[aeiou]/g)].map((match) => match.index!).filter((index) => index > 0);
  if (word.length >= 5 && vowels.length >= 2) return word.slice(0, vowels[vowels.length - 1]) + word.slice(vowels[vowels.length - 1] + 1);
  const at = vowels[0] ?? 1;
  return word.slice(0, at + 1) + word[at] + word.slice(at + 1);
}

function injections(set: DriftDev): Injection[] {
  const { termbase } = set;
  const compiled = compileTermbase(termbase);
  const result: Injection[] = [];
  const goldUnits = new Set(set.gold.map((gold) => `${gold.file} ${gold.unit}`));
  const titles = termbase.concepts.filter((concept) => concept.kind === 'title');
  for (const doc of set.docs) {
    const units = allUnits(readMemory(doc.text, doc.file)).map(({ unit }) => ({ id: unit.id, source: unitSourceText(unit), target: unitTargetText(unit) }));
    for (const unit of units) {
      if (goldUnits.has(`${doc.file} ${unit.id}`)) continue;
      const seen = new Set<string>();
      for (const hit of compiled.sourceHits(unit.source)) {
        const concept = hit.value[0];
        if (seen.has(concept.id)) continue;
        seen.add(concept.id);
        const approved = approvedTerms(concept, termbase.trgLang);
        const uses = compiled.target.find(unit.target, (entries) => entries.some((entry) => entry.concept === concept && approved.includes(entry.term)));
        const use = uses.find((candidate) => !candidate.difference);
        if (!use || uses.length !== 1) continue;
        const others = units.filter((other) => other !== unit && other.source.includes(hit.text));
        const learnable = others.filter((other) => approved.some((term) => other.target.includes(term.text.split(' ').pop()!))).length >= 2;
        const expected = approved[0].text;
        const add = (kind: InjectedKind, found: string) => {
          if (found === use.text) return;
          result.push({ kind, file: doc.file, unit: unit.id, zh: hit.text, expected, found, target: unit.target.slice(0, use.start) + found + unit.target.slice(use.end), learnable });
        };
        const words = use.text.split(' ');
        if (concept.kind === 'name') {
          const last = words[words.length - 1];
          add('casing', [...words.slice(0, -1), last.toLowerCase()].join(' '));
          const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
          if (longest.length >= 5) add('transliteration', use.text.replace(longest, misspell(longest)));
          if (words.length >= 3) add('hyphenation', `${words.slice(0, -2).join(' ')} ${words[words.length - 2]}-${last.toLowerCase()}`);
        }
        const wrong = termsIn(concept, termbase.trgLang).find((term) => term.status === 'deprecated' || term.status === 'forbidden');
        if (wrong && !approved.some((term) => term.text === wrong.text)) add('deprecated', wrong.text);
        if (concept.kind === 'title') {
          const other = titles
            .flatMap((title) => approvedTerms(title, termbase.trgLang))
            .find((term) => !termbase.concepts.some((candidate) => candidate.kind === 'title' && hit.value.includes(candidate) && approvedTerms(candidate, termbase.trgLang).some((own) => own.text.toLowerCase() === term.text.toLowerCase())) && /^\p{Lu}/u.test(term.text) && term.text.split(' ').length <= 2);
          if (other) add('wrong-title', other.text);
        }
        if (concept.kind === 'name') result.push({ kind: 'dropped', file: doc.file, unit: unit.id, zh: hit.text, expected, found: '', target: unit.target.slice(0, use.start) + 'the official' + unit.target.slice(use.end), learnable });
      }
    }
  }
  return result;
}

export interface InjectedScore {
  kind: InjectedKind;
  count: number;
  caught: number;
  falseAlarms: number;
  missed: string[];
}

/** Recall per kind of drift written into correct units of the set, and alarms the change raised elsewhere. */
export function injectedDrift(set: DriftDev, termbase: Termbase | undefined, dictionary: Dictionary): InjectedScore[] {
  const scores = new Map<InjectedKind, InjectedScore>();
  const goldUnits = new Set(set.gold.map((gold) => `${gold.file} ${gold.unit}`));
  const baseline = new Map(set.docs.map((doc) => [doc.file, new Set(termFindings(doc.file, readMemory(doc.text, doc.file), termbase, dictionary).map((finding) => `${finding.unit} ${finding.message}`))]));
  for (const injection of injections(set)) {
    if (!termbase && !injection.learnable) continue;
    const score = scores.get(injection.kind) ?? { kind: injection.kind, count: 0, caught: 0, falseAlarms: 0, missed: [] };
    scores.set(injection.kind, score);
    const doc = set.docs.find((candidate) => candidate.file === injection.file)!;
    const memory = readMemory(doc.text, doc.file);
    const changed = allUnits(memory).find(({ unit }) => unit.id === injection.unit)!.unit;
    for (const segment of changed.segments) if (segment.target) segment.target = [];
    changed.segments[0].target = [injection.target];
    const findings = termFindings(doc.file, memory, termbase, dictionary);
    score.count++;
    if (findings.some((finding) => finding.unit === injection.unit && catches({ type: injection.kind, zh: injection.zh, expected: injection.expected, found: injection.found }, finding))) score.caught++;
    else score.missed.push(`${injection.file} ${injection.unit} ${injection.kind}: ${injection.expected} -> ${injection.found || '(dropped)'}`);
    const before = baseline.get(doc.file)!;
    score.falseAlarms += findings.filter((finding) => finding.unit !== injection.unit && !goldUnits.has(`${doc.file} ${finding.unit}`) && !before.has(`${finding.unit} ${finding.message}`)).length;
  }
  return [...scores.values()];
}
