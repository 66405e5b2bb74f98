/**
 * Finding terms in text. Chinese: all terms at once through a character trie, longest match first
 * (朝鲜劳动党 before 朝鲜). English: by tokens, so that possessives (Kim's), plurals, case,
 * line breaks and apostrophe styles do not hide a term, while hyphen/space differences are
 * told apart from the exact form ("Kim Jong-un" is not "Kim Jong Un").
 */
import { pushTo, remembered } from '../collections.js';
import { singularCandidates } from '../lang/english-plurals.js';
import type { Concept, Term, Termbase } from '../model/types.js';
import { approvedTerms, termsIn } from '../model/termbase.js';

export interface TermHit<T> {
  start: number;
  end: number;
  text: string;
  value: T;
}

interface TrieNode<T> {
  /** Keyed by UTF-16 code unit: no string is built while scanning. */
  children: Map<number, TrieNode<T>>;
  /** Set where a term ends. */
  value?: T;
  hasValue: boolean;
}

/**
 * Longest-match lookup of many strings in Chinese text at once: one character trie built once per
 * termbase, then a single left-to-right scan per text, each step walking at most the longest term's
 * length (朝鲜劳动党总书记 → 朝鲜劳动党 + 总书记, never 朝鲜 + 劳动党…).
 */
export class ChineseTermIndex<T> {
  private readonly root: TrieNode<T> = { children: new Map(), hasValue: false };

  constructor(entries: Iterable<{ text: string; value: T }>) {
    for (const entry of entries) {
      if (entry.text.length === 0) continue;
      let node = this.root;
      for (let k = 0; k < entry.text.length; k++) {
        const code = entry.text.charCodeAt(k);
        let child = node.children.get(code);
        if (!child) {
          child = { children: new Map(), hasValue: false };
          node.children.set(code, child);
        }
        node = child;
      }
      // The first entry for a string wins, as in a termbase listing a source term under one concept.
      if (!node.hasValue) {
        node.value = entry.value;
        node.hasValue = true;
      }
    }
  }

  find(text: string): Array<TermHit<T>> {
    const hits: Array<TermHit<T>> = [];
    for (let i = 0; i < text.length; ) {
      let node: TrieNode<T> | undefined = this.root;
      let end = -1;
      let value: T | undefined;
      for (let j = i; j < text.length; j++) {
        node = node.children.get(text.charCodeAt(j));
        if (!node) break;
        if (node.hasValue) {
          end = j + 1;
          value = node.value;
        }
      }
      // A term never starts with the second half of a surrogate pair, so stepping one code unit is safe.
      if (end > i) {
        hits.push({ start: i, end, text: text.slice(i, end), value: value as T });
        i = end;
      } else i++;
    }
    return hits;
  }
}

export interface Token {
  /** Lower case, apostrophes straightened, possessive and plural endings kept apart. */
  key: string;
  /** As written. */
  text: string;
  start: number;
  end: number;
  /** Whether a hyphen (not a space) joins this token to the next. */
  hyphenAfter: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

/**
 * Words: letters and numbers, with inner apostrophes kept ("Kim's"; "Workers’" ends before its
 * apostrophe). A scan, not a regular expression: a word of millions of letters would exhaust the
 * regular expression engine's backtracking stack.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const classify = (at: number, pattern: RegExp, digits: boolean) => {
    const code = text.charCodeAt(at);
    if (code < 0x80) return ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || (digits && code >= 0x30 && code <= 0x39);
    return at < text.length && pattern.test(String.fromCodePoint(text.codePointAt(at)!));
  };
  const isWord = (at: number) => classify(at, WORD_CHAR, true);
  const isLetter = (at: number) => classify(at, LETTER, false);
  const width = (at: number) => (text.codePointAt(at)! > 0xffff ? 2 : 1);
  let at = 0;
  while (at < text.length) {
    if (!isWord(at)) {
      at += width(at);
      continue;
    }
    const start = at;
    while (isWord(at)) at += width(at);
    while ((text[at] === "'" || text[at] === '’') && isLetter(at + 1)) {
      at++;
      while (isLetter(at)) at += width(at);
    }
    const word = text.slice(start, at);
    const lower = word.toLowerCase();
    tokens.push({ key: lower.includes('’') ? lower.replace(/’/g, "'") : lower, text: word, start, end: at, hyphenAfter: text[at] === '-' || text[at] === '‐' });
  }
  return tokens;
}

/** "Kim's" → kim, "Initiatives" → initiative: the forms a term may take in running text. */
function baseKey(key: string): string {
  if (!key.endsWith('s') && !key.endsWith("'")) return key;
  return key.replace(/'s$/, '').replace(/s'$/, 's');
}

export interface EnglishForm<T> {
  text: string;
  value: T;
}

/**
 * How a form as written differs from the listed form: a hyphen for a space or the reverse
 * ("Kim Jong-un" for "Kim Jong Un"), or a capital written in lower case, or capitals in running text
 * ("Donald trump", "MERKEL"). A capital where the form has none (a sentence start, a headline in
 * title case) is no difference.
 */
export type FormDifference = 'spacing' | 'case';

export interface EnglishHit<T> extends TermHit<T> {
  difference?: FormDifference;
}

interface FormNode<T> {
  children: Map<string, FormNode<T>>;
  /** Forms whose last token ends here, in termbase order. */
  forms: Array<{ form: EnglishForm<T>; tokens: Token[]; order: number }>;
}

/**
 * Other keys a form's last token may stand for: "Kim's" → kim, "initiatives" → initiative,
 * "taxes" → tax, "policies" → policy — but "lines" is not "Lin", nor "lies" "Li".
 */
function endingVariants(key: string): string[] {
  const base = baseKey(key);
  return [...(base === key ? [] : [base]), ...singularCandidates(base)];
}

/**
 * Token-sequence lookup of many English forms at once: a trie over token keys, so a text costs one
 * walk per token however many forms share a first word (thousands of names start with "Wang").
 */
export class EnglishTermIndex<T> {
  private readonly root: FormNode<T> = { children: new Map(), forms: [] };

