/** Proper names as English writes them: runs of capitalised words. */

export interface Phrase {
  text: string;
  start: number;
}

/** Words that are capitalised for their place in the sentence, not because they are names. */
const NOT_NAMES = new Set(
  [
    ...'The A An He She It They We I This That These Those There On In At As By For From With After Before While When Where Why How What Who But And Or So Yet Also Over Under Published Accompanying According Mr Mrs Ms Dr Prof'.split(' '),
    // Dates are capitalised too: "Sep 5", "on Monday" (not May, which is also a name).
    ...'January February March April June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec'.split(' '),
    ...'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' '),
  ],
);

/**
 * A word, hyphenated parts included. The bounds keep the regular expression's backtracking
 * finite: an unbounded run over a ten-million-letter "word" exhausts the stack. No name is that long.
 */
const WORD_TOKEN = /[\p{L}][\p{L}'’]{0,63}(?:-\p{L}{1,63}){0,15}/gu;

/**
 * Proper names of a text: runs of capitalised words, joined by "of" inside ("Workers' Party of
 * Korea"); an acronym among capitalised words stands alone ("DPRK Foreign Minister" → DPRK,
 * Foreign Minister), an all-capitals run stays whole ("CHINA DAILY").
 */
export function properPhrases(text: string): Phrase[] {
  const phrases: Phrase[] = [];
  let current: Array<{ word: string; start: number; end: number }> = [];
  let currentCaps = false;
  const flush = () => {
    while (current.length > 0 && (current[current.length - 1].word === 'of' || NOT_NAMES.has(current[0].word))) {
      if (current[current.length - 1].word === 'of') current.pop();
      else current.shift();
    }
    if (current.length > 0) {
      const start = current[0].start;
      const phrase = text.slice(start, current[current.length - 1].end).replace(/['’]s?$/, '');
      if (phrase.length > 1) phrases.push({ text: phrase, start });
    }
    current = [];
  };
  let previousEnd = 0;
  for (const match of text.matchAll(WORD_TOKEN)) {
    const word = match[0];
    const start = match.index!;
    const gap = text.slice(previousEnd, start);
    previousEnd = start + word.length;
    const capitalised = /^\p{Lu}/u.test(word);
    const caps = word.length > 1 && word === word.toUpperCase();
    const joined = current.length > 0 && /^ $/.test(gap);
    if (!capitalised) {
      if (word === 'of' && joined && !currentCaps) current.push({ word, start, end: previousEnd });
      else flush();
      continue;
    }
    if (!joined || (current.length > 0 && caps !== currentCaps)) flush();
    if (current.length === 0) currentCaps = caps;
    current.push({ word, start, end: previousEnd });
  }
  flush();
  return phrases;
}
