/**
 * How a unit's target renders the termbase concepts its source names. Only concepts whose source
 * term is in the unit are judged; a target form is evidence for every such concept that lists it.
 * Approved forms pass with a plural or possessive ending, a title in lower case ("the president of
 * France"), a capital the form lacks, and a name's short form ("Trump" for "Donald Trump"); what
 * stands where an approved form should is named as `found`.
 */
import { remembered } from '../collections.js';
import type { Concept, Term } from '../model/types.js';
import { type Dictionary, dictionaryWords } from './dictionary.js';
import type { CompiledTermbase, EnglishHit, FormEntry, TermHit, Token } from './matcher.js';
import { isShouting, tokenize } from './matcher.js';
import { properPhrases } from './proper-phrases.js';
import { nearName, nearSpelling, variantKey } from './variants.js';

export type TermIssueType = 'missing' | 'variant' | 'near' | 'deprecated' | 'forbidden' | 'other-title';

export interface TermIssue {
  type: TermIssueType;
  concept: Concept;
  /** The source term as written, and its offset in the source. */
  source: string;
  sourceStart: number;
  /** The approved form the target should have used. */
  expected: string;
  /** What the target has in its place, and its offset; absent for a term dropped altogether. */
  found?: string;
  start?: number;
}

const isApproved = (term: Term) => term.status === 'preferred' || term.status === 'admitted';

/** Rank words that make another office of a title, with the source characters that call for them. */
const RANKS: ReadonlyArray<[RegExp, RegExp]> = [
  [/\b(?:Vice|Deputy)[\s-]+$/i, /副$/],
  [/\bActing[\s-]+$/i, /代(?:理)?$/],
  [/\bAssistant[\s-]+$/i, /助理$/],
  [/\bExecutive[\s-]+$/i, /常务$/],
];

/**
 * Office titles English writes before or after a name, for a title the termbase does not list:
 * what stands in a target where the source's title is missing.
 */
const TITLE_WORDS =
  /\b(?:(?:Vice|Deputy|Acting|Prime|Foreign|Defen[cs]e|Finance|Trade|State|General)\s+)*(?:President|Premier|Chairman|Chairwoman|Chairperson|Minister|Secretary|Chancellor|Governor|Mayor|Speaker|King|Queen|Ambassador|Senator|Councill?or|Director|Commissioner|Leader)s?\b/g;

/** The issues of one unit, in source order. */
export function judgeTerms(compiled: CompiledTermbase, source: string, target: string, dictionary?: Dictionary): TermIssue[] {
  const sourceHits = compiled.sourceHits(source);
  const tokens = tokenize(target);
  const issues = dictionary ? wrongFormsOfNamedConcepts(compiled, source, target, tokens, dictionary, sourceHits) : [];
  if (sourceHits.length === 0) return issues;
  const present = new Set(sourceHits.flatMap((hit) => hit.value));
  const presentForms = new Set([...present].flatMap((concept) => [...compiled.formsOf(concept)]));
  const uses = compiled.target.find(target, (_, form) => presentForms.has(form), tokens);
  const approvedForPresent = (use: EnglishHit<FormEntry[]>) => use.value.some((entry) => present.has(entry.concept) && isApproved(entry.term));
  const judged = new Set<string>();
  for (const hit of sourceHits) {
    if (judged.has(hit.text)) continue;
    judged.add(hit.text);
    const concepts = hit.value;
    const approved = concepts.length === 1 ? compiled.approved(concepts[0]) : concepts.flatMap((concept) => compiled.approved(concept));
    const expected = (approved.find((term) => term.status === 'preferred') ?? approved[0])?.text;
    if (!expected) continue;
    const base = { concept: concepts[0], source: hit.text, sourceStart: hit.start, expected };
    const caseMatters = concepts.some((concept) => concept.kind === 'name');
    const mine = uses.filter((use) => use.value.some((entry) => concepts.includes(entry.concept)));
    const rendered = mine.filter((use) => use.value.some((entry) => concepts.includes(entry.concept) && isApproved(entry.term)));
    for (const use of rendered) {
      if (use.difference === 'spacing' || (use.difference === 'case' && caseMatters)) issues.push({ ...base, type: 'variant', expected: formOf(use, concepts), found: use.text, start: use.start });
      // A short form that is part of a misspelled full one: "Obama" in "Michell Obama", "Xi" in "Xi Jinpng".
      const longer = caseMatters ? approved.filter((term) => term.text.length > use.text.length && tokenize(term.text).length > 1) : [];
      const near = longer.length > 0 ? nearForm(target, longer, [], false) : undefined;
      if (near && near.start <= use.start && use.end <= near.start + near.text.length) issues.push({ ...base, type: 'near', found: near.text, start: near.start });
      const rank = unexpectedRank(use, hit, source, target, concepts);
      if (rank) issues.push({ ...base, type: 'other-title', found: rank.text, start: rank.start });
    }
    for (const use of mine) {
      if (rendered.includes(use) || approvedForPresent(use)) continue;
      const entry = use.value.find((candidate) => concepts.includes(candidate.concept))!;
      issues.push({ ...base, type: entry.term.status === 'forbidden' ? 'forbidden' : 'deprecated', found: use.text, start: use.start });
    }
    if (mine.length > 0) continue;
    const explained = uses.filter(approvedForPresent);
    if (caseMatters) {
      // A misspelled full name first: its correct surname alone must not pass for a short form ("Zhang Dejing").
      const near = nearForm(target, approved, explained, false);
      const short = near ? undefined : shortForm(target, approved, explained);
      if (short === true) continue;
      const misspelled = near ?? short ?? nearForm(target, approved, explained, true);
      if (misspelled) {
        issues.push({ ...base, type: short ? 'variant' : 'near', found: misspelled.text, start: misspelled.start });
        continue;
      }
    }
    if (concepts.some((concept) => concept.kind === 'title')) {
      const other = otherTitle(compiled, target, approved, explained);
      if (other) {
        issues.push({ ...base, type: 'other-title', found: other.text, start: other.start });
        continue;
      }
    }
    // Titles and organisations are paraphrased or left out freely ("the neighbouring country", a string of titles cut to one); names and fixed terms are not.
    if (concepts.some((concept) => concept.kind === 'name' || concept.kind === 'term')) issues.push({ ...base, type: 'missing' });
  }
  return issues;
}

