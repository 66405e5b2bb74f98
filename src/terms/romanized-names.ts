import { pinyin } from 'pinyin-pro';
import { variantKey } from './variants.js';

const syllables = new Map<string, string>();

function syllable(char: string): string {
  let value = syllables.get(char);
  if (value === undefined) {
    if (syllables.size > 50_000) syllables.clear();
    syllables.set(char, (value = /\p{Script=Han}/u.test(char) ? pinyin(char, { toneType: 'none' }).replace(/ü/g, 'v') : ''));
  }
  return value;
}

/** Every run of one to four consecutive words of a proper name, as a variant key ("wangmingyuan", "mingyuan"). */
function wordRunKeys(phrases: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const phrase of phrases) {
    const words = phrase.split(/\s+/);
    for (let from = 0; from < words.length; from++) {
      for (let to = from + 1; to <= Math.min(words.length, from + 4); to++) keys.add(variantKey(words.slice(from, to).join('')));
    }
  }
  return keys;
}

/**
 * Names a dictionary does not have, found where the target spells them in pinyin: runs of two to
 * four Chinese characters whose syllables, joined, are one of the target's proper names
 * (王明远 when the target says "Wang Mingyuan").
 */
export function romanizedNames(source: string, phrases: readonly string[]): string[] {
  if (phrases.length === 0) return [];
  const keys = [...wordRunKeys(phrases)];
  const names: string[] = [];
  for (let from = 0; from < source.length; from++) {
    let joined = '';
    for (let to = from; to < Math.min(source.length, from + 4); to++) {
      const sound = syllable(source[to]);
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
  return [...name].map(syllable).join('');
}

/** Whether a proper name spells the Chinese name in pinyin, in whole or in part ("Beijing" for 北京). */
export function spells(name: string, phrase: string): boolean {
  const key = romanize(name);
  return key.length > 0 && wordRunKeys([phrase]).has(key);
}
