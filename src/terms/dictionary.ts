import { pushTo } from '../collections.js';
import { glossesOf, loadCedictRows } from '../lang/cedict.js';
import { WordPrefixes } from '../lang/longest-match.js';

/** Chinese word → its dictionary senses (English glosses), for learning how names are rendered. */
export interface Dictionary {
  senses(word: string): readonly string[] | undefined;
  words: WordPrefixes;
}

/** The senses of each word, those of a word listed several times together. */
export function sensesByWord(entries: Iterable<readonly [string, readonly string[]]>): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const [word, senses] of entries) pushTo(map, word, ...senses);
  return map;
}

export function dictionaryFrom(entries: Iterable<readonly [string, readonly string[]]>): Dictionary {
  return dictionaryOf(sensesByWord(entries));
}

function dictionaryOf(map: ReadonlyMap<string, readonly string[]>): Dictionary {
  return { senses: (word) => map.get(word), words: new WordPrefixes(map.keys()) };
}

/** CC-CEDICT's simplified headwords and their senses. */
export async function loadCedictSenses(): Promise<Map<string, string[]>> {
  return sensesByWord((await loadCedictRows()).map((row) => [row[1], glossesOf(row)] as const));
}

let cedict: Promise<Dictionary> | undefined;

export function loadCedictDictionary(): Promise<Dictionary> {
  cedict ??= loadCedictSenses().then(dictionaryOf);
  return cedict;
}

/** Dictionary words of a Chinese text, longest match first. */
export function dictionaryWords(dictionary: Dictionary, text: string): Array<{ word: string; start: number }> {
  const words: Array<{ word: string; start: number }> = [];
  for (let i = 0; i < text.length; ) {
    const length = dictionary.words.longestAt(text, i);
    if (length > 0) words.push({ word: text.slice(i, i + length), start: i });
    i += length || 1;
  }
  return words;
}
