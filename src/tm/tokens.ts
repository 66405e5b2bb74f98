/**
 * How a text is cut for matching: Chinese by character, English by word (punctuation apart).
 * `units` feed the edit distance; `grams` (pairs of neighbouring units) feed the index.
 */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const UNIT = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[^\s\p{L}\p{N}]/gu;

export function matchUnits(text: string): string[] {
  return text.match(UNIT) ?? [];
}

export function isChinese(text: string): boolean {
  return HAN.test(text);
}

/** Lower case, full-width forms folded: the form grams are compared in. */
export function foldForIndex(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Distinct neighbouring pairs of units (a single unit stands for itself). */
export function grams(text: string): string[] {
  const units = matchUnits(foldForIndex(text)).filter((unit) => /[\p{L}\p{N}]/u.test(unit));
  if (units.length === 1) return units;
  const result = new Set<string>();
  for (let i = 0; i + 1 < units.length; i++) result.add(`${units[i]}\u0001${units[i + 1]}`);
  return [...result];
}
