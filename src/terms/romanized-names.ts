import { remembered } from '../collections.js';
import { pinyinSyllableAt } from '../lang/pinyin.js';
import { variantKey } from './variants.js';

/** Every run of one to four consecutive words of a proper name, as a variant key ("wangmingyuan", "mingyuan"). */
const wordRunKeys = remembered((phrase: string): string[] => {
  const keys = new Set<string>();
  const words = phrase.split(/\s+/);
  for (let from = 0; from < words.length; from++) {
    for (let to = from + 1; to <= Math.min(words.length, from + 4); to++) keys.add(variantKey(words.slice(from, to).join('')));
  }
  return [...keys];
});

/**
 * Names a dictionary does not have, found where the target spells them in pinyin: runs of two to
 * four Chinese characters whose syllables, joined, are one of the target's proper names
 * (王明远 when the target says "Wang Mingyuan").
 */
export function romanizedNames(source: string, phrases: readonly string[]): string[] {
  if (phrases.length === 0) return [];
  const keys = [...new Set(phrases.flatMap(wordRunKeys))];
  const names: string[] = [];
  for (let from = 0; from < source.length; from++) {
    let joined = '';
    for (let to = from; to < Math.min(source.length, from + 4); to++) {
      const sound = pinyinSyllableAt(source, to);
      if (sound === '') break;
      joined += sound;
      if (to > from && keys.includes(joined)) names.push(source.slice(from, to + 1));
      if (!keys.some((key) => key.startsWith(joined))) break;
    }
  }
  return names;
}

/** The pinyin of a Chinese name, syllables joined without tones: 北京 → beijing. */
export function romanize(name: string): string {
  let key = '';
  for (let index = 0; index < name.length; index++) key += pinyinSyllableAt(name, index);
  return key;
}

/** Whether a proper name spells the Chinese name in pinyin, in whole or in part ("Beijing" for 北京). */
export function spells(name: string, phrase: string): boolean {
  const key = romanize(name);
  return key.length > 0 && wordRunKeys(phrase).includes(key);
}
