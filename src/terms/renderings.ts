/**
 * How the units themselves render each Chinese name: renderings of a word are its dictionary
 * senses' proper names and the proper names that go with it in most of the units that contain it.
 * Spelling variants and short forms ("Xi" after "Xi Jinping") are one rendering; the renderings
 * of a word are clustered, the largest cluster first. term-drift reports what strays from the usual
 * rendering; `tmkit terms extract` proposes a termbase from it.
 */
import { pushTo } from '../collections.js';
import { singular } from '../lang/english-plurals.js';
import { type Dictionary, dictionaryWords } from './dictionary.js';
import { ChineseTermIndex } from './matcher.js';
import { type Phrase, properPhrases } from './proper-phrases.js';
import { romanize, romanizedNames, spells } from './romanized-names.js';
import { isShortForm, romanizationKey, sameRendering, sameSpelling, variantKey } from './variants.js';

export interface TextPair {
  source: string;
  target: string;
}

/** A target phrase that renders a source word, in the unit at `unit` (an index into the pairs). */
export interface Occurrence {
  unit: number;
  phrase: Phrase;
}

export interface RenderingAnalysis {
  /** Proper names of each unit's target. */
  phrases: Phrase[][];
  /** Names of each unit's source: dictionary words whose senses name something, and names spelled in pinyin. */
  sourceWords: Array<Set<string>>;
  renderings: Map<string, Set<string>>;
  occurrences: Map<string, Occurrence[]>;
  /** The renderings of each word, clustered, the largest first. */
  clusters: Map<string, Occurrence[][]>;
  /** A word's most common rendering, where one cluster is larger than every other and seen twice. */
  usual: Map<string, string>;
  isPerson(word: string): boolean;
  /** The source word of a unit that a target phrase renders. */
  attribute(phrase: string, unit: number): string | undefined;
}

export function analyzeRenderings(pairs: readonly TextPair[], dictionary: Dictionary): RenderingAnalysis {
  // Names and fixed terms only: words whose dictionary senses start with a proper name.
  const names = new Map<string, boolean>();
  const isName = (word: string) => {
    let value = names.get(word);
    if (value === undefined) names.set(word, (value = word.length >= 2 && (dictionary.senses(word) ?? []).some((sense) => senseNames(sense).length > 0)));
    return value;
  };
  const phrases = pairs.map((pair) => properPhrases(pair.target));
  const sourceWords = pairs.map((pair) => new Set(dictionaryWords(dictionary, pair.source).map(({ word }) => word).filter(isName)));
  const romanized = addRomanizedNames(pairs, phrases, sourceWords);
  const renderings = learnRenderings(dictionary, sourceWords, phrases);
  const spellings = spellingKeys(renderings);
  const attributeIn = (phrase: string, unit: number) => attribute(dictionary, phrase, sourceWords[unit], renderings, spellings);
  const occurrences = new Map<string, Occurrence[]>();
  phrases.forEach((list, unit) => {
    for (const phrase of list) {
      const word = attributeIn(phrase.text, unit);
      if (!word) continue;
      const part = [...(renderings.get(word) ?? [])].map((known) => partOf(phrase.text, known)).find((found) => found !== undefined);
      pushTo(occurrences, word, { unit, phrase: part && part.text !== phrase.text ? { text: part.text, start: phrase.start + part.start } : phrase });
    }
  });
  const clusters = new Map<string, Occurrence[][]>();
  const usual = new Map<string, string>();
  for (const [word, list] of occurrences) {
    const known = [...(renderings.get(word) ?? [])];
    const sameName = (a: string, b: string) => sameRendering(a, b) || known.some((full) => partOf(a, full) && partOf(b, full));
    // Clustered text by text: a common name is written the same way thousands of times.
    const wordClusters: Occurrence[][] = [];
    for (const [text, same] of groupBy(list, (occurrence) => occurrence.phrase.text)) {
      const cluster = wordClusters.find((candidate) => sameName(candidate[0].phrase.text, text));
      if (cluster) cluster.push(...same);
      else wordClusters.push(same);
    }
    wordClusters.sort((a, b) => b.length - a.length);
    clusters.set(word, wordClusters);
    const majority = wordClusters[0];
    if (majority.length >= 2 && majority.length !== wordClusters[1]?.length) usual.set(word, mostCommon(majority.map((occurrence) => occurrence.phrase.text)));
  }
  // A name the target spells in pinyin is a person's unless the dictionary knows it (北京 is a place).
  const isPerson = (word: string) => (romanized.has(word) && !dictionary.senses(word)) || (dictionary.senses(word) ?? []).some(namesPerson);
  return { phrases, sourceWords, renderings, occurrences, clusters, usual, isPerson, attribute: attributeIn };
}

