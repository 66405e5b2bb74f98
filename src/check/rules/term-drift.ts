import { pushTo } from '../../collections.js';
import { singular } from '../../lang/english-plurals.js';
import { type Dictionary, dictionaryWords } from '../../terms/dictionary.js';
import { ChineseTermIndex, compileTermbase, isSentenceStart } from '../../terms/matcher.js';
import { romanize, romanizedNames, spells } from '../../terms/romanized-names.js';
import { areAliases, isShortForm, nearSpelling, romanizationKey, sameRendering, sameSpelling, soundsAlike, variantKey } from '../../terms/variants.js';
import { type Phrase, properPhrases } from '../../terms/proper-phrases.js';
import type { CheckedUnit, Rule, RuleContext } from '../rule.js';

/**
 * The same Chinese name or term rendered differently across units, learned from the aligned
 * units themselves: 朝鲜 is "DPRK" in four units and "North Korea" in a headline. Renderings of a
 * word are its dictionary senses' proper names and the proper names that go with it in most of
 * the units that contain it. Spelling variants and short forms ("Xi" after "Xi Jinping") are one
 * rendering; the minority rendering is reported with the majority as expected.
 */
export const rule: Rule = {
  meta: {
    id: 'term-drift',
    type: 'consistency',
    defaultSeverity: 'warning',
    description: 'The same Chinese name or term is rendered in different ways across units and files.',
    needsTermbase: false,
    messageIds: ['drift', 'dropped'],
  },
  check(context) {
    if (!context.dictionary) return;
    const { dictionary } = context;
    const units = context.units.filter((unit) => unit.hasTarget && unit.source !== '' && unit.target.trim() !== '');
    // Names and fixed terms only: words whose dictionary senses start with a proper name.
    const names = new Map<string, boolean>();
    const isName = (word: string) => {
      let value = names.get(word);
      if (value === undefined) names.set(word, (value = word.length >= 2 && (dictionary.senses(word) ?? []).some((sense) => senseNames(sense).length > 0)));
      return value;
    };
    const phrases = units.map((unit) => properPhrases(unit.target));
    const sourceWords = units.map((unit) => new Set(dictionaryWords(dictionary, unit.source).map(({ word }) => word).filter(isName)));
    const romanized = addRomanizedNames(units, phrases, sourceWords);
    const renderings = learnRenderings(dictionary, sourceWords, phrases);
    const spellings = spellingKeys(renderings);
    const covered = context.termbase ? termbaseForms(context) : new Set<string>();
    const occurrences = new Map<string, Array<{ unit: CheckedUnit; phrase: Phrase }>>();
    units.forEach((unit, index) => {
      for (const phrase of phrases[index]) {
        const word = attribute(dictionary, phrase.text, sourceWords[index], renderings, spellings);
        if (!word) continue;
        const part = [...(renderings.get(word) ?? [])].map((known) => partOf(phrase.text, known)).find((found) => found !== undefined);
        pushTo(occurrences, word, { unit, phrase: part && part.text !== phrase.text ? { text: part.text, start: phrase.start + part.start } : phrase });
      }
    });
    const usual = new Map<string, string>();
    for (const [word, list] of occurrences) {
      // Clustered text by text: a common name is written the same way thousands of times.
      const clusters: Array<typeof list> = [];
      for (const [text, same] of groupBy(list, (occurrence) => occurrence.phrase.text)) {
        const known = [...(renderings.get(word) ?? [])];
        const sameName = (a: string, b: string) => sameRendering(a, b) || known.some((full) => partOf(a, full) && partOf(b, full));
        const cluster = clusters.find((candidate) => sameName(candidate[0].phrase.text, text));
        if (cluster) cluster.push(...same);
        else clusters.push(same);
      }
      clusters.sort((a, b) => b.length - a.length);
      const majority = clusters[0];
      if (majority.length < 2 || majority.length === clusters[1]?.length) continue;
      const expected = mostCommon(majority.map((occurrence) => occurrence.phrase.text));
      usual.set(word, expected);
      const report = (unit: CheckedUnit, phrase: Phrase, wanted: string) => {
        if (covered.has(phrase.text.toLowerCase())) return;
        context.report({ unit, messageId: 'drift', data: { source: word, found: phrase.text, expected: wanted, count: majority.length }, source: word, expected: wanted, found: phrase.text, offset: phrase.start });
      };
      for (const cluster of clusters.slice(1)) for (const { unit, phrase } of cluster) report(unit, phrase, expected);
      for (const { unit, phrase, spelling } of minoritySpellings(majority)) report(unit, phrase, spelling);
    }
    // A unit with the source word but without its usual rendering: an unexplained name that sounds like it is drift (Peking for Beijing).
    let lowerCaseWords: Set<string> | undefined;
    // "Let" opening a sentence is the word "let" if the units write it in lower case elsewhere.
    const isCommonWord = (phrase: Phrase, target: string) =>
      !phrase.text.includes(' ') && isSentenceStart(target, phrase.start) && (lowerCaseWords ??= wordsInLowerCase(units)).has(phrase.text.toLowerCase());
    let lowerCaseUses: Map<string, number[]> | undefined;
    // A word some unit writes in lower case without the name in its source is an ordinary word.
    const writtenInLowerCaseElsewhere = (lower: string, word: string) => (lowerCaseUses ??= lowerCaseUnits(units)).get(lower)?.some((at) => !sourceWords[at].has(word)) === true;
    // A name the target spells in pinyin is a person's unless the dictionary knows it (北京 is a place).
    const isPerson = (word: string) => (romanized.has(word) && !dictionary.senses(word)) || (dictionary.senses(word) ?? []).some(namesPerson);
    const termbaseWord = context.termbase ? compileTermbase(context.termbase).coversSource : () => false;
    units.forEach((unit, index) => {
      let unexplained: Phrase[] | undefined;
      for (const word of sourceWords[index]) {
        const expected = usual.get(word);
        if (!expected || termbaseWord(word)) continue;
        const count = occurrences.get(word)!.length;
        const person = isPerson(word);
        const recased = person ? otherCase(unit.target, expected, (lower) => writtenInLowerCaseElsewhere(lower, word)) : undefined;
        if (recased) {
          context.report({ unit, messageId: 'drift', data: { source: word, found: recased.text, expected, count }, source: word, expected, found: recased.text, offset: recased.start });
          continue;
        }
        if (phrases[index].some((phrase) => sameRendering(phrase.text, expected) || partOf(phrase.text, expected))) continue;
        unexplained ??= phrases[index].filter((phrase) => !attribute(dictionary, phrase.text, sourceWords[index], renderings, spellings) && !glossedByAnother(dictionary, phrase.text, unit.source, word));
        const alike = unexplained.flatMap((phrase) => {
          const part = alikePart(phrase, expected, romanize(word));
          return part && !isCommonWord(part, unit.target) ? [part] : [];
        });
        if (alike.length === 1 && !covered.has(alike[0].text.toLowerCase())) {
          context.report({ unit, messageId: 'drift', data: { source: word, found: alike[0].text, expected, count }, source: word, expected, found: alike[0].text, offset: alike[0].start });
        } else if (alike.length === 0 && person && count >= 2) {
          // A person the other units name, named here by a description or not at all ("the US president").
          context.report({ unit, messageId: 'dropped', data: { source: word, expected, count }, source: word, expected, offset: sourceOffset(unit.source, word), side: 'source' });
        }
      }
    });
  },
};

