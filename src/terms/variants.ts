/**
 * When two renderings are "the same": Kim Jong Un / Kim Jong-un / KIM JONG UN / Kim Jong Ŭn,
 * Xi / Xi Jinping (a short form), Workers' / Workers’, Mao Zedong / Mao Tse-tung (pinyin against
 * Wade–Giles).
 */

/** Lower case, no diacritics, apostrophes, hyphens or spaces. */
export function variantKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`\s\-‐–]/g, '');
}

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
export function romanizationKey(text: string): string {
  const key = text
    .split(/[\s-]+/)
    .map((syllable) => variantKey(wadeGilesToPinyin(syllable)))
    .join('');
  return foldAspiration(key);
}

function tokens(text: string): string[] {
  return text.toLowerCase().replace(/['’]s\b/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Whether two renderings differ only in spelling, or one is a short form of the other. */
export function sameRendering(a: string, b: string): boolean {
  if (variantKey(a) === variantKey(b) || romanizationKey(a) === romanizationKey(b)) return true;
  const left = tokens(a);
  const right = tokens(b);
  const [short, long] = left.length <= right.length ? [left, right] : [right, left];
  return short.length > 0 && short.every((token) => long.includes(token));
}
