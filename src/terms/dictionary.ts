import { pushTo } from '../collections.js';
import { glossesOf, loadCedictRows } from '../lang/cedict.js';

/** Chinese word → its dictionary senses (English glosses), for learning how names are rendered. */
export interface Dictionary {
  senses(word: string): readonly string[] | undefined;
  maxWordLength: number;
}

export function dictionaryFrom(entries: Iterable<readonly [string, readonly string[]]>): Dictionary {
  const map = new Map<string, string[]>();
  let maxWordLength = 1;
  for (const [word, senses] of entries) {
    pushTo(map, word, ...senses);
    maxWordLength = Math.max(maxWordLength, Math.min(word.length, 8));
  }
  return { senses: (word) => map.get(word), maxWordLength };
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
    let length = Math.min(dictionary.maxWordLength, text.length - i);
    while (length > 1 && !dictionary.senses(text.slice(i, i + length))) length--;
    if (dictionary.senses(text.slice(i, i + length))) words.push({ word: text.slice(i, i + length), start: i });
    i += length;
  }
  return words;
}
