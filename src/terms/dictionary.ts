import { pushTo } from '../collections.js';
import { glossesOf, loadCedictRows } from '../lang/cedict.js';
import { WordPrefixes } from '../lang/longest-match.js';

/** Chinese word → its dictionary senses (English glosses), for learning how names are rendered. */
export interface Dictionary {
  senses(word: string): readonly string[] | undefined;
  words: WordPrefixes;
}

export function dictionaryFrom(entries: Iterable<readonly [string, readonly string[]]>): Dictionary {
  const map = new Map<string, string[]>();
  for (const [word, senses] of entries) pushTo(map, word, ...senses);
  return { senses: (word) => map.get(word), words: new WordPrefixes(map.keys()) };
}

let cedict: Promise<Dictionary> | undefined;

export function loadCedictDictionary(): Promise<Dictionary> {
  cedict ??= loadCedictRows().then((rows) => dictionaryFrom(rows.map((row) => [row[1], glossesOf(row)] as const)));
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
