/**
 * Han characters, by the Unicode Script property: every CJK block and extension, compatibility
 * ideographs and 〇, and none of the neighbouring symbols (U+4DC0–4DFF are hexagrams).
 * The one definition of "Chinese character" in tmkit; `HAN_CHARACTER` is its pattern text, to
 * build larger patterns from (with the `u` flag).
 */
export const HAN_CHARACTER = '\\p{Script=Han}';
export const HAN = new RegExp(HAN_CHARACTER, 'u');
const HAN_GLOBAL = new RegExp(HAN_CHARACTER, 'gu');
const HAN_RUN_GLOBAL = new RegExp(`${HAN_CHARACTER}+`, 'gu');
const LETTER_GLOBAL = /\p{L}/gu;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** How many Han characters the text has. */
export function hanCount(text: string): number {
  return text.match(HAN_GLOBAL)?.length ?? 0;
}

/** Runs of consecutive Han characters, with where each starts. */
export function hanRuns(text: string): IterableIterator<RegExpMatchArray> {
  return text.matchAll(HAN_RUN_GLOBAL);
}

/** Share of letters that are Han characters: 0 for English, close to 1 for Chinese. */
export function hanRatio(text: string): number {
  const letters = text.match(LETTER_GLOBAL)?.length ?? 0;
  if (letters === 0) return 0;
  return hanCount(text) / letters;
}
