/** The spelling standards an English language tag asks for. */
export type EnglishDialect = 'american' | 'british';

/** Countries whose English follows British spelling (colour, organise, centre). */
const BRITISH_REGIONS = new Set(['gb', 'uk', 'au', 'nz', 'ie', 'in', 'za']);

/**
 * `en-US` → American, `en-GB` (and other Commonwealth regions) → British; a tag without a region
 * (`en`) or with a mixed one (`en-CA`, `en-HK`) accepts either, so only real misspellings are found.
 */
export function englishDialects(language: string): EnglishDialect[] {
  const region = language.toLowerCase().split(/[-_]/)[1];
  if (region === 'us') return ['american'];
  if (region !== undefined && BRITISH_REGIONS.has(region)) return ['british'];
  return ['american', 'british'];
}