/**
 * The part of a phrase that may be the usual rendering misspelled or romanized otherwise: the
 * whole phrase ("Peking" for "Beijing", "Canton" for "Guangzhou") or, in a longer one, a run of its
 * words ("Truump" in "President Truump", "Obam" in "Obam-era").
 */
function alikePart(phrase: Phrase, expected: string, pinyin: string): Phrase | undefined {
  if (soundsAlike(phrase.text, expected) || areAliases(phrase.text, expected) || soundsAlike(phrase.text, pinyin)) return phrase;
  const names = expected.split(/[\s-]+/).filter((name) => name.length >= 4 && /^\p{Lu}/u.test(name));
  for (const match of phrase.text.matchAll(/[^\s-]+/g)) {
    const word = match[0].replace(/['’]s$/, '');
    if (names.some((name) => name !== word && nearSpelling(word, name))) return { text: word, start: phrase.start + match.index! };
  }
  return undefined;
}

/** The units that write each word in lower case. */
function lowerCaseUnits(units: readonly CheckedUnit[]): Map<string, number[]> {
  const uses = new Map<string, number[]>();
  units.forEach((unit, index) => {
    for (const word of new Set(Array.from(unit.target.matchAll(/\b[a-z][a-z'’-]*/g), (match) => match[0]))) pushTo(uses, word, index);
  });
  return uses;
}

/** Every word the targets write in lower case. */
function wordsInLowerCase(units: readonly CheckedUnit[]): Set<string> {
  const words = new Set<string>();
  for (const unit of units) for (const [word] of unit.target.matchAll(/\b[a-z][a-z'’-]*/g)) words.add(word);
  return words;
}

/** Names outside the dictionary that some unit spells in pinyin, wherever they occur in a source. */
function addRomanizedNames(units: readonly CheckedUnit[], phrases: readonly Phrase[][], sourceWords: Array<Set<string>>): Set<string> {
  const names = new Set<string>();
  units.forEach((unit, index) => {
    for (const name of romanizedNames(unit.source, phrases[index].map((phrase) => phrase.text))) names.add(name);
  });
  if (names.size === 0) return names;
  const index = new ChineseTermIndex([...names].map((name) => ({ text: name, value: name })));
  units.forEach((unit, position) => {
    for (const hit of index.find(unit.source)) sourceWords[position].add(hit.value);
  });
  return names;
}

/** A dictionary sense that describes a person: "Donald Trump (1946–), …", "Medvedyev (name)". */
const namesPerson = (sense: string) => /\((?:c\.\s*)?\d{3,4}\s*[-–]|\(name\)|\bsurname\b/.test(sense);

/**
 * The usual rendering's words written in another case ("Donald trump", "the trump administration"), where the unit does not also write the name the usual way; `common`
 * tells words that are ordinary English in lower case ("may" is not Theresa May).
 */
function otherCase(target: string, expected: string, common: (word: string) => boolean): Phrase | undefined {
  const words = new Set(expected.split(/[\s-]+/).filter((word) => word.length > 1 && /^\p{Lu}/u.test(word)));
  const lower = new Set([...words].map((word) => word.toLowerCase()));
  const tokens = [...target.matchAll(/[\p{L}][\p{L}’']*/gu)].map((match) => ({ text: match[0].replace(/['’]s$/, ''), start: match.index! }));
  const recased = (token: { text: string }) => {
    // All capitals are a dateline's or a headline's ("BEIJING, Sep 5"), not a name's case changed.
    const key = token.text.toLowerCase();
    return lower.has(key) && !words.has(token.text) && token.text !== token.text.toUpperCase() && !(token.text === key && common(key));
  };
  const at = tokens.findIndex(recased);
  if (at < 0) return undefined;
  const joined = (k: number) => /^\s+$/.test(target.slice(tokens[k].start + tokens[k].text.length, tokens[k + 1].start));
  let from = at;
  let to = at;
  while (from > 0 && lower.has(tokens[from - 1].text.toLowerCase()) && joined(from - 1)) from--;
  while (to + 1 < tokens.length && lower.has(tokens[to + 1].text.toLowerCase()) && joined(to)) to++;
  if (tokens.some((token, k) => (k < from || k > to) && words.has(token.text))) return undefined;
  const end = tokens[to].start + tokens[to].text.length;
  return { text: target.slice(tokens[from].start, end), start: tokens[from].start };
}

function sourceOffset(source: string, word: string): number {
  return Math.max(0, source.indexOf(word));
}


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
function glossedByAnother(dictionary: Dictionary, phrase: string, source: string, word: string): boolean {
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
function partOf(phrase: string, rendering: string): Phrase | undefined {
  const words = [...phrase.matchAll(/[^\s-]+/g)].map((match) => ({ text: match[0], start: match.index! }));
  for (let length = words.length; length > 0; length--) {
    for (let from = 0; from + length <= words.length; from++) {
      const start = words[from].start;
      const text = phrase.slice(start, words[from + length - 1].start + words[from + length - 1].text.length);
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
function minoritySpellings(cluster: ReadonlyArray<{ unit: CheckedUnit; phrase: Phrase }>): Array<{ unit: CheckedUnit; phrase: Phrase; spelling: string }> {
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

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

/** Target forms the termbase already rules on: those are term-deprecated's and term-missing's to report. */
function termbaseForms(context: RuleContext): Set<string> {
  return new Set(context.termbase!.concepts.flatMap((concept) => concept.terms.map((term) => term.text.toLowerCase())));
}
