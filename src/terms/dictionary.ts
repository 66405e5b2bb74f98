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
  return { senses: followingReferences((word) => map.get(word)), words: new WordPrefixes(map.keys()) };
}

/** `see 廣州市|广州市[Guang3 zhou1 Shi4]`, `same as 孫逸仙|孙逸仙`: a sense that only points to another entry. */
const REFERENCE = /^(?:see|same as) (?:[^|[\s]+\|)?([^|[\s]+)(?:\[[^\]]*\])?$/;

/**
 * CC-CEDICT explains many words only by pointing to another entry (广州 → 广州市, 孙中山 → 孙逸仙):
 * the senses of the entry pointed to stand in for the pointer, one step deep.
 */
export function followingReferences(senses: (word: string) => readonly string[] | undefined): (word: string) => readonly string[] | undefined {
  const resolved = new Map<string, readonly string[] | undefined>();
  const replaced = (sense: string): readonly string[] => {
    const target = REFERENCE.exec(sense)?.[1];
    if (target === undefined) return [sense];
    return (senses(target) ?? []).filter((other) => !REFERENCE.test(other));
  };
  return (word) => {
    if (resolved.has(word)) return resolved.get(word);
    const own = senses(word);
    const result = own?.some((sense) => REFERENCE.test(sense)) ? own.flatMap(replaced) : own;
    resolved.set(word, result);
    return result;
  };
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
