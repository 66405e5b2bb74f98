/**
 * English abbreviations that end in a period without ending the sentence. Lower case, without
 * the final period; multi-part ones keep their inner periods (`u.s`, `a.m`).
 */

/** Before a name, never a sentence end: "Mr. Kim", "Gen. Park". */
export const TITLES = new Set(
  (
    'mr mrs ms messrs mme mlle dr prof rev fr sr jr st gen lt col maj capt cpt cmdr adm sgt cpl pvt sen rep gov pres ' +
    'supt insp det hon amb sec atty esq rt'
  ).split(' '),
);

/** Before a number or a word, rarely a sentence end: "Sep. 5", "No. 3", "approx. 20". */
export const PREFIXES = new Set(
  (
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun no nos vol vols p pp ' +
    'fig figs ch chap sec art para ed eds approx ca cf vs v op ref dept est div univ assn bros mt ft ave blvd rd hwy ' +
    'e.g i.e viz al n° nº min mins hr hrs secs yr yrs wk wks incl excl misc tel ext attn qty pcs'
  ).split(' '),
);

/**
 * Abbreviations that may also close a sentence: "… 3 p.m. He left" breaks, "… 3 p.m. on Friday"
 * does not. Decided by the word that follows.
 */
export const AMBIGUOUS = new Set(
  (
    'etc inc ltd co corp llc plc bros a.m p.m u.s u.k u.n e.u u.s.a d.c n.y l.a b.c a.d ph.d m.d b.a m.a jr sr ' +
    'dept govt intl natl assoc'
  ).split(' '),
);

/** Words that usually open a sentence: after an ambiguous abbreviation they signal a break. */
export const SENTENCE_STARTERS = new Set(
  (
    'i he she it we they you this that these those there the a an his her its their our my your what when where why how who ' +
    'but and so yet however meanwhile then now also in on at after before while if although though because since as ' +
    'according some many most all both no not one two three did do does is are was were can could will would should have has'
  ).split(' '),
);