/**
 * Deprecated and forbidden forms of concepts a source word names without being a term: 中朝 is
 * "China and North Korea" in the dictionary, so "North Korea" where the termbase says "DPRK" is reported.
 */
function wrongFormsOfNamedConcepts(compiled: CompiledTermbase, source: string, target: string, tokens: readonly Token[], dictionary: Dictionary, sourceHits: ReadonlyArray<TermHit<Concept[]>>): TermIssue[] {
  const issues: TermIssue[] = [];
  // Most targets hold no deprecated or forbidden form at all: then the source need not be looked up.
  if (compiled.disapproved.find(target, undefined, tokens).length === 0) return issues;
  const present = new Set(sourceHits.flatMap((hit) => hit.value));
  const conceptsOf = namedBy(compiled, dictionary);
  for (const { word, start } of dictionaryWords(dictionary, source)) {
    if (sourceHits.some((hit) => hit.start < start + word.length && start < hit.end)) continue;
    for (const concept of conceptsOf(word)) {
      if (present.has(concept)) continue;
      const approved = compiled.approved(concept);
      const expected = (approved.find((term) => term.status === 'preferred') ?? approved[0])?.text;
      if (!expected) continue;
      for (const use of compiled.target.find(target, (entries) => entries.some((entry) => entry.concept === concept), tokens)) {
        const entry = use.value.find((candidate) => candidate.concept === concept)!;
        if (isApproved(entry.term) || use.value.some((other) => present.has(other.concept) && isApproved(other.term))) continue;
        issues.push({ concept, source: word, sourceStart: start, expected, type: entry.term.status === 'forbidden' ? 'forbidden' : 'deprecated', found: use.text, start: use.start });
      }
    }
  }
  return issues;
}

const namers = new WeakMap<CompiledTermbase, (word: string) => Concept[]>();

