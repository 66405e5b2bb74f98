/**
 * English forms new words faster than word lists follow: news writes "denuclearization",
 * "multilateralism", "cybersecurity" and "livestream" long before a Hunspell list has them. A word
 * the list lacks is accepted when it is built from words the list has, by a productive prefix, a
 * productive suffix or as a closed compound of two longer words — a typo ("goverment",
 * "recieve", "occured") is not.
 */
const PREFIXES = [
  'anti', 'bio', 'co', 'counter', 'cyber', 'de', 'eco', 'geo', 'hyper', 'inter', 'intra', 'macro', 'mega', 'micro', 'mini', 'multi', 'neo', 'non',
  'over', 'post', 'pre', 'pro', 're', 'self', 'semi', 'sub', 'super', 'tele', 'trans', 'ultra', 'un', 'under',
];

/**
 * Derivational suffix → what the stem may have ended with before it was added. British -is- forms
 * need the -ise verb in the word list, so an American list still rejects "organisation". Inflections (-s,
 * -ed, -ing) are only read off formed stems: for a listed stem the word list already knows the
 * right inflection, so "occured" and "begining" stay misspelled.
 */
const DERIVATIONS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['izations', ['', 'ize', 'e']], ['ization', ['', 'ize', 'e']], ['isations', ['ise']], ['isation', ['ise']],
  ['isms', ['', 'e']], ['ism', ['', 'e']], ['ists', ['', 'e']], ['ist', ['', 'e']], ['izing', ['', 'e']], ['ize', ['', 'e']],
];
const INFLECTIONS: ReadonlyArray<readonly [string, readonly string[]]> = [['ing', ['', 'e']], ['ed', ['', 'e']], ['s', ['']]];

/** A prefix leaves at least this much of a word, so "untill" is not un + till. */
const MIN_REMAINDER = 5;
/** Both halves of a closed compound are words of at least this length. */
const MIN_HALF = 4;
/** Word-list words that are really suffixes: "publically" is no public + ally. */
const SUFFIX_LIKE = new Set(['ally', 'ting', 'ment', 'ness', 'less', 'able', 'ible', 'tion', 'sion', 'ance', 'ence', 'ship', 'hood', 'ward', 'wise', 'ling', 'ical', 'ings']);

const LONGEST_FORMED_WORD = 60;

/** Words of the news that no general word list has, and no rule of formation gives. */
export const NEWS_WORDS: ReadonlySet<string> = new Set([
  'renminbi', 'yuan', 'hutong', 'hutongs', 'netizen', 'netizens', 'taikonaut', 'taikonauts', 'rollout', 'rollouts', 'multipolar', 'multipolarity',
  'hegemonism', 'ecommerce', 'fintech', 'livestreamer', 'livestreamers', 'geoeconomic', 'geoeconomics', 'xiaokang', 'guanxi', 'qipao',
  'derisking', 'deglobalization', 'vaccinations', 'covid', 'subvariant', 'subvariants',
]);

export function formedFromKnownWords(word: string, known: (word: string) => boolean, depth = 2): boolean {
  // Trying every split of a longer run of letters costs its length squared, and no English word is that long.
  if (depth === 0 || word.length > LONGEST_FORMED_WORD) return false;
  const lower = word.toLowerCase();
  const formed = (part: string) => formedFromKnownWords(part, known, depth - 1);
  for (const prefix of PREFIXES) {
    if (!lower.startsWith(prefix) || lower.length - prefix.length < MIN_REMAINDER) continue;
    const rest = lower.slice(prefix.length);
    if (known(rest) || formed(rest)) return true;
  }
  for (const [suffixes, stemMayBeKnown] of [[DERIVATIONS, true], [INFLECTIONS, false]] as const) {
    for (const [suffix, endings] of suffixes) {
      if (!lower.endsWith(suffix) || lower.length - suffix.length < MIN_HALF) continue;
      const stem = lower.slice(0, -suffix.length);
      if (endings.some((ending) => (stemMayBeKnown && known(stem + ending)) || (!known(stem + ending) && formed(stem + ending)))) return true;
    }
  }
  for (let split = MIN_HALF; split <= lower.length - MIN_HALF; split++) {
    const second = lower.slice(split);
    if (!SUFFIX_LIKE.has(second) && known(lower.slice(0, split)) && known(second)) return true;
  }
  return false;
}
