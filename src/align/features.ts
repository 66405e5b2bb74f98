/** What the aligner knows of each sentence: its length, the English lemmas it can match, its numbers. */
import { pushTo } from '../collections.js';
import { extractNumbers } from '../lang/numbers.js';
import { pinyinSyllable } from '../lang/pinyin.js';
import { hanRuns } from '../lang/script.js';
import { isBoilerplate } from './boilerplate.js';
import { englishLemmas, lemma } from './english.js';
import type { Lexicon } from './lexicon.js';

export interface SentenceFeatures {
  /** Characters other than white space. */
  lengths: Float64Array;
  /** Per sentence, ascending unique lemma ids (Chinese: every lemma its words can mean). */
  lemmas: Int32Array[];
  /** Chinese only: each dictionary word's lemma ids, so coverage can be counted word by word. */
  words: Int32Array[][];
  /**
   * English only: for each of `lemmas`, where in the sentence it stands (0 = first word, 1 = last;
   * the mean of its occurrences), so that the order of a bead's sentences can be checked.
   */
  lemmaPositions: Float32Array[];
  /** Words that can match at all: Chinese dictionary words with glosses; English lemmas the lexicon knows. */
  wordCounts: Float64Array;
  /** Number values as strings (`904` for 9月4日 / Sep 4, kind-independent). */
  numbers: string[][];
  questions: Uint8Array;
  /** Sentences that quote speech (hold a quotation mark). */
  speech: Uint8Array;
  /** Page furniture (see boilerplate.ts): a line that may stand alone at little cost. */
  boilerplate: Uint8Array;
}

/** Ids for tokens outside the lexicon (Latin words inside Chinese, names), shared by both sides. */
export class TokenIds {
  private readonly extra = new Map<string, number>();

  constructor(private readonly lexicon: Lexicon) {}

  /** English words outside the lexicon and the Chinese side: nothing matches them until learned. */
  readonly unknownWords = new Set<number>();

  unknownWord(token: string): number {
    const id = this.id(token, true)!;
    this.unknownWords.add(id);
    return id;
  }

  id(token: string, create: boolean): number | undefined {
    const known = this.lexicon.lemmaIds.get(token);
    if (known !== undefined) return known;
    let id = this.extra.get(token);
    if (id === undefined && create) {
      id = this.lexicon.lemmaIds.size + this.extra.size;
      this.extra.set(token, id);
    }
    return id;
  }
}