  constructor(forms: Iterable<EnglishForm<T>>) {
    let order = 0;
    for (const form of forms) {
      const tokens = tokenize(form.text);
      if (tokens.length === 0) continue;
      let node = this.root;
      for (const token of tokens) {
        let child = node.children.get(token.key);
        if (!child) {
          child = { children: new Map(), forms: [] };
          node.children.set(token.key, child);
        }
        node = child;
      }
      // A later form written the same way can never be chosen over the first ("Wang" for every Wang).
      if (!node.forms.some((existing) => existing.form.text === form.text)) node.forms.push({ form, tokens, order: order++ });
    }
  }

  /** Forms that match the text's tokens from `i` on, longest first, then in termbase order. */
  private matchesAt(tokens: readonly Token[], i: number): Array<{ form: EnglishForm<T>; tokens: Token[]; order: number }> {
    let found: Array<{ form: EnglishForm<T>; tokens: Token[]; order: number }> | undefined;
    let node: FormNode<T> | undefined = this.root;
    for (let k = i; k < tokens.length && node && node.children.size > 0; k++) {
      const token = tokens[k];
      const exact: FormNode<T> | undefined = node.children.get(token.key);
      if (exact && exact.forms.length > 0) (found ??= []).push(...exact.forms);
      // Distinct keys lead to distinct nodes, so no form is collected twice.
      if (token.key.endsWith('s') || token.key.endsWith("'")) {
        for (const key of endingVariants(token.key)) {
          const end = node.children.get(key);
          if (end && end.forms.length > 0) (found ??= []).push(...end.forms);
        }
      }
      node = exact;
    }
    if (!found) return [];
    return found.sort((a, b) => b.tokens.length - a.tokens.length || a.order - b.order);
  }

