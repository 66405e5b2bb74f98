/** English words reduced for matching against dictionary glosses: `talks` → talk, `visited` → visit. */

const STOPWORDS = new Set(
  (
    'a an the of to in on at by for from with as and or but nor not no is are was were be been being am do does did ' +
    'have has had this that these those it its he him his she her they them their we us our you your i me my ' +
    'which who whom whose what when where why how all any each so than then there here also very can could will ' +
    'would shall should may might must into onto upon about over under out up down off per via etc one ' +
    // The same words in older English (scripture, verse, period fiction).
    'thou thee thy ye unto hath hast doth dost shalt wilt'
  ).split(' '),
);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** A light, rule-based stemmer: enough to meet glosses half-way, never a dictionary. */
export function lemma(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '').replace(/['’]/g, '');
  if (w.length <= 3) return w;
  // Older English third person (cometh, bringeth, knoweth): back to the stem and its e, which the
  // rules below treat as they treat any other (bringe → bring); ordinals (twentieth) stay.
  if (w.length > 5 && w.endsWith('eth') && !w.endsWith('tieth')) w = w.slice(0, -2);
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/[^s]s$/.test(w) && !/(us|is|ss)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ed') && w.length > 4) w = undouble(w.slice(0, -2));
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

function undouble(stem: string): string {
  return /([bdfglmnprt])\1$/.test(stem) ? stem.slice(0, -1) : stem;
}

const WORD = /[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]/g;

/** Content lemmas of an English sentence (hyphenated words give each part). */
export function englishLemmas(sentence: string): string[] {
  const lemmas: string[] = [];
  for (const match of sentence.matchAll(WORD)) {
    for (const part of match[0].split('-')) {
      const normalized = lemma(part);
      if (normalized.length > 1 && !STOPWORDS.has(normalized)) lemmas.push(normalized);
    }
  }
  return lemmas;
}
