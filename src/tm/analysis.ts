/** Match bands as CAT tools report them. */
export const BANDS = ['101', '100', '95-99', '85-94', '75-84', '50-74', 'no match'] as const;
export type Band = (typeof BANDS)[number];

export function bandOf(score: number | undefined): Band {
  if (score === undefined || score < 50) return 'no match';
  if (score >= 101) return '101';
  if (score >= 100) return '100';
  if (score >= 95) return '95-99';
  if (score >= 85) return '85-94';
  if (score >= 75) return '75-84';
  return '50-74';
}

export interface BandCount {
  units: number;
  /** Chinese characters of the source. */
  characters: number;
  /** English words (of the source when it is English, else of the memory's translation). */
  words: number;
}

export type Analysis = Record<Band, BandCount>;

export function emptyAnalysis(): Analysis {
  return Object.fromEntries(BANDS.map((band) => [band, { units: 0, characters: 0, words: 0 }])) as Analysis;
}

export function countInto(analysis: Analysis, score: number | undefined, source: string, target: string | undefined): void {
  const band = analysis[bandOf(score)];
  band.units++;
  band.characters += chineseCharacterCount(source);
  band.words += englishWordCount(target ?? source);
}

/** Chinese characters, as CAT tools count Chinese volume. */
export function chineseCharacterCount(text: string): number {
  return (text.match(/[\u3400-\u9fff\uf900-\ufaff]/g) ?? []).length;
}

/** English words, hyphenated and apostrophised forms counting once. */
export function englishWordCount(text: string): number {
  return (text.match(/[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g) ?? []).length;
}
