import { hanCount } from '../lang/script.js';

/** Matches below this score are not worth counting as leverage: the analysis' lowest band starts here. */
export const LOWEST_BAND_SCORE = 50;

/**
 * Match bands as CAT tools report them: `context` is an exact match whose neighbours match too,
 * `repetitions` a segment whose source came earlier in the same document.
 */
export const BANDS = ['context', 'repetitions', '100', '95-99', '85-94', '75-84', '50-74', 'no match'] as const;
export type Band = (typeof BANDS)[number];

/** The band of a match score (an in-context exact match scores above 100, as `lookup` reports it). */
export function bandOf(score: number | undefined): Band {
  if (score === undefined || score < LOWEST_BAND_SCORE) return 'no match';
  if (score > 100) return 'context';
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

export function countInto(analysis: Analysis, band: Band, source: string, target: string | undefined): void {
  const count = analysis[band];
  count.units++;
  count.characters += chineseCharacterCount(source);
  count.words += englishWordCount(target ?? source);
}

/** Chinese characters, as CAT tools count Chinese volume. */
export function chineseCharacterCount(text: string): number {
  return hanCount(text);
}

/** English words, hyphenated and apostrophised forms counting once; the repetition is bounded, as unbounded group repetition overflows the stack on hostile text. */
export function englishWordCount(text: string): number {
  return (text.match(/[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+){0,15}/g) ?? []).length;
}

/** Every band added up. */
export function analysisTotal(analysis: Analysis): BandCount {
  const total = { units: 0, characters: 0, words: 0 };
  for (const band of BANDS) {
    total.units += analysis[band].units;
    total.characters += analysis[band].characters;
    total.words += analysis[band].words;
  }
  return total;
}

export const ANALYSIS_FORMATS = ['csv', 'json'] as const;
export type AnalysisFormat = (typeof ANALYSIS_FORMATS)[number];

/** The analysis for a spreadsheet (CSV: one row a band, then the total) or a program (JSON). */
export function formatAnalysis(analysis: Analysis, format: AnalysisFormat): string {
  const row = (band: string, count: BandCount) => ({ band, segments: count.units, characters: count.characters, words: count.words });
  const bands = BANDS.map((band) => row(band, analysis[band]));
  const total = row('total', analysisTotal(analysis));
  if (format === 'json') return `${JSON.stringify({ bands, total }, null, 2)}\n`;
  return ['band,segments,characters,words', ...[...bands, total].map((each) => `${each.band},${each.segments},${each.characters},${each.words}`)].map((line) => `${line}\r\n`).join('');
}
