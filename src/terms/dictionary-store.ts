/**
 * The Chinese–English dictionary as text, so the checker loads it without evaluating the
 * dictionary package's data module: a header line naming the dictionary it was built from and the
 * number of words, then one line a word, `word<TAB>sense<TAB>sense…`. A word's senses are split
 * only when asked for, since a check looks up a small share of the words.
 */
import { WordPrefixes } from '../lang/longest-match.js';
import { type Dictionary, followingReferences } from './dictionary.js';

const MAGIC = 'tmkit-dictionary/1';
const SEPARATORS = /[\t\n\r]+/g;

export function serializeDictionary(dictionary: ReadonlyMap<string, readonly string[]>, source: string): string {
  const lines = [[MAGIC, source.replace(SEPARATORS, ' '), String(dictionary.size)].join('\t')];
  for (const [word, senses] of dictionary) lines.push([word, ...senses].map((text) => text.replace(SEPARATORS, ' ')).join('\t'));
  return `${lines.join('\n')}\n`;
}

/** The stored dictionary, or undefined when the text is damaged or was built from another dictionary. */
export function deserializeDictionary(text: string, source: string): Dictionary | undefined {
  const lines = text.split('\n');
  const [magic, storedSource, count] = lines[0].split('\t');
  if (magic !== MAGIC || storedSource !== source.replace(SEPARATORS, ' ') || lines.length !== Number(count) + 2 || lines[lines.length - 1] !== '') return undefined;
  const rows = new Map<string, string>();
  for (let index = 1; index < lines.length - 1; index++) {
    const line = lines[index];
    const tab = line.indexOf('\t');
    rows.set(tab < 0 ? line : line.slice(0, tab), tab < 0 ? '' : line.slice(tab + 1));
  }
  const split = new Map<string, readonly string[]>();
  const senses = (word: string) => {
    let list = split.get(word);
    if (list === undefined) {
      const row = rows.get(word);
      if (row === undefined) return undefined;
      list = row === '' ? [] : row.split('\t');
      split.set(word, list);
    }
    return list;
  };
  return { senses: followingReferences(senses), words: new WordPrefixes(rows.keys()) };
}