const LATIN_IN_CHINESE = /[A-Za-z][A-Za-z'-]*/g;

export function chineseFeatures(sentences: readonly string[], lexicon: Lexicon, ids: TokenIds, names: NameSpellings): SentenceFeatures {
  const features = emptyFeatures(sentences.length);
  sentences.forEach((sentence, index) => {
    const reach = new Set<number>();
    const wordLemmas: Int32Array[] = [];
    let words = 0;
    const text = sentence;
    // Longest match first: 朝鲜劳动党 before 朝鲜.
    for (let position = 0; position < text.length; ) {
      const matched = lexicon.prefixes.longestAt(text, position);
      if (matched > 0) {
        const glossIds = lexicon.words.get(text.slice(position, position + matched))!;
        words++;
        const lemmas = matched > 1 ? withCharacterGlosses(glossIds, text.slice(position, position + matched), lexicon) : glossIds;
        wordLemmas.push(lemmas);
        for (const id of lemmas) reach.add(id);
      }
      position += matched || 1;
    }
    for (const match of text.matchAll(LATIN_IN_CHINESE)) {
      const id = ids.id(lemma(match[0]), true)!;
      if (!reach.has(id)) {
        words++;
        wordLemmas.push(Int32Array.of(id));
      }
      reach.add(id);
    }
    for (const id of pinyinNameIds(text, ids, names)) reach.add(id);
    features.words[index] = wordLemmas;
    fill(features, index, text, reach, words, 'zh');
  });
  return features;
}

/** A character with more glosses than this (子, 道, 打) matches too much to be evidence, and costs the most to look up. */
const MAX_CHARACTER_SENSES = 8;

/**
 * A word's glosses and those of its characters: a literary translator paraphrases, and the
 * characters often carry the English word the compound's gloss lacks (不大 "not big" ↔ "wasn't
 * very big" through 大 "big").
 */
function withCharacterGlosses(glossIds: Int32Array, word: string, lexicon: Lexicon): Int32Array {
  const ids = new Set(glossIds);
  for (const character of word) {
    const glosses = lexicon.words.get(character);
    if (glosses && glosses.length <= MAX_CHARACTER_SENSES) for (const id of glosses) ids.add(id);
  }
  return ids.size === glossIds.length ? glossIds : Int32Array.from(ids);
}

const CAPITALISED = /\b[A-Z][A-Za-z]+\b/g;

/** The capitalised words of the English side, lower-cased, and every prefix of them. */
export interface NameSpellings {
  words: Set<string>;
  prefixes: Set<string>;
}

export function nameSpellings(sentences: readonly string[]): NameSpellings {
  const words = new Set<string>();
  const prefixes = new Set<string>();
  for (const sentence of sentences) {
    for (const match of sentence.matchAll(CAPITALISED)) {
      const word = match[0].toLowerCase();
      if (words.has(word)) continue;
      words.add(word);
      for (let length = 1; length < word.length; length++) prefixes.add(word.slice(0, length));
    }
  }
  return { words, prefixes };
}

/**
 * Names romanised in pinyin (花建慧 → Hua Jianhui, 冯永斌 → FENG YONGBIN): every run of one to
 * three characters whose syllables, joined, spell a capitalised word of the English side.
 */
function pinyinNameIds(text: string, ids: TokenIds, names: NameSpellings): number[] {
  const found: number[] = [];
  for (const match of hanRuns(text)) {
    const run = [...match[0]].map(pinyinSyllable);
    for (let from = 0; from < run.length; from++) {
      let joined = '';
      for (let to = from; to < Math.min(run.length, from + 3); to++) {
        joined += run[to];
        if (names.words.has(joined)) found.push(ids.id(`py:${joined}`, true)!);
        if (!names.prefixes.has(joined)) break;
      }
    }
  }
  return found;
}

export function englishFeatures(sentences: readonly string[], ids: TokenIds): SentenceFeatures {
  const features = emptyFeatures(sentences.length);
  sentences.forEach((sentence, index) => {
    const lemmaSet = new Set<number>();
    const positions = new Map<number, number[]>();
    let words = 0;
    for (const match of sentence.matchAll(CAPITALISED)) {
      const id = ids.id(`py:${match[0].toLowerCase()}`, false);
      if (id === undefined) continue;
      if (!lemmaSet.has(id)) words++;
      lemmaSet.add(id);
      pushTo(positions, id, match.index / Math.max(1, sentence.length - 1));
    }
    const entries = englishLemmas(sentence);
    entries.forEach((entry, k) => {
      const known = ids.id(entry, false);
      // A word nothing on the Chinese side can match is kept for the document to teach
      // (learned-pairs.ts), but counts among the words to cover only once it has been learned.
      const matchable = known !== undefined && !ids.unknownWords.has(known);
      const id = known ?? ids.unknownWord(entry);
      if (matchable && !lemmaSet.has(id)) words++;
      lemmaSet.add(id);
      pushTo(positions, id, k / Math.max(1, entries.length - 1));
    });
    fill(features, index, sentence, lemmaSet, words, 'en');
    features.lemmaPositions[index] = Float32Array.from(features.lemmas[index], (id) => mean(positions.get(id)!));
  });
  return features;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function emptyFeatures(count: number): SentenceFeatures {
  return {
    lengths: new Float64Array(count),
    lemmas: new Array<Int32Array>(count),
    wordCounts: new Float64Array(count),
    numbers: new Array<string[]>(count),
    words: new Array<Int32Array[]>(count),
    lemmaPositions: new Array<Float32Array>(count),
    questions: new Uint8Array(count),
    boilerplate: new Uint8Array(count),
    speech: new Uint8Array(count),
  };
}

const CHINESE_QUOTE = /[“”「」『』"]/;
/**
 * Double quotes anywhere; a single quote only where it opens a quotation or ends the sentence
 * (not in don't, o'clock or the Workers' Party).
 */
const ENGLISH_QUOTE = /["“”‘]|(^|[\s(—–-])'|['’]\s*$/;

function fill(features: SentenceFeatures, index: number, text: string, lemmas: Set<number>, words: number, lang: 'zh' | 'en'): void {
  features.lengths[index] = text.replace(/\s+/g, '').length;
  features.lemmas[index] = Int32Array.from(lemmas).sort();
  features.wordCounts[index] = words;
  features.numbers[index] = extractNumbers(text, lang).map((mention) => String(mention.value));
  features.questions[index] = /[?？]/.test(text) ? 1 : 0;
  features.speech[index] = (lang === 'zh' ? CHINESE_QUOTE : ENGLISH_QUOTE).test(text) ? 1 : 0;
  features.boilerplate[index] = isBoilerplate(text, lang) ? 1 : 0;
}
