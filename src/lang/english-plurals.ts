/**
 * Regular English plural endings, read back: "-s" (not "-ss"), "-es" after a sibilant ("taxes",
 * "churches"), "-ies" for "-y" ("policies"). "lines" is "line", never "lin".
 */

/** Every singular a plural may come from, the plainest first: "taxes" → taxe, tax; "policies" → policie, policy. */
export function singularCandidates(word: string): string[] {
  const candidates: string[] = [];
  if (/[^s]s$/i.test(word)) candidates.push(word.slice(0, -1));
  if (/(?:[sxz]|[cs]h)es$/i.test(word)) candidates.push(word.slice(0, -2));
  if (/ies$/i.test(word)) candidates.push(`${word.slice(0, -3)}y`);
  return candidates;
}

/** The likeliest singular of a word, the word itself when it has no plural ending: "Philistines" → Philistine. */
export function singular(word: string): string {
  if (word.length > 4 && /ies$/i.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:[sxz]|[cs]h)es$/i.test(word)) return word.slice(0, -2);
  if (/[^s]s$/i.test(word)) return word.slice(0, -1);
  return word;
}