/** The concepts whose forms a word's dictionary senses begin with, remembered per word. */
function namedBy(compiled: CompiledTermbase, dictionary: Dictionary): (word: string) => Concept[] {
  let conceptsOf = namers.get(compiled);
  if (!conceptsOf) {
    conceptsOf = remembered((word) => {
      const heads = (dictionary.senses(word) ?? []).map((sense) => sense.split(/[,(;]/)[0]);
      const hits = heads.flatMap((head) => properPhrases(head)).flatMap((phrase) => compiled.target.find(phrase.text).filter((hit) => !hit.difference && hit.text === phrase.text));
      return [...new Set(hits.flatMap((hit) => hit.value.map((entry) => entry.concept)))];
    });
    namers.set(compiled, conceptsOf);
  }
  return conceptsOf;
}

/** The listed form a use stands for. */
function formOf(use: EnglishHit<FormEntry[]>, concepts: readonly Concept[]): string {
  return use.value.find((entry) => concepts.includes(entry.concept) && isApproved(entry.term))!.term.text;
}

/** "Vice Foreign Minister" where the source says 外长, not 副外长. */
function unexpectedRank(use: EnglishHit<FormEntry[]>, hit: TermHit<Concept[]>, source: string, target: string, concepts: readonly Concept[]): { text: string; start: number } | undefined {
  if (!concepts.some((concept) => concept.kind === 'title')) return undefined;
  const before = target.slice(Math.max(0, use.start - 30), use.start);
  const sourceBefore = source.slice(Math.max(0, hit.start - 2), hit.start);
  for (const [rank, marker] of RANKS) {
    const match = rank.exec(before);
    if (match && !marker.test(sourceBefore) && !marker.test(hit.text)) return { text: `${match[0]}${use.text}`, start: use.start - match[0].length };
  }
  return undefined;
}

interface Span {
  text: string;
  start: number;
}

const overlaps = (span: { start: number; end: number }, others: ReadonlyArray<{ start: number; end: number }>) => others.some((other) => span.start < other.end && other.start < span.end);

/** Words of a name that may stand for it alone: "Trump", "Putin", "Xi" (not "J." nor "of"). */
function nameWords(form: string): string[] {
  return tokenize(form)
    .map((token) => token.text)
    .filter((word) => word.length > 1 && /^\p{Lu}/u.test(word));
}

/**
 * A later mention by one word of the name ("Trump", "Mr Putin"): true when written as the name
 * writes it; the word as written when only its case differs ("the trump administration").
 */
function shortForm(target: string, approved: readonly Term[], explained: ReadonlyArray<{ start: number; end: number }>): true | Span | undefined {
  const words = new Set(approved.filter((term) => tokenize(term.text).length > 1).flatMap((term) => nameWords(term.text)));
  if (words.size === 0) return undefined;
  const lower = new Map([...words].map((word) => [word.toLowerCase(), word]));
  let variant: Span | undefined;
  const headline = isShouting(target);
  for (const token of tokenize(target)) {
    if (overlaps(token, explained)) continue;
    const word = token.text.replace(/['’]s$/, '');
    if (words.has(word) || (headline && lower.has(word.toLowerCase()))) return true;
    if (!variant && lower.has(word.toLowerCase()) && word !== word.toUpperCase()) variant = { text: word, start: token.start };
  }
  return variant;
}

/**
 * A misspelled or differently romanized name in the place of an approved one ("Vladimir Poutine",
 * "Boris Jonson", "Angela Merkl"): a run of capitalised words that matches a form word for word,
 * each word within a letter or two and one at least not as listed; with `singleWords`, also one word
 * close to a word of the name ("Poutine").
 */
function nearForm(target: string, approved: readonly Term[], explained: ReadonlyArray<{ start: number; end: number }>, singleWords: boolean): Span | undefined {
  for (const phrase of properPhrases(target)) {
    const words = [...phrase.text.matchAll(/[\p{L}'’.-]+/gu)].map((match) => ({ text: match[0], start: phrase.start + match.index!, end: phrase.start + match.index! + match[0].length }));
    for (const term of approved) {
      const form = term.text.split(/\s+/);
      if (!singleWords) {
        for (let from = 0; from + form.length <= words.length; from++) {
          const window = words.slice(from, from + form.length);
          const span = { start: window[0].start, end: window[window.length - 1].end };
          if (overlaps(span, explained) || window.every((word, k) => word.text === form[k])) continue;
          if (nearName(window.map((word) => word.text), form)) return { text: target.slice(span.start, span.end), start: span.start };
        }
      } else if (form.length > 1) {
        const names = nameWords(term.text).filter((word) => word.length >= 4);
        const single = words.find((word) => !overlaps(word, explained) && !names.includes(word.text) && names.some((name) => nearSpelling(word.text, name)));
        if (single) return { text: single.text, start: single.start };
      }
    }
  }
  return undefined;
}

/** Another title where the source has this one ("President" for 总理), unless another source term explains it. */
function otherTitle(compiled: CompiledTermbase, target: string, approved: readonly Term[], explained: ReadonlyArray<{ start: number; end: number }>): Span | undefined {
  const own = new Set(approved.map((term) => singularKey(term.text)));
  const listed = compiled.target.find(target, (entries) => entries.some((entry) => entry.concept.kind === 'title'));
  const generic = [...target.matchAll(TITLE_WORDS)].map((match) => ({ text: match[0], start: match.index!, end: match.index! + match[0].length }));
  const candidates = [...listed, ...generic].sort((a, b) => a.start - b.start);
  return candidates.find((candidate) => !overlaps(candidate, explained) && !own.has(singularKey(candidate.text)));
}

function singularKey(text: string): string {
  return variantKey(text).replace(/(?:s|'s)$/, '');
}

const judgments = new WeakMap<CompiledTermbase, WeakMap<object, TermIssue[]>>();

/** judgeTerms, remembered per unit: several rules ask about the same unit. */
export function unitTermIssues(compiled: CompiledTermbase, unit: { source: string; target: string }, dictionary?: Dictionary): TermIssue[] {
  let judged = judgments.get(compiled);
  if (!judged) judgments.set(compiled, (judged = new WeakMap()));
  let issues = judged.get(unit);
  if (!issues) judged.set(unit, (issues = judgeTerms(compiled, unit.source, unit.target, dictionary)));
  return issues;
}