  /** Forms in the text, leftmost-longest; `accept` limits the search to some forms (those of the concepts a source names). */
  find(text: string, accept?: (value: T, form: string) => boolean, tokens: readonly Token[] = tokenize(text)): Array<EnglishHit<T>> {
    const hits: Array<EnglishHit<T>> = [];
    let shouting: boolean | undefined;
    for (let i = 0; i < tokens.length; ) {
      let best: EnglishHit<T> | undefined;
      let bestLength = 0;
      for (const candidate of this.matchesAt(tokens, i)) {
        if (accept && !accept(candidate.form.value, candidate.form.text)) continue;
        const length = candidate.tokens.length;
        if (length < bestLength) continue;
        const start = tokens[i].start;
        // "Kim Jong-un's": the term is what stands before the possessive ending.
        const end = tokens[i + length - 1].end - (/['’]s$/i.test(tokens[i + length - 1].text) ? 2 : 0);
        const written = text.slice(start, end);
        const hyphensDiffer = candidate.tokens.slice(0, -1).some((token, k) => token.hyphenAfter !== tokens[i + k].hyphenAfter);
        const difference: FormDifference | undefined = hyphensDiffer
          ? 'spacing'
          : caseDiffers(tokens.slice(i, i + length), candidate.tokens, text, () => (shouting ??= isShouting(text)))
            ? 'case'
            : undefined;
        // Of equally long forms, the one written exactly wins: "Kim Jong-un" is the deprecated form, not a variant of "Kim Jong Un".
        if (!best || length > bestLength || (best.difference && !difference)) {
          best = { start, end, text: written, value: candidate.form.value, ...(difference ? { difference } : {}) };
          bestLength = length;
        }
      }
      if (best) {
        hits.push(best);
        i += bestLength;
      } else i++;
    }
    return hits;
  }
}

/**
 * Case differences that matter: a capital of the form written in lower case ("Donald trump",
 * "Pyeongchang" for "PyeongChang"), or a word in capitals in running text ("MERKEL"); not a capital
 * the form lacks, nor capitals in a headline written all in capitals or in a dateline.
 */
function caseDiffers(written: readonly Token[], form: readonly Token[], text: string, isHeadline: () => boolean): boolean {
  return written.some((token, k) => {
    const original = text.slice(token.start, token.end);
    const wanted = form[k].text;
    for (let c = 0; c < Math.min(original.length, wanted.length); c++) {
      const letter = wanted[c];
      if (letter !== letter.toLowerCase() && original[c] === letter.toLowerCase() && original[c] !== letter) return true;
    }
    const capitals = original.length > 1 && original === original.toUpperCase() && original !== original.toLowerCase();
    return capitals && wanted !== wanted.toUpperCase() && !isHeadline() && !isDateline(text, token);
  });
}

/** A place in capitals that opens a news story: "BEIJING, Sep 5 —". */
function isDateline(text: string, token: Token): boolean {
  return text.slice(0, token.start).trim() === '' && /^\s*[,—–-]/.test(text.slice(token.end));
}

/** Whether most letters of a text are capitals: a headline written all in capitals. */
export function isShouting(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const capitals = letters.replace(/[^\p{Lu}]/gu, '');
  return letters.length > 0 && capitals.length >= 0.6 * letters.length;
}

/** Whether `offset` opens a sentence, a quotation or a parenthesis: there a capital says nothing. */
export function isSentenceStart(text: string, offset: number): boolean {
  const before = text.slice(0, offset).trimEnd();
  return before === '' || /[.!?:"“‘(—–-]$/.test(before);
}

/** Every concept and term that lists one written form: concepts share forms (总统 and 国家主席 are both "President"). */
export interface FormEntry {
  concept: Concept;
  term: Term;
}

/** A termbase compiled for checking: source lookup and target lookup, each text scanned once. */
export interface CompiledTermbase {
  termbase: Termbase;
  /** Every source-language term, with all the concepts that list it. */
  source: ChineseTermIndex<Concept[]>;
  /** Every target-language form as written, with all the concepts and terms that list it. */
  target: EnglishTermIndex<FormEntry[]>;
  /** The deprecated and forbidden forms only: most targets have none, and this finds that fast. */
  disapproved: EnglishTermIndex<FormEntry[]>;
  /** Source terms of a text, leftmost-longest (国务院总理 before 总理). */
  sourceHits(text: string): Array<TermHit<Concept[]>>;
  /** The target-language forms of a concept as written, of every status. */
  formsOf(concept: Concept): ReadonlySet<string>;
  /** The approved (preferred and admitted) target-language terms of a concept. */
  approved(concept: Concept): readonly Term[];
  /** Whether a source word is a term, holds one, or is part of one: there the termbase rules judge it. */
  coversSource(word: string): boolean;
}

const compiled = new WeakMap<Termbase, CompiledTermbase>();

export function compileTermbase(termbase: Termbase): CompiledTermbase {
  let result = compiled.get(termbase);
  if (!result) {
    const sources = new Map<string, Concept[]>();
    const forms = new Map<string, FormEntry[]>();
    const formsOf = new Map<Concept, Set<string>>();
    const approved = new Map<Concept, Term[]>();
    for (const concept of termbase.concepts) {
      formsOf.set(concept, new Set(termsIn(concept, termbase.trgLang).map((term) => term.text)));
      approved.set(concept, approvedTerms(concept, termbase.trgLang));
      for (const term of termsIn(concept, termbase.srcLang)) if (!sources.get(term.text)?.includes(concept)) pushTo(sources, term.text, concept);
      for (const term of termsIn(concept, termbase.trgLang)) pushTo(forms, term.text, { concept, term });
    }
    const source = new ChineseTermIndex([...sources].map(([text, value]) => ({ text, value })));
    const target = new EnglishTermIndex([...forms].map(([text, value]) => ({ text, value })));
    const isApproved = (entry: FormEntry) => entry.term.status === 'preferred' || entry.term.status === 'admitted';
    const disapproved = new EnglishTermIndex([...forms].filter(([, value]) => !value.every(isApproved)).map(([text, value]) => ({ text, value })));
    const sourceTexts = [...sources.keys()];
    const coversSource = remembered((word) => source.find(word).length > 0 || sourceTexts.some((text) => text.includes(word)));
    result = { termbase, source, target, disapproved, formsOf: (concept) => formsOf.get(concept)!, approved: (concept) => approved.get(concept)!, sourceHits: (text) => source.find(text), coversSource };
    compiled.set(termbase, result);
  }
  return result;
}