/** Names outside the dictionary that some unit spells in pinyin, wherever they occur in a source. */
function addRomanizedNames(pairs: readonly TextPair[], phrases: readonly Phrase[][], sourceWords: Array<Set<string>>): Set<string> {
  const names = new Set<string>();
  pairs.forEach((unit, index) => {
    for (const name of romanizedNames(unit.source, phrases[index].map((phrase) => phrase.text))) names.add(name);
  });
  if (names.size === 0) return names;
  const index = new ChineseTermIndex([...names].map((name) => ({ text: name, value: name })));
  pairs.forEach((unit, position) => {
    for (const hit of index.find(unit.source)) sourceWords[position].add(hit.value);
  });
  return names;
}

/** A dictionary sense that describes a person: "Donald Trump (1946–), …", "Medvedyev (name)". */
const namesPerson = (sense: string) => /\((?:c\.\s*)?\d{3,4}\s*[-–]|\(name\)|\bsurname\b/.test(sense);

const senseNameCache = new Map<string, string[]>();

/** The proper names a dictionary sense starts with: "North Korea", "Kim Jong-un" (remembered: senses repeat). */
function senseNames(sense: string): string[] {
  let names = senseNameCache.get(sense);
  if (!names) {
    if (senseNameCache.size > 200_000) senseNameCache.clear();
    names = readSenseNames(sense);
    senseNameCache.set(sense, names);
  }
  return names;
}

function readSenseNames(sense: string): string[] {
  if (/\bpr\.|\bvariant of\b|\babbr\. for\b/.test(sense)) return [];
  const head = sense.split(/[,(;]/)[0];
  const names = properPhrases(head).map((phrase) => phrase.text);
  // "China and North Korea" (中朝) names two things: a compound, not a rendering of one name.
  return names.length === 1 ? names : [];
}

function learnRenderings(dictionary: Dictionary, sourceWords: Array<Set<string>>, phrases: Phrase[][]): Map<string, Set<string>> {
  const unitsOfWord = new Map<string, number[]>();
  sourceWords.forEach((words, index) => {
    for (const word of words) pushTo(unitsOfWord, word, index);
  });
  const renderings = new Map<string, Set<string>>();
  for (const [word, indices] of unitsOfWord) {
    const known = new Set((dictionary.senses(word) ?? []).flatMap(senseNames));
    const counts = new Map<string, number>();
    for (const index of indices) for (const text of new Set(phrases[index].map((phrase) => phrase.text))) counts.set(text, (counts.get(text) ?? 0) + 1);
    // A name the dictionary lacks is rendered by the phrase that spells it in pinyin, however few units there are.
    if (!dictionary.senses(word)) for (const text of counts.keys()) if (variantKey(text) === romanize(word)) known.add(text);
    // Learned only from words seen often enough, and only names no other source word of those units explains.
    if (indices.length >= 3) {
      for (const [text, count] of counts) {
        if (count < 0.2 * indices.length) continue;
        // Later mentions of a person use the short form ("Wang" after "Wang Mingyuan"): units with either count for the full name.
        const support = count >= 0.6 * indices.length || !spells(word, text) ? count : indices.filter((index) => phrases[index].some((phrase) => phrase.text === text || isShortForm(phrase.text, text))).length;
        if (support < 0.6 * indices.length || explainedElsewhere(dictionary, text, word, indices, sourceWords)) continue;
        known.add(text);
      }
    }
    if (known.size > 0) renderings.set(word, known);
  }
  return renderings;
}

/**
 * Whether another word of the source, name or not, has the phrase among its senses (神 "God",
 * 犹太人 "Jew" for "Jews"): then the phrase translates that word, not a drifted `word`.
 */
export function glossedByAnother(dictionary: Dictionary, phrase: string, source: string, word: string): boolean {
  const forms = [phrase, phrase.split(' ').map(singular).join(' ')].map((form) => new RegExp(`\\b${escapeRegExp(form)}\\b`));
  return dictionaryWords(dictionary, source).some(
    ({ word: other }) => !other.includes(word) && !word.includes(other) && (dictionary.senses(other) ?? []).some((sense) => forms.some((form) => form.test(sense))),
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function explainedElsewhere(dictionary: Dictionary, phrase: string, word: string, indices: readonly number[], sourceWords: Array<Set<string>>): boolean {
  return indices.some((index) => [...sourceWords[index]].some((other) => other !== word && !other.includes(word) && ((dictionary.senses(other) ?? []).some((sense) => sense.includes(phrase)) || spells(other, phrase))));
}

/** The keys under which spellings of one rendering meet (see sameSpelling). */
function spellingKeysOf(text: string): [string, string] {
  return [`v:${variantKey(text)}`, `r:${romanizationKey(text)}`];
}

function spellingKeys(renderings: Map<string, Set<string>>): Map<string, Set<string>> {
  return new Map([...renderings].map(([word, texts]) => [word, new Set([...texts].flatMap(spellingKeysOf))]));
}

/**
 * The longest run of a phrase's words that is a rendering or a later mention by part of it, maybe
 * after a title or before a noun: "Trump" in "President Trump", "Obama" in "Obama Foundation" and "Obama-era".
 */
export function partOf(phrase: string, rendering: string): Phrase | undefined {
  const words = [...phrase.matchAll(/[^\s-]+/g)].map((match) => ({ text: match[0], start: match.index! }));
  for (let length = words.length; length > 0; length--) {
    for (let from = 0; from + length <= words.length; from++) {
      const start = words[from].start;
      const text = phrase.slice(start, words[from + length - 1].start + words[from + length - 1].text.length).replace(/['’]s$/, '');
      if (sameSpelling(text, rendering) || isShortForm(text, rendering)) return { text, start };
    }
  }
  return undefined;
}

/** The source word a target phrase renders: one in the unit's source, or one whose sense another source word's sense names. */
function attribute(dictionary: Dictionary, phrase: string, words: Set<string>, renderings: Map<string, Set<string>>, spellings: Map<string, Set<string>>): string | undefined {
  for (const word of words) if (renderings.get(word)?.has(phrase)) return word;
  // Another spelling of a known rendering ("Kim Jong Un" for the dictionary's "Kim Jong-un").
  const [spelling, romanization] = spellingKeysOf(phrase);
  for (const word of words) {
    const keys = spellings.get(word);
    if (keys && (keys.has(spelling) || keys.has(romanization))) return word;
  }
  for (const word of words) for (const known of renderings.get(word) ?? []) if (partOf(phrase, known)) return word;
  const mentioned = [...words].some((word) => (dictionary.senses(word) ?? []).some((sense) => sense.includes(phrase)));
  if (!mentioned) return undefined;
  let best: string | undefined;
  let bestSize = 0;
  for (const [word, known] of renderings) {
    if (known.has(phrase) && known.size > bestSize && (dictionary.senses(word) ?? []).some((sense) => senseNames(sense).includes(phrase))) {
      best = word;
      bestSize = known.size;
    }
  }
  return best;
}

/**
 * Within one rendering, spellings of the full form that differ from the usual one ("Kim Jong-un"
 * among "Kim Jong Un"): short forms, all-capitals headlines and apostrophe styles are not counted.
 */
export function minoritySpellings(cluster: readonly Occurrence[]): Array<Occurrence & { spelling: string }> {
  const texts = [...new Set(cluster.map(({ phrase }) => phrase.text))];
  const shortForms = new Set(texts.filter((text) => texts.some((other) => isShortForm(text, other))));
  const full = cluster.filter(({ phrase }) => phrase.text !== phrase.text.toUpperCase() && !shortForms.has(phrase.text));
  // Plurals ("Philistines" / "Philistine") are grammar, not spelling.
  const spelling = (text: string) => text.replace(/[’‘]/g, "'").split(' ').map(singular).join(' ');
  const counts = new Map<string, number>();
  for (const { phrase } of full) counts.set(spelling(phrase.text), (counts.get(spelling(phrase.text)) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked.length < 2 || ranked[0][1] < 2 || ranked[0][1] === ranked[1][1]) return [];
  const usual = ranked[0][0];
  const written = mostCommon(full.filter(({ phrase }) => spelling(phrase.text) === usual).map(({ phrase }) => phrase.text.replace(/[’‘]/g, "'")));
  return full.filter(({ phrase }) => spelling(phrase.text) !== usual && sameSpelling(phrase.text, written)).map((occurrence) => ({ ...occurrence, spelling: written }));
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) pushTo(groups, keyOf(item), item);
  return groups;
}

export function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}
