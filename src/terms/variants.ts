/**
 * When two renderings are "the same": Kim Jong Un / Kim Jong-un / KIM JONG UN / Kim Jong Ŭn,
 * Xi / Xi Jinping (a short form), Workers' / Workers’, Mao Zedong / Mao Tse-tung (pinyin against
 * Wade–Giles).
 */
import { remembered } from '../collections.js';
import { singular } from '../lang/english-plurals.js';
import { editDistance } from '../collections.js';

/** Lower case, no diacritics, apostrophes, hyphens or spaces. */
export const variantKey = remembered((text) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`\s\-‐–]/g, ''),
);

/** Wade–Giles spellings mapped onto pinyin, syllable by syllable (the common cases). */
const WADE_GILES: Array<[RegExp, string]> = [
  [/^hs/, 'x'], [/^ch'/, 'q'], [/^k'/, 'k'], [/^t'/, 't'], [/^p'/, 'p'], [/^ts'/, 'c'], [/^tz'/, 'c'],
  [/^ts/, 'z'], [/^tz/, 'z'], [/^ch(?=[iü])/, 'j'], [/^ch/, 'zh'], [/^k/, 'g'], [/^t/, 'd'], [/^p/, 'b'], [/^j/, 'r'],
  [/ung$/, 'ong'], [/ieh$/, 'ie'], [/ih$/, 'i'], [/^yu$/, 'you'],
];

function wadeGilesToPinyin(syllable: string): string {
  let result = syllable.toLowerCase().replace(/’/g, "'");
  for (const [pattern, replacement] of WADE_GILES) result = result.replace(pattern, replacement);
  return result.replace(/'/g, '');
}

/**
 * Aspirated and plain initials folded together, because Wade–Giles is mostly written without its
 * apostrophes: "Teng Hsiao-ping" stands for Teng Hsiao-p'ing (Deng Xiaoping), so p and b must meet.
 */
const ASPIRATION: Record<string, string> = { b: 'p', d: 't', g: 'k', j: 'q', z: 'c' };

/** Folded over the whole key, since pinyin writes a name's syllables run together ("Zedong"). */
function foldAspiration(key: string): string {
  return key.replace(/zh/g, 'ch').replace(/[bdgjz]/g, (letter) => ASPIRATION[letter]);
}

/** A key under which pinyin and Wade–Giles spellings of the same name meet. */
export const romanizationKey = remembered((text) =>
  foldAspiration(
    text
      .split(/[\s-]+/)
      .map((syllable) => variantKey(wadeGilesToPinyin(syllable)))
      .join(''),
  ),
);

/** A rendering's words, lower case and singular (remembered: the same names are compared again and again). */
const tokens = remembered((text): readonly string[] =>
  text
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(singular),
);

/** Whether `short` is a short form of `long`: some, not all, of its words ("Xi" of "Xi Jinping"). */
export function isShortForm(short: string, long: string): boolean {
  const part = tokens(short);
  const whole = tokens(long);
  return part.length > 0 && part.length < whole.length && part.every((token) => whole.includes(token));
}

/** Whether two renderings differ only in spelling: case, hyphens, apostrophes, diacritics, romanization. */
export function sameSpelling(a: string, b: string): boolean {
  return variantKey(a) === variantKey(b) || romanizationKey(a) === romanizationKey(b);
}

/** Whether two renderings differ only in spelling, or one is a short form of the other. */
export function sameRendering(a: string, b: string): boolean {
  if (sameSpelling(a, b)) return true;
  const left = tokens(a);
  const right = tokens(b);
  const [short, long] = left.length <= right.length ? [left, right] : [right, left];
  return short.length > 0 && short.every((token) => long.includes(token));
}

/**
 * Consonant classes under which the romanizations of one Chinese name meet: pinyin, Wade–Giles,
 * the old postal spellings and Cantonese forms (Beijing / Peking, Chongqing / Chungking,
 * Wang / Wong). Vowels, w, y and h carry too little to compare.
 */
const SOUND_CLASSES: Array<[RegExp, string]> = [
  [/tch|ch|zh|ts|tz|[jqczgk]/g, 'K'],
  [/sz|hs|sh|[xs]/g, 'S'],
  [/ng|n/g, 'N'],
  [/ph|f/g, 'F'],
  [/[td]/g, 'T'],
  [/[pb]/g, 'P'],
  [/[lr]/g, 'L'],
  [/m/g, 'M'],
];

/** The consonant skeleton of a romanized name: "Peking" and "Beijing" are both PKN. */
export function soundKey(text: string): string {
  let key = variantKey(text).replace(/[^a-z]/g, '');
  for (const [pattern, sound] of SOUND_CLASSES) key = key.replace(pattern, sound);
  return key.replace(/[a-z]/g, '').replace(/(.)\1+/g, '$1');
}

/** Whether two renderings may romanize the same name: equal skeletons, or one class apart in a long one. */
export function soundsAlike(a: string, b: string): boolean {
  const left = soundKey(a);
  const right = soundKey(b);
  if (left.length < 2 || right.length < 2) return false;
  if (left === right) return true;
  if (left.length !== right.length || left.length < 5) return false;
  let differences = 0;
  for (let k = 0; k < left.length; k++) if (left[k] !== right[k]) differences++;
  return differences <= 1;
}

/**
 * Renderings of one place that neither spelling nor sound relates: postal and Cantonese names
 * (Canton, Amoy, Swatow), names of an earlier era (Mukden, Port Arthur, Formosa) and the names
 * official English has moved to (Xizang).
 */
const ALIAS_GROUPS: readonly (readonly string[])[] = [
  ['Guangzhou', 'Canton'], ['Beijing', 'Peking', 'Peiping'], ['Nanjing', 'Nanking'], ['Tianjin', 'Tientsin'], ['Chongqing', 'Chungking'],
  ['Xiamen', 'Amoy'], ['Shantou', 'Swatow'], ['Fuzhou', 'Foochow'], ['Hangzhou', 'Hangchow'], ['Suzhou', 'Soochow'], ['Qingdao', 'Tsingtao'],
  ["Xi'an", 'Sian'], ['Chengdu', 'Chengtu'], ['Guilin', 'Kweilin'], ['Shenyang', 'Mukden'], ['Dalian', 'Dairen'], ['Lushun', 'Port Arthur'],
  ['Taiwan', 'Formosa'], ['Xizang', 'Tibet'], ['Inner Mongolia', 'Nei Mongol'], ['Yangtze', 'Changjiang'], ['Yellow River', 'Huanghe'],
];

const ALIASES = new Map(ALIAS_GROUPS.flatMap((group) => group.map((name) => [variantKey(name), group.map(variantKey)] as const)));

/** Whether two renderings name the same place under different names (Canton / Guangzhou). */
export function areAliases(a: string, b: string): boolean {
  return ALIASES.get(variantKey(a))?.includes(variantKey(b)) === true && variantKey(a) !== variantKey(b);
}

/** How many letters a word of `length` may differ by and still be the same name misspelled. */
const tolerance = (length: number) => (length >= 7 ? 2 : length >= 4 ? 1 : 0);

/** Letters apart, ignoring case, hyphens, spaces, apostrophes and diacritics. */
function spellingDistance(written: string, wanted: string): number {
  const a = variantKey(written);
  const b = variantKey(wanted);
  return a === b ? 0 : editDistance([...a], [...b]);
}

/** Whether two words may be one name misspelled: "Merkl" / "Merkel", "Poutine" / "Putin", "Jin-ping" / "Jinping". */
export function nearSpelling(written: string, wanted: string): boolean {
  return spellingDistance(written, wanted) <= tolerance(Math.max(variantKey(written).length, variantKey(wanted).length));
}

/**
 * Whether a run of words may be a name of as many words misspelled: each word a letter or two off,
 * a short syllable one letter off ("Choe Sun Hui" for "Choe Son Hui"), and few letters off in all.
 */
export function nearName(written: readonly string[], wanted: readonly string[]): boolean {
  if (written.length !== wanted.length) return false;
  let total = 0;
  for (let k = 0; k < written.length; k++) {
    const distance = spellingDistance(written[k], wanted[k]);
    if (distance > Math.max(1, tolerance(Math.max(written[k].length, wanted[k].length)))) return false;
    total += distance;
  }
  return total <= tolerance(wanted.join('').length);
}
